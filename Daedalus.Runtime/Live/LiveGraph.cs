using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// A graph that runs until it is stopped, and is fed, read, paused and changed while it runs
/// (<see cref="RuntimeGraph.Start(LiveOptions?)"/>; a generated graph: <c>graph.ToRuntimeGraph().Start()</c>).
/// Every node runs on a worker thread of its own (or in turns on a few shared ones, <see cref="LiveOptions.Workers"/>);
/// an edit parks only the nodes it touches, between two of their firings,
/// while every other node keeps its instance, its state and its thread. See docs/live-graphs.md.
/// </summary>
/// <remarks>
/// Nothing is lost silently: every item written to an edge is delivered, dropped by the edge's policy, or orphaned
/// (left on an edge that was removed, whose consumer failed, or that still held items when the graph stopped or was
/// aborted), and every item written to an output with no edge is counted by the output's plug as dropped.
/// <see cref="LiveResult.Accounting"/> adds them up.
/// </remarks>
public sealed partial class LiveGraph : IAsyncDisposable
{
    private readonly Dictionary<string, LiveNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<LiveNode> _order = [];
    private readonly Dictionary<string, LiveEdgeRecord> _edges = new(StringComparer.Ordinal);
    private readonly List<LiveEdgeRecord> _edgeOrder = [];
    private readonly List<LiveEdgeRecord> _readers = [];
    private readonly LiveHistory _removed = new();
    private readonly List<NodeFailure> _failures = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly TaskCompletionSource<LiveResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RunGuard _guard;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _abandonedBySources;
    private int _nextReader;
    private volatile LiveStatus _status = LiveStatus.Running;

    private LiveGraph(string name, LiveOptions options, RunGuard guard)
    {
        Name = name;
        Options = options;
        _guard = guard;
        Threads = new LiveThreads(name);
        Pool = options.Workers is { } workers ? new LivePool(name, workers) : null;
    }

    /// <summary>The graph's name.</summary>
    public string Name { get; }

    /// <summary>Where the graph is in its life.</summary>
    public LiveStatus Status => _status;

    /// <summary>The result, once the graph stopped or was aborted.</summary>
    public Task<LiveResult> Completion => _completion.Task;

    /// <summary>The names of the nodes running now, in the order they were added.</summary>
    public IReadOnlyList<string> Nodes
    {
        get
        {
            lock (_gate) return [.. _order.Select(node => node.Name)];
        }
    }

    /// <summary>The ids of the edges between nodes now (<c>from.Port->to.Port</c>), in connection order.</summary>
    public IReadOnlyList<string> Edges
    {
        get
        {
            lock (_gate) return [.. _edgeOrder.Select(edge => edge.Id)];
        }
    }

    internal LiveOptions Options { get; }

    internal CancellationToken Token => _abort.Token;

    /// <summary>The graph's worker threads, with spares so that a commit adding a node does not wait for a thread to start.</summary>
    internal LiveThreads Threads { get; }

    /// <summary>The shared workers of a pooled graph (<see cref="LiveOptions.Workers"/>); null when every node has a thread.</summary>
    internal LivePool? Pool { get; }

    /// <summary>Starts <paramref name="graph"/> (validated) as a live graph; the caller holds <paramref name="guard"/>, which the live graph releases when it ends.</summary>
    internal static LiveGraph Start(CompiledGraph graph, LiveOptions options, RunGuard guard)
    {
        var live = new LiveGraph(graph.Name, options, guard);
        CheckNodeNames(graph, options);
        lock (live._gate)
        {
            foreach (var entry in graph.Nodes) live.AddNode(entry.Name, entry.Node, entry.Adapter);
            foreach (var edge in graph.Edges) live.Wire(edge, graph);
            foreach (var ((node, port), mode) in graph.FanOuts) live._order[node].FanOuts[port] = mode;
            foreach (var index in graph.Schedule) live._order[index].Initialize();
            foreach (var index in graph.Schedule) live._order[index].Open();
            foreach (var node in live._order) node.Start();
            if (live.Pool is null) live.Threads.Refill();
            live.StartTelemetry();
        }
        return live;
    }

    /// <summary>The instance running as node <paramref name="name"/> (a reconfiguration replaces it).</summary>
    public IRuntimeNode NodeInstance(string name)
    {
        lock (_gate) return Find(name).Node;
    }

    /// <summary>What node <paramref name="name"/> is doing now.</summary>
    public LiveNodeStatus NodeStatus(string name)
    {
        lock (_gate)
        {
            var node = Find(name);
            return new LiveNodeStatus(node.Name, node.Node, node.Mode, node.IsPaused, node.IsFailed, node.Firings, node.Thread?.ManagedThreadId ?? 0);
        }
    }

    /// <summary>
    /// Pauses every node: none fires until <see cref="Resume()"/>; their inputs fill up and backpressure (or drop) as
    /// their policies say. Returns once no node is firing (each finished the firing it was in).
    /// </summary>
    public void Pause()
    {
        lock (_gate)
        {
            EnsureRunning();
            foreach (var node in _order) node.Pause(true);
            Parked(_order, static () => { });
        }
    }

    /// <summary>Resumes every node.</summary>
    public void Resume() => ForEachNode(node => node.Pause(false));

    /// <summary>
    /// Pauses node <paramref name="node"/> alone; its inputs fill up and its producers wait (or their edges drop). Returns
    /// once the node is not firing (it finished the firing it was in).
    /// </summary>
    public void Pause(string node) => WithNode(node, found =>
    {
        found.Pause(true);
        Parked([found], static () => { });
    });

    /// <summary>Resumes node <paramref name="node"/>.</summary>
    public void Resume(string node) => WithNode(node, found => found.Pause(false));

    /// <summary>Lets a <see cref="NodeMode.Manual"/> node fire <paramref name="count"/> more times (as soon as its inputs allow).</summary>
    public void Trigger(string node, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        WithNode(node, found =>
        {
            if (found.Mode != NodeMode.Manual)
                throw new InvalidOperationException($"Node '{found.Name}' of live graph '{Name}' is {found.Mode}, not manual; only manual nodes are triggered.");
            found.Trigger(count);
        });
    }

    /// <summary>The writer of the <see cref="Feed{T}"/> node called <paramref name="node"/>.</summary>
    public FeedWriter<T> Writer<T>(string node)
    {
        lock (_gate)
        {
            return Find(node).Node is Feed<T> feed
                ? feed.Writer
                : throw new ArgumentException($"Node '{node}' of live graph '{Name}' is not a Feed<{typeof(T).Name}>.", nameof(node));
        }
    }

    /// <summary>The figures so far: per node and per edge, failures, and the accounting (with what is still queued).</summary>
    public LiveResult Snapshot()
    {
        lock (_gate) return BuildResult(cancelled: false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_status == LiveStatus.Running) await StopAsync().ConfigureAwait(false);
        else await Completion.ConfigureAwait(false);
    }

    internal void RecordFailure(LiveNode node, string phase, Exception error, long firing)
    {
        var inputs = node.AllInputs.Select(edge => edge.Id).ToArray();
        lock (_failures) _failures.Add(new NodeFailure(node.Name, phase, error, firing, inputs));
    }

    /// <summary>A bug in the live runtime itself stopped <paramref name="node"/>'s worker: reported as the node's failure.</summary>
    internal void EngineFailed(LiveNode node, Exception bug) => RecordFailure(node, "engine", bug, 0);

    /// <summary>Creates the queue of an edge from output <paramref name="fromPort"/> of <paramref name="producer"/>.</summary>
    internal RunEdge CreateQueue(LiveNode producer, int fromPort, WaitSignal consumerSignal, string id, int toPort, EdgePolicy policy) =>
        producer.Adapter.Outputs[fromPort].CreateRunEdge(new LiveEdgeFactory(consumerSignal, producer.Signal), new ResolvedEdge(id, -1, fromPort, -1, toPort, policy));

    private LiveNode AddNode(string name, IRuntimeNode instance, NodeAdapter adapter)
    {
        if (adapter.Inputs.Any(input => input is ByteStreamInput) || adapter.Outputs.Any(output => output is ByteStreamOutput))
            throw new NotSupportedException($"Node '{name}' ({adapter.TypeName}) has byte-stream ports; live graphs do not run byte-stream ports.");
        var node = new LiveNode(this, name, instance, adapter, Options.Modes.GetValueOrDefault(name) ?? NodeMode.Reactive);
        _nodes.Add(name, node);
        _order.Add(node);
        return node;
    }

    private LiveEdgeRecord Wire(ResolvedEdge edge, CompiledGraph graph)
    {
        var producer = _nodes[graph.Nodes[edge.From].Name];
        var consumer = _nodes[graph.Nodes[edge.To].Name];
        var queue = CreateQueue(producer, edge.FromPort, consumer.Signal, edge.Id, edge.ToPort, edge.Policy);
        var record = new LiveEdgeRecord(edge.Id, producer, edge.FromPort, consumer, consumer.Signal, edge.ToPort, queue);
        producer.OutputsOf(edge.FromPort).Add(record);
        consumer.InputsOf(edge.ToPort).Add(record);
        _edges.Add(edge.Id, record);
        _edgeOrder.Add(record);
        if (consumer.IsFailed) queue.Refuse(consumerFailed: true);
        return record;
    }

    private LiveNode Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _nodes.TryGetValue(name, out var node) ? node : throw new KeyNotFoundException($"Live graph '{Name}' has no node '{name}'.");
    }

    private void WithNode(string name, Action<LiveNode> action)
    {
        lock (_gate)
        {
            EnsureRunning();
            action(Find(name));
        }
    }

    private void ForEachNode(Action<LiveNode> action)
    {
        lock (_gate)
        {
            EnsureRunning();
            foreach (var node in _order) action(node);
        }
    }

    private void EnsureRunning()
    {
        if (_status != LiveStatus.Running)
            throw new InvalidOperationException($"Live graph '{Name}' is {_status.ToString().ToLowerInvariant()}; it takes no more edits or controls.");
    }

    private static void CheckNodeNames(CompiledGraph graph, LiveOptions options)
    {
        RunEngine.CheckNodeNames(graph, options.Modes.Keys, $"{nameof(LiveOptions)}.{nameof(LiveOptions.Modes)}");
        RunEngine.CheckNodeNames(graph, options.Retry.Keys, $"{nameof(LiveOptions)}.{nameof(LiveOptions.Retry)}");
        RunEngine.CheckNodeNames(graph, options.Metadata.Keys, $"{nameof(LiveOptions)}.{nameof(LiveOptions.Metadata)}");
    }
}

/// <summary>What one node of a live graph is doing.</summary>
/// <param name="Name">The node's name.</param>
/// <param name="Instance">The instance running (a reconfiguration replaces it).</param>
/// <param name="Mode">When it fires.</param>
/// <param name="IsPaused">Whether it is paused.</param>
/// <param name="IsFailed">Whether it failed (and waits to be reconfigured or removed).</param>
/// <param name="Firings">Its firings so far.</param>
/// <param name="WorkerThreadId">The managed id of its worker thread, which it keeps for its whole life; 0 on shared workers.</param>
public sealed record LiveNodeStatus(string Name, IRuntimeNode Instance, NodeMode Mode, bool IsPaused, bool IsFailed, long Firings, int WorkerThreadId);
