namespace Daedalus.Runtime;

/// <summary>An output port of a <see cref="NodeAdapter"/>, bound by the executor to the edges out of it.</summary>
public abstract class AdapterOutput
{
    private protected AdapterOutput(string name) => Name = name;

    /// <summary>The port's name, as declared.</summary>
    public string Name { get; }

    /// <summary>The item type, as written in C# (for plans and messages).</summary>
    public abstract string ItemTypeName { get; }

    /// <summary>Items written while no edge was connected: discarded, and counted here.</summary>
    public long Discarded { get; private protected set; }

    /// <summary>How many items can be written before a bounded edge's overflow strategy applies.</summary>
    public abstract int FreeSpace { get; }

    /// <summary>Creates the run's queue for <paramref name="edge"/>, typed by this port's item type.</summary>
    internal abstract RunEdge CreateRunEdge(IEdgeFactory factory, ResolvedEdge edge);

    /// <summary>Binds the port to the run's edges out of it, in connection order.</summary>
    internal abstract void BindRun(FanOut fanOut, RunEdge[] edges);

    /// <summary>Starts another run on the edges bound last run: the first round-robin target, no discards.</summary>
    internal abstract void ResetRun();

    /// <summary>Round-robin fan-out: the index of the edge the next item goes to (0 for broadcast); kept by snapshots.</summary>
    internal virtual int NextTarget
    {
        get => 0;
        set { }
    }

    /// <summary>The items waiting on the run's edge <paramref name="edge"/> out of this port, typed, left in place (snapshots).</summary>
    internal abstract EdgeItems CaptureQueue(RunEdge edge);

    /// <summary>
    /// Reads the items <paramref name="saved"/> held as this port's item type (resuming), observing
    /// <paramref name="token"/>; returns what writes them into the run's edge out of this port.
    /// </summary>
    internal abstract Action<RunEdge> PrepareRefill(SnapshotEdge saved, CancellationToken token);
}

/// <summary>
/// A typed output port of a <see cref="NodeAdapter"/>: a write goes to every bound edge (broadcast), to the
/// next edge in turn (round-robin), or, with no edge, is counted in <see cref="AdapterOutput.Discarded"/>.
/// </summary>
public sealed class AdapterOutput<T>(string name, string itemTypeName) : AdapterOutput(name)
{
    private IItemWriter<T>[] _targets = [];
    private bool _roundRobin;
    private int _next;

    /// <inheritdoc/>
    public override string ItemTypeName { get; } = itemTypeName;

    /// <summary>The edges out of this port, as bound by the executor.</summary>
    public IItemWriter<T>[] Targets => _targets;

    /// <summary>How items are shared among <see cref="Targets"/>.</summary>
    public FanOut FanOut => _roundRobin ? FanOut.RoundRobin : FanOut.Broadcast;

    /// <inheritdoc/>
    public override int FreeSpace
    {
        get
        {
            var free = int.MaxValue;
            foreach (var target in _targets) free = Math.Min(free, target.FreeSpace);
            return free;
        }
    }

    /// <summary>Writes one item, applying the fan-out.</summary>
    public void Write(T item)
    {
        var targets = _targets;
        if (targets.Length == 1)
        {
            targets[0].Write(item);
            return;
        }
        if (targets.Length == 0)
        {
            Discarded++;
            return;
        }
        if (_roundRobin)
        {
            targets[_next].Write(item);
            if (++_next == targets.Length) _next = 0;
            return;
        }
        foreach (var target in targets) target.Write(item);
    }

    internal override RunEdge CreateRunEdge(IEdgeFactory factory, ResolvedEdge edge) => factory.Create<T>(edge);

    internal override void BindRun(FanOut fanOut, RunEdge[] edges)
    {
        var targets = new IItemWriter<T>[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            targets[i] = (IItemWriter<T>)edges[i].Writer;
            edges[i].AttachProducer(targets, i);
        }
        Bind(fanOut, targets);
    }

    internal override void ResetRun()
    {
        _next = 0;
        Discarded = 0;
    }

    internal override int NextTarget
    {
        get => _next;
        set => _next = _roundRobin && value >= 0 && value < _targets.Length ? value : 0;
    }

    internal override EdgeItems CaptureQueue(RunEdge edge) => edge is LocalEdge<T> local
        ? new TypedEdgeItems<T>(local.QueuedItems())
        : throw new InvalidOperationException($"Edge '{edge.Spec.Id}' is not a single-thread queue; only the serial and parallel executors take snapshots.");

    internal override Action<RunEdge> PrepareRefill(SnapshotEdge saved, CancellationToken token)
    {
        var items = saved.Items.Read<T>(saved, token);
        return edge =>
        {
            var writer = (IItemWriter<T>)edge.Writer;
            foreach (var item in items) writer.Write(item);
        };
    }

    /// <summary>Binds the port to the edges it feeds and resets the discard count. Called by executors.</summary>
    public void Bind(FanOut fanOut, params IItemWriter<T>[] targets)
    {
        _targets = targets;
        _roundRobin = fanOut == FanOut.RoundRobin;
        _next = 0;
        Discarded = 0;
    }
}
