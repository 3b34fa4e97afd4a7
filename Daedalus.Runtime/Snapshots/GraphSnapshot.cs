using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Daedalus.Runtime;

/// <summary>
/// A paused run, frozen between passes: the graph's shape, every node's state, every edge's queued items in
/// order, and how many times each node without inputs had fired. Get one from
/// <see cref="RunResult.Snapshot"/>, save it with <see cref="Save"/>, read it back with <see cref="Load"/>,
/// and resume it by running a graph of the same shape with <see cref="RunOptions.Resume"/>
/// (docs/telemetry.md, "Snapshots").
/// </summary>
/// <remarks>
/// Items are written and read with the <see cref="JsonTypeInfo{T}"/> of each edge's item type, taken from the
/// resolver given to <see cref="Save"/> and <see cref="Load"/> (usually the application's source-generated
/// <c>JsonSerializerContext</c>); the envelope itself is written by generated code, without reflection.
/// A snapshot resumed in memory, never saved, hands the resumed run the very item instances it captured.
/// </remarks>
public sealed class GraphSnapshot
{
    internal GraphSnapshot(string graph, IReadOnlyList<SnapshotNode> nodes, IReadOnlyList<SnapshotEdge> edges)
    {
        Graph = graph;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The name of the graph the snapshot was taken from.</summary>
    public string Graph { get; }

    /// <summary>The names of the graph's nodes, in the order they were added.</summary>
    public IReadOnlyList<string> NodeNames => [.. Nodes.Select(n => n.Name)];

    /// <summary>The ids of the graph's edges (<c>from.Port->to.Port</c>), in connection order.</summary>
    public IReadOnlyList<string> EdgeIds => [.. Edges.Select(e => e.Id)];

    internal IReadOnlyList<SnapshotNode> Nodes { get; }

    internal IReadOnlyList<SnapshotEdge> Edges { get; }

    /// <summary>How many items edge <paramref name="edgeId"/> held when the run paused.</summary>
    public int QueuedItems(string edgeId) => FindEdge(edgeId).Items.Count;

    /// <summary>
    /// How many times node <paramref name="node"/> had fired, when it has no inputs (a source); a resumed run
    /// skips that many firings. <see langword="null"/> for a node with inputs.
    /// </summary>
    public long? Produced(string node) =>
        (Nodes.FirstOrDefault(n => n.Name == node) ?? throw new KeyNotFoundException($"Snapshot of '{Graph}' has no node '{node}'.")).Produced;

    /// <summary>Writes the snapshot as UTF-8 JSON, each edge's items with its item type's info from <paramref name="resolver"/>.</summary>
    /// <exception cref="GraphSnapshotException">The resolver has no type info for an edge's item type, or an item cannot be written.</exception>
    public void Save(Stream utf8Json, IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = ToDocument(new SnapshotTypes(resolver));
        JsonSerializer.Serialize(utf8Json, document, SnapshotJsonContext.Default.SnapshotDocument);
    }

    /// <summary>The snapshot as JSON text; see <see cref="Save"/>.</summary>
    public string ToJson(IJsonTypeInfoResolver resolver) =>
        JsonSerializer.Serialize(ToDocument(new SnapshotTypes(resolver)), SnapshotJsonContext.Default.SnapshotDocument);

    /// <summary>How many bytes <see cref="Load"/> and <see cref="FromJson"/> read at most unless told otherwise: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads a snapshot written by <see cref="Save"/>, treating it as untrusted: at most
    /// <paramref name="maxBytes"/> bytes, strictly (no unknown, missing or repeated field, every name and count in
    /// range), observing <paramref name="cancellationToken"/> as it reads. Items stay JSON until the snapshot is
    /// resumed, when each edge's items are read with its item type's info from <paramref name="resolver"/>
    /// and what only the graph can tell (capacities, positions, node states) is checked.
    /// </summary>
    /// <exception cref="GraphSnapshotException">
    /// The JSON is larger than <paramref name="maxBytes"/>, malformed, not a snapshot of this format and version,
    /// or has a field missing, unknown, too long or out of range.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GraphSnapshot Load(Stream utf8Json, IJsonTypeInfoResolver resolver, long maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return SnapshotReader.Read(utf8Json, maxBytes, new SnapshotTypes(resolver), cancellationToken);
    }

    /// <summary>Reads a snapshot from JSON text, at most <paramref name="maxBytes"/> bytes of it as UTF-8; see <see cref="Load"/>.</summary>
    public static GraphSnapshot FromJson(string json, IJsonTypeInfoResolver resolver, long maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var types = new SnapshotTypes(resolver);
        // Every character is at least one byte: a longer text is too large before it is encoded.
        if (json.Length > maxBytes) throw SnapshotReader.TooLarge(maxBytes);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false);
        return SnapshotReader.Read(stream, maxBytes, types, cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Snapshot of '{Graph}': {Nodes.Count} nodes, {Edges.Sum(e => (long)e.Items.Count)} items queued on {Edges.Count} edges";

    private SnapshotEdge FindEdge(string id) =>
        Edges.FirstOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"Snapshot of '{Graph}' has no edge '{id}'.");

    private SnapshotDocument ToDocument(SnapshotTypes types)
    {
        var edges = new List<SnapshotEdgeDocument?>(Edges.Count);
        foreach (var edge in Edges) edges.Add(new SnapshotEdgeDocument(edge.Id, edge.Policy, edge.ItemType, edge.Items.ToJson(edge, types)));
        return new SnapshotDocument(SnapshotDocument.FormatName, SnapshotDocument.CurrentVersion, Graph, [.. Nodes], edges);
    }
}
