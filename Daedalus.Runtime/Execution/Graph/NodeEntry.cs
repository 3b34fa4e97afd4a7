namespace Daedalus.Runtime;

/// <summary>
/// One node of a <see cref="RuntimeGraph"/>: the owner carried by its port references, so a connection
/// finds its node without a lookup.
/// </summary>
internal sealed class NodeEntry(RuntimeGraph graph, IRuntimeNode node, NodeAdapter adapter, string name, int index, NodeStateStore? state)
{
    private NodeStateStore? _state = state;

    /// <summary>The graph the node was added to.</summary>
    public RuntimeGraph Graph { get; } = graph;

    /// <summary>The node instance.</summary>
    public IRuntimeNode Node { get; } = node;

    /// <summary>The adapter executors fire.</summary>
    public NodeAdapter Adapter { get; } = adapter;

    /// <summary>The node's name in the graph.</summary>
    public string Name { get; } = name;

    /// <summary>Insertion order, 0-based.</summary>
    public int Index { get; } = index;

    /// <summary>The node's state, kept across runs; created when a run first gives the node a context.</summary>
    public NodeStateStore State => _state ??= new NodeStateStore(Graph.Name, Name);

    /// <summary>The device the node runs on (its GPU segment's), or null for a CPU node.</summary>
    public IComputeDevice? Device { get; set; }

    /// <summary>The node's state if anything created it, without creating it (snapshots skip stateless nodes).</summary>
    public NodeStateStore? StateIfCreated => _state;

    /// <summary>
    /// Checks a saved state for this node (none: an empty state) without changing anything, creating no store;
    /// returns what makes it the node's state (see <see cref="NodeStateStore.PrepareRestore"/>).
    /// </summary>
    public Action PrepareStateRestore(System.Text.Json.JsonElement? saved)
    {
        if (_state is { } store) return store.PrepareRestore(saved);
        if (saved is null) return static () => { };
        var created = new NodeStateStore(Graph.Name, Name);
        var restore = created.PrepareRestore(saved);
        return () =>
        {
            restore();
            _state = created;
        };
    }

    /// <summary>What puts the node's state back as it is now, the store's absence included.</summary>
    public Action CheckpointState() => _state is { } store ? store.Checkpoint() : () => _state = null;

    /// <summary>The index of input <paramref name="port"/>, or -1.</summary>
    public int FindInput(string port) => Adapter.FindInput(port);

    /// <summary>The index of output <paramref name="port"/>, or -1.</summary>
    public int FindOutput(string port) => Adapter.FindOutput(port);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
