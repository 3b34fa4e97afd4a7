using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Daedalus.Runtime;

/// <summary>
/// The bookkeeping of a generated graph's compiled serial <c>Run()</c>, one per graph instance, reused by
/// every run: it starts each run from empty edges, records which nodes failed or were cancelled and what
/// their inputs abandoned, and, only when a run does not succeed, builds the run's <see cref="RunResult"/>
/// and throws what <c>Run(new RunOptions { Executor = Executor.Serial })</c> throws. A run that succeeds
/// allocates nothing here. Public for generated code; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledRun
{
    /// <summary>The executor name in the results of compiled runs.</summary>
    public const string ExecutorName = "compiled serial";

    // The phases a node fails in, as NodeFailure.Phase and the generated code name them.
    private const string Process = "process", Cleanup = "cleanup";

    private readonly GraphPlan _plan;
    private readonly EdgeBuffer[] _queued;
    private readonly DiscardCounter[] _discards;
    private readonly NodeFlags[] _nodes;
    private EdgeBuffer?[]? _queues;
    private int[][]? _queuedInputs;
    private long[]? _abandoned;
    private List<(int Node, string Phase, Exception Error)>? _failures;
    private bool _cancelled;
    private bool _anyFailed;
    private long _started;
    private CompiledProgress? _progress;

    /// <param name="plan">The graph's plan: its nodes and edges, in the generated code's order.</param>
    /// <param name="queued">The queue of every edge the plan does not mark fused, in plan order.</param>
    /// <param name="discards">The counters of the function nodes' unconnected outputs.</param>
    public CompiledRun(GraphPlan plan, EdgeBuffer[] queued, DiscardCounter[] discards)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(queued);
        ArgumentNullException.ThrowIfNull(discards);
        _plan = plan;
        _queued = queued;
        _discards = discards;
        var expected = 0;
        foreach (var edge in plan.Edges)
        {
            if (!edge.IsFused) expected++;
        }
        if (expected != queued.Length)
            throw new ArgumentException($"Graph '{plan.Name}' has {expected} queued edges, not {queued.Length}.", nameof(queued));
        _nodes = new NodeFlags[plan.Nodes.Count];
    }

    [Flags]
    private enum NodeFlags : byte
    {
        None = 0,
        Initialized = 1,
        Completed = 2,
        Failed = 4,
        FailedFiring = 8,
        Cancelled = 16,
        InFlight = 32,
    }

    /// <summary>Whether the run stopped for cancellation.</summary>
    public bool IsCancelled => _cancelled;

    /// <summary>Whether some node has failed in this run (so fused consumers check whether they may still be called).</summary>
    public bool AnyFailed => _anyFailed;

    /// <summary>Whether the run so far has no failure, no cancellation and no item left on an edge.</summary>
    public bool Succeeded
    {
        get
        {
            if (_cancelled || _failures is { Count: > 0 }) return false;
            foreach (var edge in _queued)
            {
                if (edge.Count > 0) return false;
            }
            return true;
        }
    }

    /// <summary>
    /// Starts a run afresh: every edge empty with zeroed counters (what a cancelled or failed run left was
    /// reported by its exception, never replayed), discard counters zeroed, no node initialized or failed;
    /// reporting to <paramref name="progress"/> when the caller asked for progress.
    /// </summary>
    public void Start(CompiledProgress? progress = null)
    {
        _progress = progress;
        progress?.Begin();
        foreach (var edge in _queued) edge.Reset();
        foreach (var discard in _discards) discard.Reset();
        Array.Clear(_nodes);
        _failures?.Clear();
        if (_abandoned is not null) Array.Clear(_abandoned);
        _cancelled = false;
        _anyFailed = false;
        // The coarse clock costs a few nanoseconds where a Stopwatch reading can cost 100 on a virtual machine,
        // and a successful run never reads it: only a failed or cancelled run reports its elapsed time.
        _started = Environment.TickCount64;
    }

    /// <summary>Whether the run is cancelled: true from the first check that sees <paramref name="token"/> cancelled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Cancelled(CancellationToken token) => token.IsCancellationRequested && Cancel();

    /// <summary>Whether node <paramref name="node"/> has not failed, and so may fire.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsActive(int node) => (_nodes[node] & NodeFlags.Failed) == 0;

    /// <summary>Records that node <paramref name="node"/>'s initialize step completed, so its cleanup hook runs.</summary>
    public void Initialized(int node) => _nodes[node] |= NodeFlags.Initialized;

    /// <summary>Whether node <paramref name="node"/>'s initialize step completed.</summary>
    public bool IsInitialized(int node) => (_nodes[node] & NodeFlags.Initialized) != 0;

    /// <summary>Records that node <paramref name="node"/> can never fire again (an exhausted source): it completed, whatever happens later.</summary>
    public void Completed(int node) => _nodes[node] |= NodeFlags.Completed;

    /// <summary>
    /// Records what node <paramref name="node"/> threw in <paramref name="phase"/>: the run's cancellation (an
    /// <see cref="OperationCanceledException"/> while <paramref name="token"/> is cancelled, outside cleanup), or
    /// a failure. A failed node never fires again; its inputs are abandoned and the other nodes go on.
    /// </summary>
    public void Threw(int node, string phase, Exception error, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(error);
        // Not a node's exception: a fault in the generated loop itself, which must not pass as a node failure.
        if (node < 0) ExceptionDispatchInfo.Throw(error);
        if (phase != Cleanup && error is OperationCanceledException && token.IsCancellationRequested)
        {
            _cancelled = true;
            _nodes[node] |= phase == Process ? NodeFlags.Cancelled | NodeFlags.InFlight : NodeFlags.Cancelled;
            return;
        }
        (_failures ??= []).Add((node, phase, error));
        if (phase == Cleanup) return;
        _nodes[node] |= phase == Process ? NodeFlags.Failed | NodeFlags.FailedFiring : NodeFlags.Failed;
        _anyFailed = true;
    }

    /// <summary>Counts one item on fused edge <paramref name="edge"/> discarded because its consumer failed.</summary>
    public void Abandon(int edge) => (_abandoned ??= new long[_plan.Edges.Count])[edge]++;

    /// <summary>Empties the queued edges into failed node <paramref name="node"/>, counting their items as abandoned.</summary>
    public void AbandonInputs(int node)
    {
        _queuedInputs ??= QueuedInputs();
        var queues = Queues();
        foreach (var e in _queuedInputs[node])
        {
            var taken = queues[e]!.TakeAll();
            if (taken > 0) (_abandoned ??= new long[_plan.Edges.Count])[e] += taken;
        }
    }

    /// <summary>Whether the run reports progress and its interval has passed since the last report; checked between passes.</summary>
    public bool ProgressDue
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _progress is { } progress && progress.Due;
    }

    /// <summary>Whether the run reports progress (a final report is then due when it ends).</summary>
    public bool IsReporting => _progress is not null;

    /// <summary>Reports the run so far; <paramref name="counted"/> and <paramref name="fusedWritten"/> as for <see cref="ThrowResult(long[], long[], CancellationToken)"/>.</summary>
    public void ReportProgress(long[] counted, long[]? fusedWritten = null)
    {
        ArgumentNullException.ThrowIfNull(counted);
        if (_progress is not { } progress) return;
        var firings = WithFusedFirings(counted, fusedWritten);
        var expected = progress.Expected;
        var nodes = new NodeProgress[_plan.Nodes.Count];
        for (var n = 0; n < nodes.Length; n++) nodes[n] = new NodeProgress(_plan.Nodes[n].Name, firings[n], expected[n]);
        var queues = Queues();
        var edges = new EdgeProgress[_plan.Edges.Count];
        for (var e = 0; e < edges.Length; e++)
        {
            var spec = _plan.Edges[e];
            edges[e] = queues[e] is { } queue
                ? new EdgeProgress(spec.Id, queue.Written, queue.Count)
                : new EdgeProgress(spec.Id, FusedWritten(e, firings, fusedWritten), 0);
        }
        progress.Report(new RunProgress(_plan.Name, progress.Elapsed, nodes, edges, IsFinal: false));
    }

    /// <summary>The run's last report, with the figures of its result; the run reports nothing after it.</summary>
    public void ReportFinal(long[] counted, long[]? fusedWritten = null)
    {
        ArgumentNullException.ThrowIfNull(counted);
        if (_progress is not { } progress) return;
        _progress = null;
        progress.Report(ProgressReporter.FromResult(Result(counted, fusedWritten), progress.Expected));
    }

    /// <summary>
    /// Ends a run that did not succeed: <see cref="GraphCanceledException"/> when it was cancelled, otherwise
    /// <see cref="GraphRunException"/>, either with the run's result.
    /// </summary>
    /// <param name="firings">
    /// Each node's successful firings, in plan order; ignored (0) for a node fed by a fused edge, whose firings
    /// follow from its producer's: every item the producer wrote on that edge was either passed to the node or
    /// abandoned, and every call but one cut short by a failure or cancellation succeeded.
    /// </param>
    /// <param name="token">The run's token.</param>
    [DoesNotReturn]
    public void ThrowResult(long[] firings, CancellationToken token) => ThrowResult(firings, null, token);

    /// <summary>
    /// Ends a run that did not succeed, as <see cref="ThrowResult(long[], CancellationToken)"/> does, for a graph
    /// with fused edges out of filters or try-maps, which write 0 or 1 item per firing.
    /// </summary>
    /// <param name="firings">Each node's successful firings, in plan order (0 for a node fed by a fused edge).</param>
    /// <param name="fusedWritten">
    /// Per plan edge, the items written on a fused edge whose producer does not write one item per firing;
    /// -1 for every other edge (a fused edge then carries one item per firing of its producer).
    /// </param>
    /// <param name="token">The run's token.</param>
    [DoesNotReturn]
    public void ThrowResult(long[] firings, long[]? fusedWritten, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(firings);
        var result = Result(firings, fusedWritten);
        if (result.Cancelled) throw new GraphCanceledException(result, token);
        throw new GraphRunException(result);
    }

    private bool Cancel()
    {
        _cancelled = true;
        return true;
    }

    private RunResult Result(long[] counted, long[]? fusedWritten)
    {
        var elapsed = TimeSpan.FromMilliseconds(Environment.TickCount64 - _started);
        var firings = WithFusedFirings(counted, fusedWritten);
        var nodes = new NodeRunStats[_nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            var flags = _nodes[n];
            var outcome = (flags & NodeFlags.Failed) != 0 ? NodeOutcome.Failed
                : (flags & NodeFlags.Cancelled) != 0 || (_cancelled && (flags & NodeFlags.Completed) == 0) ? NodeOutcome.Cancelled
                : NodeOutcome.Completed;
            // The compiled loop does not time its nodes (see docs/executors.md): Busy is zero.
            nodes[n] = new NodeRunStats(_plan.Nodes[n].Name, firings[n], 0, TimeSpan.Zero, outcome, (flags & NodeFlags.InFlight) != 0);
        }
        var edges = new EdgeRunStats[_plan.Edges.Count];
        for (var e = 0; e < edges.Length; e++) edges[e] = EdgeStats(e, firings, fusedWritten);
        var failures = new List<NodeFailure>();
        foreach (var (node, phase, error) in _failures ?? [])
        {
            var firing = phase == Process ? firings[node] + 1 : 0;
            failures.Add(new NodeFailure(_plan.Nodes[node].Name, phase, error, firing, InputEdgeIds(node)));
        }
        return new RunResult(_plan.Name, ExecutorName, elapsed, _cancelled, nodes, edges, failures);
    }

    private EdgeRunStats EdgeStats(int e, long[] firings, long[]? fusedWritten)
    {
        var spec = _plan.Edges[e];
        var abandoned = _abandoned?[e] ?? 0;
        if (Queues()[e] is { } queue)
        {
            // Abandoned items were taken off the queue, so the queue counted them as delivered.
            var consumerFailed = (_nodes[NodeIndex(spec.ToNode)] & NodeFlags.Failed) != 0;
            return new EdgeRunStats(spec.Id, queue.Written, queue.Delivered - abandoned, queue.DroppedOldest, queue.DroppedNewest,
                abandoned + (consumerFailed ? queue.Count : 0), consumerFailed ? 0 : queue.Count, queue.PeakDepth, queue.OverCapacity)
            {
                Policy = spec.Policy,
            };
        }
        // A fused edge hands each item straight to its consumer: what the producer wrote on it was either passed
        // to the consumer (delivered) or abandoned after the consumer failed.
        var written = FusedWritten(e, firings, fusedWritten);
        return new EdgeRunStats(spec.Id, written, written - abandoned, 0, 0, abandoned, 0, written > 0 ? 1 : 0)
        {
            Policy = spec.Policy,
            IsFused = true,
        };
    }

    /// <summary>The firings of every node, those of nodes fed by a fused edge worked out in schedule order.</summary>
    private long[] WithFusedFirings(long[] counted, long[]? fusedWritten)
    {
        var firings = (long[])counted.Clone();
        foreach (var name in _plan.Schedule)
        {
            var e = FusedInput(name);
            if (e < 0) continue;
            var node = NodeIndex(name);
            var calls = FusedWritten(e, firings, fusedWritten) - (_abandoned?[e] ?? 0);
            var cutShort = (_nodes[node] & (NodeFlags.FailedFiring | NodeFlags.InFlight)) != 0 ? 1 : 0;
            firings[node] = calls - cutShort;
        }
        return firings;
    }

    /// <summary>The items written on fused edge <paramref name="e"/>: one per firing of its producer, unless counted apart.</summary>
    private long FusedWritten(int e, long[] firings, long[]? fusedWritten) =>
        fusedWritten is not null && fusedWritten[e] >= 0 ? fusedWritten[e] : firings[NodeIndex(_plan.Edges[e].FromNode)];

    /// <summary>The fused edge into node <paramref name="name"/>, or -1 (a fused edge is its consumer's only input).</summary>
    private int FusedInput(string name)
    {
        for (var e = 0; e < _plan.Edges.Count; e++)
        {
            if (_plan.Edges[e].IsFused && _plan.Edges[e].ToNode == name) return e;
        }
        return -1;
    }

    private string[] InputEdgeIds(int node)
    {
        var name = _plan.Nodes[node].Name;
        return _plan.Edges.Where(e => e.ToNode == name).Select(e => e.Id).ToArray();
    }

    private int NodeIndex(string name)
    {
        for (var n = 0; n < _plan.Nodes.Count; n++)
        {
            if (_plan.Nodes[n].Name == name) return n;
        }
        throw new InvalidOperationException($"Graph '{_plan.Name}' has no node '{name}'.");
    }

    /// <summary>Each plan edge's queue, null for a fused edge; worked out only when a run fails.</summary>
    private EdgeBuffer?[] Queues()
    {
        if (_queues is not null) return _queues;
        var queues = new EdgeBuffer?[_plan.Edges.Count];
        var next = 0;
        for (var e = 0; e < queues.Length; e++)
        {
            if (!_plan.Edges[e].IsFused) queues[e] = _queued[next++];
        }
        return _queues = queues;
    }

    private int[][] QueuedInputs()
    {
        var queues = Queues();
        var inputs = new int[_nodes.Length][];
        for (var n = 0; n < inputs.Length; n++)
        {
            var name = _plan.Nodes[n].Name;
            inputs[n] = Enumerable.Range(0, queues.Length).Where(e => queues[e] is not null && _plan.Edges[e].ToNode == name).ToArray();
        }
        return inputs;
    }
}
