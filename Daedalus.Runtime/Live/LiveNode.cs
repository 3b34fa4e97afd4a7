using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// One node of a live graph: its instance and adapter, its worker (a thread, or turns on shared ones), the edges bound to its ports, its
/// figures, and the controls an edit or the user sets (park, pause, trigger, stop). Ports are bound and the adapter
/// replaced only while the worker is parked (or before it starts), so the worker never sees a half-made change.
/// </summary>
internal sealed partial class LiveNode
{
    private readonly LiveGraph _graph;
    private readonly List<LiveEdgeRecord>[] _inputs;
    private readonly List<LiveEdgeRecord>[] _outputs;
    private readonly long[] _plugged;
    private readonly bool _manual;
    private long _retriesBefore;

    public LiveNode(LiveGraph graph, string name, IRuntimeNode node, NodeAdapter adapter, NodeMode mode)
    {
        _graph = graph;
        Name = name;
        Node = node;
        Adapter = adapter;
        Mode = mode;
        _manual = ReferenceEquals(mode, NodeMode.Manual);
        State = new NodeStateStore(graph.Name, name);
        _inputs = NewLists(adapter.Inputs.Count);
        _outputs = NewLists(adapter.Outputs.Count);
        _plugged = new long[adapter.Outputs.Count];
        FanOuts = new FanOut[adapter.Outputs.Count];
        Context = NewContext(graph.Token);
    }

    public string Name { get; }

    /// <summary>The node instance; replaced by a reconfiguration.</summary>
    public IRuntimeNode Node { get; private set; }

    public NodeAdapter Adapter { get; private set; }

    public FireContext Context { get; private set; }

    public NodeMode Mode { get; }

    /// <summary>The node's state store, kept across reconfigurations.</summary>
    public NodeStateStore State { get; }

    /// <summary>The signal the node's worker sleeps on: every edge into it, the edges out of it (room), and every control wake it.</summary>
    public WaitSignal Signal { get; } = new();

    /// <summary>Each output port's fan-out.</summary>
    public FanOut[] FanOuts { get; }

    public long Firings => Volatile.Read(ref _firings);

    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _busyTicks));

    public int Retries => (int)Math.Min(int.MaxValue, _retriesBefore + Context.Retries);

    public NodeOutcome Outcome => _outcome;

    public bool IsFailed => _failed;

    /// <summary>The node's own worker thread; null on shared workers.</summary>
    public Thread? Thread => _thread;

    /// <summary>The edges into input port <paramref name="port"/>, in connection order.</summary>
    public List<LiveEdgeRecord> InputsOf(int port) => _inputs[port];

    /// <summary>The edges out of output port <paramref name="port"/>, in connection order (readers included).</summary>
    public List<LiveEdgeRecord> OutputsOf(int port) => _outputs[port];

    public IEnumerable<LiveEdgeRecord> AllInputs => _inputs.SelectMany(edges => edges);

    public IEnumerable<LiveEdgeRecord> AllOutputs => _outputs.SelectMany(edges => edges);

    /// <summary>Items written to output port <paramref name="port"/> while it had no edge: discarded by the counting plug.</summary>
    public long Plugged(int port) => _plugged[port] + Adapter.Outputs[port].Discarded;

    /// <summary>Runs the adapter's initialize hook (once); a failure is recorded and leaves the node failed.</summary>
    public void Initialize()
    {
        try
        {
            if (Adapter.Node is IPerRunState perRun) perRun.ResetPerRun();
            Adapter.Initialize(Context);
            _initialized = true;
        }
        catch (Exception error)
        {
            Fail("initialize", error, 0);
        }
    }

    /// <summary>Binds the adapter's ports to the node's edges and opens it (a source starts its enumeration).</summary>
    public void Open()
    {
        Bind();
        if (_failed) return;
        try
        {
            _opened = true;
            Adapter.Open(Context);
        }
        catch (Exception error)
        {
            Fail("process", error, 0);
        }
    }

    /// <summary>
    /// Parked: replaces the instance with <paramref name="node"/> (same type, new configuration). The old adapter closes and
    /// cleans up, the new one initializes and opens on the same edges; a failed node starts afresh on new input queues.
    /// </summary>
    public void Reconfigure(IRuntimeNode node, NodeAdapter adapter)
    {
        CloseAndCleanUp();
        for (var port = 0; port < _plugged.Length; port++) _plugged[port] += Adapter.Outputs[port].Discarded;
        _retriesBefore += Context.Retries;
        if (_failed)
        {
            foreach (var input in AllInputs) input.Replace(_graph.CreateQueue(input.Producer, input.FromPort, input.ConsumerSignal, input.Id, input.ToPort, input.Policy));
            _failed = false;
            _outcome = NodeOutcome.Completed;
        }
        Node = node;
        Adapter = adapter;
        Context = NewContext(_graph.Token);
        Initialize();
        Open();
    }

    /// <summary>
    /// Parked, after its edges changed: binds the ports again. Port nodes are opened again, since they bind their own
    /// port properties when opened.
    /// </summary>
    public void Rebind()
    {
        Bind();
        if (_opened && Adapter.Kind == NodeKind.Port) Adapter.Open(Context);
    }

    /// <summary>Binds the adapter's ports to the current queues of the node's edges, and the worker's view of them.</summary>
    private void Bind()
    {
        for (var port = 0; port < _inputs.Length; port++) Adapter.Inputs[port].BindRun(Queues(_inputs[port]));
        for (var port = 0; port < _outputs.Length; port++)
        {
            _plugged[port] += Adapter.Outputs[port].Discarded;
            Adapter.Outputs[port].BindRun(FanOuts[port], Queues(_outputs[port]));
        }
        var inputs = new List<RunEdge>();
        var ports = new List<int>();
        for (var port = 0; port < _inputs.Length; port++)
        {
            foreach (var edge in _inputs[port])
            {
                inputs.Add(edge.Current);
                ports.Add(port);
            }
        }
        _inputEdges = [.. inputs];
        _inputPorts = [.. ports];
        var blocking = AllOutputs.Where(edge => edge.Current.IsBlocking).ToArray();
        _blocking = Array.ConvertAll(blocking, edge => edge.Current);
        // A default edge's consumer that starves for another input lets this node write past the bound (see IsStarved).
        _blockingConsumers = Array.ConvertAll(blocking, edge => edge.Policy.IsDefault ? edge.Consumer : null);
        _defaultInputs = [.. AllInputs.Where(edge => edge.Policy.IsDefault && edge.Current.IsBlocking)];
    }

    /// <summary>
    /// Before the node closes (removed, reconfigured, stopping): a node with calls in flight
    /// (<c>[Node(MaxDegreeOfParallelism = N)]</c>) starts no more and writes the results of those in flight, so
    /// none is lost. Parked or on the node's own thread.
    /// </summary>
    public void FinishInFlight()
    {
        if (Adapter.MaxDegreeOfParallelism <= 1 || _failed || !_opened) return;
        Context.Draining = true;
        try
        {
            while (Adapter.TryFire(Context)) Volatile.Write(ref _firings, _firings + 1);
        }
        catch (OperationCanceledException) when (_graph.Token.IsCancellationRequested)
        {
            // Aborted: what was in flight is abandoned with the rest.
        }
        catch (Exception error)
        {
            Fail("process", error, _firings + 1);
        }
        finally
        {
            Context.Draining = false;
        }
    }

    /// <summary>Closes and cleans up the adapter, once, recording what they throw.</summary>
    public void CloseAndCleanUp()
    {
        if (_opened)
        {
            _opened = false;
            try
            {
                Adapter.Close();
            }
            catch (Exception error)
            {
                _graph.RecordFailure(this, "cleanup", error, 0);
            }
        }
        if (!_initialized) return;
        _initialized = false;
        if (!Adapter.HasLifecycleHooks) return;
        try
        {
            // Not the graph's token: cleanup runs to the end even when the graph was aborted.
            Adapter.Cleanup(new FireContext(NewNodeContext(CancellationToken.None), retry: null));
        }
        catch (Exception error)
        {
            _graph.RecordFailure(this, "cleanup", error, 0);
        }
    }

    private FireContext NewContext(CancellationToken token) =>
        new(NewNodeContext(token), _graph.Options.Retry.GetValueOrDefault(Name)) { MaxDegreeOfParallelism = Adapter.MaxDegreeOfParallelism };

    private NodeContext NewNodeContext(CancellationToken token) =>
        new(_graph.Name, Name, token, _graph.Options.LoggerFactory?.CreateLogger($"Daedalus.{_graph.Name}.{Name}"),
            _graph.Options.Metadata.GetValueOrDefault(Name), State);

    private static RunEdge[] Queues(List<LiveEdgeRecord> edges)
    {
        var queues = new RunEdge[edges.Count];
        for (var i = 0; i < queues.Length; i++) queues[i] = edges[i].Current;
        return queues;
    }

    private static List<LiveEdgeRecord>[] NewLists(int count)
    {
        var lists = new List<LiveEdgeRecord>[count];
        for (var i = 0; i < count; i++) lists[i] = [];
        return lists;
    }

    /// <summary>The node's figures.</summary>
    public NodeRunStats Stats() => new(Name, Firings, Retries, Busy, _outcome, InFlight: false);
}
