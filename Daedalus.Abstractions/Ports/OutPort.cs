namespace Daedalus;

/// <summary>
/// An output port of a port node. A write goes to every connected edge (broadcast) or, for a
/// round-robin output, to the next edge in turn; an output with no edge counts what it discards in
/// <see cref="Discarded"/>, so nothing is lost silently.
/// </summary>
public sealed class OutPort<T>
{
    private IItemWriter<T>[] _targets = [];
    private bool _roundRobin;
    private int _next;

    /// <summary>Creates an unbound port; generated code binds it to its edges.</summary>
    public OutPort(string name) => Name = name;

    /// <summary>The port's name, as declared.</summary>
    public string Name { get; }

    /// <summary>Items written while no edge was connected, in the current (or last) run: binding the port for a run zeroes it.</summary>
    public long Discarded { get; private set; }

    /// <summary>Whether any edge is connected to this port.</summary>
    public bool IsConnected => _targets.Length > 0;

    /// <summary>
    /// How many items can be written before a bounded edge's overflow strategy applies
    /// (the smallest free space of the connected edges).
    /// </summary>
    public int FreeSpace
    {
        get
        {
            var free = int.MaxValue;
            foreach (var target in _targets) free = Math.Min(free, target.FreeSpace);
            return free;
        }
    }

    /// <summary>Writes one item to every connected edge.</summary>
    public void Write(T item)
    {
        if (_targets.Length == 0)
        {
            Discarded++;
            return;
        }
        if (_roundRobin)
        {
            _targets[_next].Write(item);
            if (++_next == _targets.Length) _next = 0;
            return;
        }
        foreach (var target in _targets) target.Write(item);
    }

    /// <summary>Connects the port to the edges it feeds, broadcasting to all. Called by generated code.</summary>
    public void Bind(params IItemWriter<T>[] targets) => Bind(FanOut.Broadcast, targets);

    /// <summary>
    /// Connects the port to the edges it feeds with the given fan-out, for a new run: a round-robin output starts
    /// at its first edge and <see cref="Discarded"/> at 0. Called by generated code.
    /// </summary>
    public void Bind(FanOut fanOut, params IItemWriter<T>[] targets)
    {
        _targets = targets;
        _roundRobin = fanOut == FanOut.RoundRobin;
        _next = 0;
        Discarded = 0;
    }
}
