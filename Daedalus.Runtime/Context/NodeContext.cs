using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Daedalus.Runtime;

/// <summary>
/// What a node can know about where it runs: its name and graph, the run's cancellation token, a logger,
/// metadata from the graph definition or the caller, and its typed state. One per node per run.
/// </summary>
public sealed class NodeContext
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>Creates the context of node <paramref name="node"/> of graph <paramref name="graph"/> for one run.</summary>
    /// <param name="graph">The graph's name.</param>
    /// <param name="node">The node's name in the graph.</param>
    /// <param name="cancellationToken">The run's cancellation token.</param>
    /// <param name="logger">Where the node logs; nothing is logged when <see langword="null"/>.</param>
    /// <param name="metadata">The node's metadata; none when <see langword="null"/>.</param>
    /// <param name="state">The node's state, to carry it across runs; a new empty one when <see langword="null"/>.</param>
    /// <param name="device">The device of the node's GPU segment; <see langword="null"/> for CPU nodes.</param>
    public NodeContext(
        string graph,
        string node,
        CancellationToken cancellationToken,
        ILogger? logger = null,
        IReadOnlyDictionary<string, string>? metadata = null,
        NodeStateStore? state = null,
        IComputeDevice? device = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(graph);
        ArgumentException.ThrowIfNullOrEmpty(node);
        if (state is not null && (state.Graph != graph || state.Node != node))
            throw new ArgumentException($"The state belongs to node '{state.Node}' of graph '{state.Graph}', not to node '{node}' of graph '{graph}'.", nameof(state));
        Graph = graph;
        Node = node;
        CancellationToken = cancellationToken;
        Logger = logger ?? NullLogger.Instance;
        Metadata = metadata ?? NoMetadata;
        StateStore = state ?? new NodeStateStore(graph, node);
        Device = device;
    }

    /// <summary>The graph's name.</summary>
    public string Graph { get; }

    /// <summary>The node's name in the graph.</summary>
    public string Node { get; }

    /// <summary>The run's cancellation token: long work in a firing should observe it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Where the node logs.</summary>
    public ILogger Logger { get; }

    /// <summary>The node's metadata, by key (empty when it has none).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>
    /// The device of the node's GPU segment (a <c>Daedalus.Shaders.GraphicsDevice</c>), or <see langword="null"/>
    /// for a node that runs on the CPU.
    /// </summary>
    public IComputeDevice? Device { get; }

    /// <summary>All of the node's state, to save or restore it; nodes use <see cref="State{T}(string, JsonTypeInfo{T})"/>.</summary>
    public NodeStateStore StateStore { get; }

    /// <summary>
    /// The node's state slot <paramref name="key"/>, of type <typeparamref name="T"/>, saved and restored
    /// with <paramref name="typeInfo"/> (from the application's source-generated <c>JsonSerializerContext</c>).
    /// Declare it once, at initialization, and keep the slot.
    /// </summary>
    public NodeState<T> State<T>(string key, JsonTypeInfo<T> typeInfo) => StateStore.Slot(key, typeInfo);

    /// <summary>As <see cref="State{T}(string, JsonTypeInfo{T})"/>, with a value for a slot that nothing restored.</summary>
    public NodeState<T> State<T>(string key, JsonTypeInfo<T> typeInfo, T initialValue) => StateStore.Slot(key, typeInfo, initialValue);

    /// <summary>
    /// Charges <paramref name="amount"/> to the run's meter <paramref name="meter"/> ("tokens", "requests"): in a durable
    /// run, counted in its totals and checked against its <see cref="RunBudget"/> before the next firing. Outside a
    /// durable run it does nothing. Safe to call from concurrent invocations.
    /// </summary>
    public void Charge(string meter, long amount = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(meter);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Meters?.Charge(meter, amount);
    }

    /// <summary>The run's meters; null outside a durable run.</summary>
    internal RunMeters? Meters { get; set; }
}
