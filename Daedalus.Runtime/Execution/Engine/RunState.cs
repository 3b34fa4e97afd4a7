using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>How far a node got in a run.</summary>
internal static class NodeState
{
    public const byte Active = 0;
    public const byte Completed = 1;
    public const byte Failed = 2;
    public const byte Cancelled = 3;

    /// <summary>Durable runs: the result came from the store.</summary>
    public const byte Reused = 4;

    /// <summary>Durable runs: stopped unfinished by the run's budget.</summary>
    public const byte Stopped = 5;
}

/// <summary>
/// Everything one run of a compiled graph needs and records: its edges, each node's fire context and
/// figures (in flat arrays, so million-node runs stay compact), failures and cancellation.
/// Per-node slots are written only by the thread running that node.
/// </summary>
internal sealed class RunState
{
    private readonly List<NodeFailure> _failures = [];
    private readonly Lock _failuresGate = new();
    private volatile bool _cancelled;
    private Exception? _engineError;

    /// <param name="graph">The graph to run.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="retry">Each node's retry policy; null when no node has one.</param>
    /// <param name="token">The run's cancellation token.</param>
    /// <param name="reuse">A previous clean run's state, whose contexts and per-node arrays this run takes over; new ones when null.</param>
    public RunState(CompiledGraph graph, RunOptions options, RetryPolicy?[]? retry, CancellationToken token, ReusableRun? reuse = null)
    {
        Graph = graph;
        Options = options;
        Token = token;
        var count = graph.Nodes.Length;
        if (reuse is not null)
        {
            Contexts = reuse.Contexts;
            for (var n = 0; n < count; n++) Contexts[n].Reuse(this, retry?[n]);
            // Emptied by ReusableRun.From once the previous run's result was built.
            (Firings, BusyTicks, States, InFlight, Initialized, Opened, Awake) =
                (reuse.Firings, reuse.BusyTicks, reuse.States, reuse.InFlight, reuse.Initialized, reuse.Opened, reuse.Awake);
            return;
        }
        Contexts = new FireContext[count];
        for (var n = 0; n < count; n++) Contexts[n] = new FireContext(this, n, retry?[n]);
        Firings = new long[count];
        BusyTicks = new long[count];
        States = new byte[count];
        InFlight = new bool[count];
        Initialized = new bool[count];
        Opened = new bool[count];
        Awake = new bool[count];
        Array.Fill(Awake, true);
    }

    public CompiledGraph Graph { get; }

    public RunOptions Options { get; }

    public CancellationToken Token { get; }

    public RunEdge[] Edges { get; private set; } = [];

    /// <summary>The edges' queues, for the queue-depth gauge; built only when something reads them.</summary>
    public IReadOnlyList<EdgeBuffer> EdgeBuffers => new EdgeBufferView(Edges);

    public FireContext[] Contexts { get; }

    public long[] Firings { get; }

    /// <summary>Stopwatch ticks spent firing each node.</summary>
    public long[] BusyTicks { get; }

    /// <summary>Each node's <see cref="NodeState"/>.</summary>
    public byte[] States { get; }

    public bool[] InFlight { get; }

    public bool[] Initialized { get; }

    public bool[] Opened { get; }

    /// <summary>
    /// Serial and parallel passes: whether the node may be able to fire, because a predecessor wrote to it
    /// or it was cut short, since its last activation. Sleeping nodes are skipped at the cost of one read.
    /// </summary>
    public bool[] Awake { get; }

    /// <summary>Blocking edges out of node n: <c>BlockEdges[BlockStart[n]..BlockStart[n + 1]]</c>.</summary>
    public int[] BlockStart { get; private set; } = [];

    public RunEdge[] BlockEdges { get; private set; } = [];

    /// <summary>Reports the run's progress when <see cref="RunOptions.Progress"/> asks for it; null otherwise.</summary>
    public ProgressReporter? Progress { get; set; }

    /// <summary>The run's span, when something listens to the <c>Daedalus</c> activity source.</summary>
    public Activity? Span { get; set; }

    /// <summary>
    /// Fires <paramref name="adapter"/> once; with <see cref="RunOptions.TraceFirings"/> and a run span, inside
    /// a span of its own. Otherwise the check costs one branch.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Fire(int node, NodeAdapter adapter, FireContext context) =>
        Span is null || !Options.TraceFirings ? adapter.TryFire(context) : FireTraced(node, adapter, context);

    private bool FireTraced(int node, NodeAdapter adapter, FireContext context)
    {
        using var span = DaedalusTelemetry.StartFiring(Span, traceFirings: true, Graph.Nodes[node].Name, Firings[node] + 1);
        return adapter.TryFire(context);
    }

    /// <summary>
    /// Serial and parallel executors: whether a pause was requested (<see cref="RunOptions.Pause"/>); they
    /// check it at the end of each pass.
    /// </summary>
    public bool PauseRequested => Options.Pause is { IsRequested: true };

    /// <summary>Whether the executor stopped at the end of a pass because a pause was requested.</summary>
    public bool Paused { get; private set; }

    /// <summary>Records that the executor stopped for a pause, and clears the request it honoured.</summary>
    public void Pause()
    {
        Paused = true;
        Options.Pause?.Reset();
    }

    /// <summary>The snapshot of the paused run, taken between the executor's stop and Close.</summary>
    public GraphSnapshot? Snapshot { get; set; }

    /// <summary>
    /// When resuming: how many times each node had fired in the runs before the snapshot, for the nodes
    /// without inputs (the next snapshot adds this run's firings); <see langword="null"/> otherwise.
    /// </summary>
    public long[]? FiredBefore { get; set; }

    /// <summary>Whatever the executor keeps for the run between creating edges and executing.</summary>
    public object? ExecutorState { get; set; }

    /// <summary>Whether some part of the run observed cancellation and stopped.</summary>
    public bool IsCancelled => _cancelled;

    public Exception? EngineError => Volatile.Read(ref _engineError);

    public IReadOnlyList<NodeFailure> Failures
    {
        get
        {
            lock (_failuresGate) return [.. _failures];
        }
    }

    /// <summary>Node <paramref name="node"/>'s context for this run, with its state store and its logger.</summary>
    public NodeContext CreateNodeContext(int node)
    {
        var entry = Graph.Nodes[node];
        var logger = Options.LoggerFactory?.CreateLogger($"Daedalus.{Graph.Name}.{entry.Name}");
        return new NodeContext(Graph.Name, entry.Name, Token, logger, Options.Metadata.GetValueOrDefault(entry.Name), entry.State, entry.Device) { Meters = Meters };
    }

    /// <summary>Durable runs: the meters nodes charge (<see cref="NodeContext.Charge"/>); null in other runs.</summary>
    public RunMeters? Meters { get; set; }

    /// <summary>
    /// The context cleanup hooks get: the node's own context, but with a token that is never cancelled, so
    /// cleanup runs to the end even when the run was cancelled.
    /// </summary>
    public FireContext CleanupContext(int node)
    {
        var context = Contexts[node].Node;
        return new FireContext(new NodeContext(context.Graph, context.Node, CancellationToken.None, context.Logger, context.Metadata, context.StateStore, context.Device), retry: null);
    }

    /// <summary>Sets up the run's edges (from <paramref name="factory"/>) and binds every adapter's ports to them.</summary>
    public void CreateEdges(IEdgeFactory factory)
    {
        var graph = Graph;
        var edges = new RunEdge[graph.Edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var spec = graph.Edges[e];
            edges[e] = graph.Nodes[spec.From].Adapter.Outputs[spec.FromPort].CreateRunEdge(factory, spec);
        }
        Edges = edges;
        var blockStart = new int[graph.Nodes.Length + 1];
        var blocking = new List<RunEdge>();
        for (var n = 0; n < graph.Nodes.Length; n++)
        {
            BindOutputs(n);
            BindInputs(n);
            for (var i = graph.OutStart[n]; i < graph.OutStart[n + 1]; i++)
            {
                if (edges[graph.OutEdges[i]].IsBlocking) blocking.Add(edges[graph.OutEdges[i]]);
            }
            blockStart[n + 1] = blocking.Count;
        }
        BlockStart = blockStart;
        BlockEdges = [.. blocking];
    }

    /// <summary>
    /// Takes a previous clean run's edges (emptied) and blocking-edge index instead of creating edges; the
    /// adapters are still bound to those edges, so only each port's per-run state is reset.
    /// </summary>
    public void ReuseEdges(ReusableRun reuse)
    {
        Edges = reuse.Edges;
        BlockStart = reuse.BlockStart;
        BlockEdges = reuse.BlockEdges;
        foreach (var node in Graph.Nodes)
        {
            var inputs = node.Adapter.Inputs;
            for (var port = 0; port < inputs.Count; port++) inputs[port].ResetRun();
            var outputs = node.Adapter.Outputs;
            for (var port = 0; port < outputs.Count; port++) outputs[port].ResetRun();
        }
    }

    /// <summary>
    /// The least room left on the blocking edges out of <paramref name="node"/>; unlimited without any. During an
    /// <see cref="Overrun"/> pass a full default edge does not limit it.
    /// </summary>
    public int Room(int node)
    {
        var room = int.MaxValue;
        var end = BlockStart[node + 1];
        for (var i = BlockStart[node]; i < end; i++)
        {
            if (Bounds(BlockEdges[i])) room = Math.Min(room, BlockEdges[i].Room);
        }
        return room;
    }

    /// <summary>
    /// Whether every blocking edge out of <paramref name="node"/> has room for an item. During an
    /// <see cref="Overrun"/> pass a full default edge does not hold its producer back.
    /// </summary>
    public bool HasRoom(int node)
    {
        var end = BlockStart[node + 1];
        for (var i = BlockStart[node]; i < end; i++)
        {
            if (!BlockEdges[i].HasRoom && Bounds(BlockEdges[i])) return false;
        }
        return true;
    }

    /// <summary>Whether a full <paramref name="edge"/> holds its producer back: always, but for a default edge in an <see cref="Overrun"/> pass.</summary>
    private bool Bounds(RunEdge edge) => !(Overrun && edge.Spec.Policy.IsDefault);

    /// <summary>
    /// Serial and parallel passes: the previous pass fired nothing while a full default edge held a producer back
    /// (a join waiting for its other input, say), so this pass lets such producers write past the default bound,
    /// counted in <c>OverCapacity</c>, rather than end the run with items stuck. Explicit <c>Edge.Bounded</c> edges keep
    /// their bound.
    /// </summary>
    public bool Overrun { get; private set; }

    /// <summary>
    /// At the end of a pass of the serial or parallel executor: whether to run another one, given what the pass did.
    /// A pass that fired and was cut short needs another; one that was only cut short by a full default edge gets
    /// one more pass with <see cref="Overrun"/> on.
    /// </summary>
    public bool NextPass(Activation.Outcome pass)
    {
        const Activation.Outcome again = Activation.Outcome.Fired | Activation.Outcome.CutShort;
        Overrun = pass == Activation.Outcome.CutShort && !Overrun && AnyDefaultEdgeFull();
        return pass == again || Overrun;
    }

    private bool AnyDefaultEdgeFull()
    {
        foreach (var edge in BlockEdges)
        {
            if (edge.Spec.Policy.IsDefault && !edge.HasRoom) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="error"/> is the run's cancellation rather than a failure.</summary>
    public bool IsRunCancellation(Exception error) => error is OperationCanceledException && Token.IsCancellationRequested;

    /// <summary>Records that <paramref name="node"/> stopped for cancellation.</summary>
    public void Cancel(int node, bool inFlight)
    {
        States[node] = NodeState.Cancelled;
        InFlight[node] |= inFlight;
        _cancelled = true;
    }

    /// <summary>Records that the run stopped for cancellation outside any node.</summary>
    public void Cancel() => _cancelled = true;

    /// <summary>
    /// Records a failure of <paramref name="node"/> and isolates it: its inputs refuse items (so producers
    /// never wait on it) and its outputs complete (so consumers drain what they got and finish).
    /// </summary>
    public void Fail(int node, string phase, Exception error, long firing)
    {
        var failure = new NodeFailure(Graph.Nodes[node].Name, phase, error, firing, Graph.InputEdgeIds(node));
        lock (_failuresGate) _failures.Add(failure);
        if (phase == "cleanup") return;
        States[node] = NodeState.Failed;
        RefuseInputs(node, consumerFailed: true);
        CompleteOutputs(node);
    }

    /// <summary>Handles what a node threw while firing: cancellation or failure.</summary>
    public void Threw(int node, Exception error, bool inFlight)
    {
        if (IsRunCancellation(error)) Cancel(node, inFlight);
        else Fail(node, "process", error, Firings[node] + 1);
    }

    /// <summary>Consumer side: the node takes no more items from any of its inputs.</summary>
    public void RefuseInputs(int node, bool consumerFailed)
    {
        var graph = Graph;
        for (var i = graph.InStart[node]; i < graph.InStart[node + 1]; i++) Edges[graph.InEdges[i]].Refuse(consumerFailed);
    }

    /// <summary>Producer side: the node writes no more items.</summary>
    public void CompleteOutputs(int node)
    {
        var graph = Graph;
        for (var i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++) Edges[graph.OutEdges[i]].Complete();
    }

    /// <summary>Records a bug in an executor; the run stops and rethrows it after cleanup.</summary>
    public void EngineFailed(Exception error) => Interlocked.CompareExchange(ref _engineError, error, null);

    /// <summary>Adds the time since <paramref name="start"/> to the node's busy time.</summary>
    public void AddBusy(int node, long start) => BusyTicks[node] += Stopwatch.GetTimestamp() - start;

    /// <summary>Binds node <paramref name="node"/>'s outputs to nothing: what it writes is discarded (a resumed source skipping items).</summary>
    public void UnbindOutputs(int node)
    {
        var graph = Graph;
        var outputs = graph.Nodes[node].Adapter.Outputs;
        for (var port = 0; port < outputs.Count; port++) outputs[port].BindRun(graph.FanOutOf(node, port), []);
    }

    /// <summary>Binds node <paramref name="node"/>'s outputs to the run's edges out of it.</summary>
    public void BindOutputs(int node)
    {
        var graph = Graph;
        var outputs = graph.Nodes[node].Adapter.Outputs;
        for (var port = 0; port < outputs.Count; port++)
            outputs[port].BindRun(graph.FanOutOf(node, port), Collect(graph.OutStart, graph.OutEdges, node, port, fromSide: true));
    }

    private void BindInputs(int node)
    {
        var graph = Graph;
        var inputs = graph.Nodes[node].Adapter.Inputs;
        for (var port = 0; port < inputs.Count; port++)
            inputs[port].BindRun(Collect(graph.InStart, graph.InEdges, node, port, fromSide: false));
    }

    private RunEdge[] Collect(int[] start, int[] adjacent, int node, int port, bool fromSide)
    {
        var specs = Graph.Edges;
        var count = 0;
        for (var i = start[node]; i < start[node + 1]; i++)
        {
            var spec = specs[adjacent[i]];
            if ((fromSide ? spec.FromPort : spec.ToPort) == port) count++;
        }
        if (count == 0) return [];
        var result = new RunEdge[count];
        count = 0;
        for (var i = start[node]; i < start[node + 1]; i++)
        {
            var spec = specs[adjacent[i]];
            if ((fromSide ? spec.FromPort : spec.ToPort) == port) result[count++] = Edges[adjacent[i]];
        }
        return result;
    }
}
