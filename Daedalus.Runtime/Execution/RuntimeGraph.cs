namespace Daedalus.Runtime;

/// <summary>
/// A graph built at run time from the same <c>[Node]</c> classes as graph definitions, for graphs too
/// large or too dynamic to declare. Validated with the same rules (and diagnostic IDs in the messages)
/// as the compile-time analyzer, and run on the same executors.
/// </summary>
/// <remarks>
/// Build it from one thread. One run at a time per instance (and per <see cref="RunGuard"/>, when several graphs
/// share their node objects); a graph can run any number of times, each
/// run with empty edge queues. A serial or parallel run that ended cleanly (no failure, cancellation,
/// pause, resume or refused edge) leaves its queues, port bindings and fire contexts, emptied, for the
/// next run on the same kind of executor until the graph changes; results are never shared.
/// </remarks>
public sealed class RuntimeGraph
{
    private readonly List<NodeEntry> _nodes = [];
    private readonly Dictionary<string, NodeEntry> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<IRuntimeNode> _added = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _defaultRoots = [];
    private readonly List<string> _addErrors = [];
    private readonly List<EdgeSpec> _edges = [];
    private readonly List<DistributionSpec> _distributions = [];
    private readonly RunGuard _guard;
    private CompiledGraph? _compiled;

    /// <summary>Creates an empty graph called <paramref name="name"/>.</summary>
    public RuntimeGraph(string name = "RuntimeGraph")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _guard = new RunGuard(name);
    }

    /// <summary>
    /// Creates an empty graph called <paramref name="name"/> whose runs take <paramref name="guard"/>, shared with
    /// every other owner of its node objects (a generated graph's <c>ToRuntimeGraph()</c> passes its own), so
    /// that no two runs use the same nodes at once.
    /// </summary>
    public RuntimeGraph(string name, RunGuard guard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(guard);
        Name = name;
        _guard = guard;
    }

    /// <summary>The graph's name, used in plans, messages and run results.</summary>
    public string Name { get; }

    /// <summary>
    /// The capacity of the item edges connected without a policy (<see cref="Edge.Default(int)"/>), as
    /// <c>[Graph(DefaultCapacity = n)]</c> sets it for a generated graph: <see cref="Edge.DefaultCapacity"/> unless set.
    /// Set it when creating the graph (<c>new RuntimeGraph("name") { DefaultCapacity = 256 }</c>), before any connection.
    /// </summary>
    public int DefaultCapacity
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "DAE0017: a default edge capacity must be positive.");
    } = Edge.DefaultCapacity;

    /// <summary>Nodes added so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>
    /// The warnings the compile-time analyzer would report (DAE0003 unconnected output, DAE0004 unconnected
    /// node, DAE0005 repeated connection), each starting with its ID. Validates the graph first.
    /// </summary>
    public IReadOnlyList<string> Warnings => Compile().Warnings;

    /// <summary>Adds a node; <paramref name="name"/> defaults to the type name in camel case plus a number when taken.</summary>
    /// <param name="node">The node instance; add each instance once.</param>
    /// <param name="name">The node's name in the graph.</param>
    /// <param name="state">The node's state store, to share it with another owner (a generated graph); a new one by default.</param>
    /// <returns>The node's typed ports, for <see cref="Connect{TOut, TIn}(OutputRef{TOut}, InputRef{TIn}, EdgePolicy?)"/>.</returns>
    public TPorts Add<TPorts>(IRuntimeNode<TPorts> node, string? name = null, NodeStateStore? state = null) where TPorts : class
    {
        var entry = Register(node, name, state);
        return node.CreatePorts(entry);
    }

    /// <summary>Adds a node whose type is not known statically (a graph read from configuration).</summary>
    public void AddNode(IRuntimeNode node, string name, NodeStateStore? state = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Register(node, name, state);
    }

    /// <summary>
    /// Connects an output to an input; without <paramref name="policy"/>, with the graph's default
    /// (<see cref="Edge.Default(int)"/> of <see cref="DefaultCapacity"/> items; a byte stream gets <see cref="Edge.Bytes(int)"/>).
    /// </summary>
    /// <remarks>
    /// The ports must carry the same item type. As in graph definitions, the two types are separate type
    /// parameters: the Daedalus analyzer reports a mismatch at this call (DAE0009, naming both types), and
    /// validation reports it again, with the other errors, if the program is built without the analyzer.
    /// </remarks>
    public void Connect<TOut, TIn>(OutputRef<TOut> from, InputRef<TIn> to, EdgePolicy? policy = null)
    {
        _edges.Add(new EdgeSpec(from.Owner, null, from.Port, to.Owner, null, to.Port, policy ?? Edge.Default(DefaultCapacity)));
        _compiled = null;
    }

    /// <summary>Connects ports by name; item types are checked when the graph is validated.</summary>
    public void Connect(string fromNode, string fromPort, string toNode, string toPort, EdgePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(fromNode);
        ArgumentNullException.ThrowIfNull(toNode);
        _edges.Add(new EdgeSpec(null, fromNode, fromPort, null, toNode, toPort, policy ?? Edge.Default(DefaultCapacity)));
        _compiled = null;
    }

    /// <summary>Chooses how an output shares items among its edges.</summary>
    public void Distribute<T>(OutputRef<T> output, FanOut mode)
    {
        _distributions.Add(new DistributionSpec(output.Owner, null, output.Port, mode));
        _compiled = null;
    }

    /// <summary>Chooses how an output, named by node and port, shares items among its edges.</summary>
    public void Distribute(string node, string port, FanOut mode)
    {
        ArgumentNullException.ThrowIfNull(node);
        _distributions.Add(new DistributionSpec(null, node, port, mode));
        _compiled = null;
    }

    /// <summary>
    /// Runs node <paramref name="node"/> on <paramref name="device"/> (a <c>Daedalus.Shaders.GraphicsDevice</c>): its
    /// <see cref="NodeContext.Device"/> is that device and run results name it. Null places it back on the CPU.
    /// Generated graphs place their GPU segments' nodes here; nodes placed on one device share its buffers.
    /// </summary>
    public void Place(string node, IComputeDevice? device)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_byName.TryGetValue(node, out var entry))
            throw new ArgumentException($"Graph '{Name}' has no node '{node}'.", nameof(node));
        entry.Device = device;
    }

    /// <summary>Validates the graph and returns its plan; throws <see cref="InvalidGraphException"/> listing every error.</summary>
    public GraphPlan Plan => Compile().Plan;

    /// <summary>Runs the graph to completion on the executor in <paramref name="options"/>.</summary>
    /// <exception cref="InvalidGraphException">The graph is invalid.</exception>
    /// <exception cref="GraphRunException">A node failed or items were left, and <see cref="RunOptions.ThrowOnFailure"/> is set.</exception>
    /// <exception cref="GraphCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">The graph, or another owner of its run guard, is already running.</exception>
    public RunResult Run(RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var compiled = Compile();
        _guard.Enter();
        try
        {
            return RunEngine.Run(compiled, options ?? new RunOptions(), cancellationToken);
        }
        finally
        {
            _guard.Exit();
        }
    }

    /// <summary>Runs the graph without blocking the caller.</summary>
    public Task<RunResult> RunAsync(RunOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(() => Run(options, cancellationToken), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Starts the graph as a live graph: it runs until stopped, on a worker thread per node, and can be fed, read,
    /// paused and edited while it runs (see <see cref="LiveGraph"/> and docs/live-graphs.md). The graph's node objects
    /// belong to the live graph until it ends: the graph (and every other owner of its run guard) cannot run meanwhile.
    /// </summary>
    /// <exception cref="InvalidGraphException">The graph is invalid.</exception>
    /// <exception cref="NotSupportedException">A node has byte-stream ports, which live graphs do not run.</exception>
    /// <exception cref="InvalidOperationException">The graph, or another owner of its run guard, is already running.</exception>
    public LiveGraph Start(LiveOptions? options = null)
    {
        var compiled = Compile();
        _guard.Enter();
        try
        {
            return LiveGraph.Start(compiled, options ?? new LiveOptions(), _guard);
        }
        catch
        {
            _guard.Exit();
            throw;
        }
    }

    /// <summary>Validates the graph (throwing <see cref="InvalidGraphException"/>) and returns it compiled, for a live graph to sync to.</summary>
    internal CompiledGraph Validated() => Compile();

    private CompiledGraph Compile() =>
        _compiled ??= new GraphValidator(this, _nodes, _byName, _addErrors, _edges, _distributions).Compile();

    private NodeEntry Register(IRuntimeNode node, string? name, NodeStateStore? state)
    {
        ArgumentNullException.ThrowIfNull(node);
        _compiled = null;
        if (!_added.Add(node)) _addErrors.Add($"Node instance {node.GetType().Name} was added twice (the second time as '{name ?? "(default name)"}'); add each instance once.");
        var adapter = node.CreateAdapter();
        name ??= DefaultName(node);
        if (state is not null && (state.Graph != Name || state.Node != name))
            throw new ArgumentException($"The state store belongs to node '{state.Node}' of graph '{state.Graph}', not to node '{name}' of graph '{Name}'.", nameof(state));
        var entry = new NodeEntry(this, node, adapter, name, _nodes.Count, state);
        _nodes.Add(entry);
        if (!_byName.TryAdd(name, entry)) _addErrors.Add($"Two nodes are named '{name}'; node names must be unique.");
        return entry;
    }

    private string DefaultName(IRuntimeNode node)
    {
        if (!_defaultRoots.TryGetValue(node.GetType(), out var root))
        {
            var type = node.GetType().Name;
            var tick = type.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0) type = type[..tick];
            root = char.ToLowerInvariant(type[0]) + type[1..];
            _defaultRoots.Add(node.GetType(), root);
        }
        if (!_byName.ContainsKey(root)) return root;
        var suffix = _nextSuffix.GetValueOrDefault(root, 2);
        var name = root + suffix;
        while (_byName.ContainsKey(name)) name = root + ++suffix;
        _nextSuffix[root] = suffix + 1;
        return name;
    }
}
