using System.Text.Json;
using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// Checks the fields of a snapshot read from JSON, as far as they can be checked without the graph: the
/// format and version, every required field present, no unknown field, every name at most
/// <see cref="MaxTextLength"/> characters, counts and turns not negative, states that are objects. The first
/// problem throws a <see cref="GraphSnapshotException"/> naming the node or edge (by position and name) and the field.
/// </summary>
internal static class SnapshotFields
{
    /// <summary>The longest name, type, policy or port a snapshot may hold.</summary>
    public const int MaxTextLength = 4096;

    public static GraphSnapshot Check(SnapshotDocument? document, SnapshotTypes types, CancellationToken token)
    {
        if (document is null || document.Format != SnapshotDocument.FormatName)
            throw new GraphSnapshotException(SnapshotReader.UnknownGraph, $"the JSON is not a graph snapshot (its \"format\" is not \"{SnapshotDocument.FormatName}\").");
        var graph = document.Graph ?? throw new GraphSnapshotException(SnapshotReader.UnknownGraph, "the JSON has no \"graph\" name.");
        const string whole = "the JSON";
        Text(graph, whole, "graph", graph);
        if (document.Version is not { } version) throw new GraphSnapshotException(graph, "the JSON has no \"version\".");
        if (version != SnapshotDocument.CurrentVersion)
            throw new GraphSnapshotException(graph, Invariant($"the JSON has version {version}; this runtime reads version {SnapshotDocument.CurrentVersion}."));
        NoUnknown(graph, whole, document.Unknown);
        if (document.Nodes is not { } nodes) throw new GraphSnapshotException(graph, "the JSON has no \"nodes\" array.");
        if (document.Edges is not { } edges) throw new GraphSnapshotException(graph, "the JSON has no \"edges\" array.");
        var checkedNodes = new SnapshotNode[nodes.Count];
        for (var n = 0; n < nodes.Count; n++)
        {
            token.ThrowIfCancellationRequested();
            checkedNodes[n] = Node(graph, n, nodes[n]);
        }
        var checkedEdges = new SnapshotEdge[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            token.ThrowIfCancellationRequested();
            checkedEdges[e] = Edge(graph, e, edges[e], types);
        }
        return new GraphSnapshot(graph, checkedNodes, checkedEdges);
    }

    private static SnapshotNode Node(string graph, int index, SnapshotNode? node)
    {
        var position = Invariant($"node {index + 1}");
        if (node is null) throw new GraphSnapshotException(graph, $"{position} is null.");
        var subject = Named(graph, position, "name", node.Name);
        Required(graph, subject, "type", node.Type);
        NoUnknown(graph, subject, node.Unknown);
        if (node.Produced < 0) throw new GraphSnapshotException(graph, Invariant($"{subject} has a negative \"produced\" count ({node.Produced})."));
        if (node.State is { ValueKind: not JsonValueKind.Object }) throw new GraphSnapshotException(graph, $"{subject} has a \"state\" that is not a JSON object.");
        foreach (var (port, turn) in node.RoundRobin ?? [])
        {
            if (port.Length > MaxTextLength)
                throw new GraphSnapshotException(graph, Invariant($"{subject} has a \"roundRobin\" port name of {port.Length} characters; the limit is {MaxTextLength}."));
            if (turn < 0)
                throw new GraphSnapshotException(graph, Invariant($"{subject} has a negative \"roundRobin\" turn ({turn}) for output '{ShortText.Name(port)}'."));
        }
        return node;
    }

    private static SnapshotEdge Edge(string graph, int index, SnapshotEdgeDocument? edge, SnapshotTypes types)
    {
        var position = Invariant($"edge {index + 1}");
        if (edge is null) throw new GraphSnapshotException(graph, $"{position} is null.");
        var subject = Named(graph, position, "id", edge.Id);
        Required(graph, subject, "policy", edge.Policy);
        Required(graph, subject, "itemType", edge.ItemType);
        NoUnknown(graph, subject, edge.Unknown);
        if (edge.Items is null) throw new GraphSnapshotException(graph, $"{subject} has no \"items\".");
        return new SnapshotEdge(graph, edge.Id, edge.Policy, edge.ItemType, new JsonEdgeItems(edge.Items, types));
    }

    /// <summary>Checks the field that names a node or edge; returns how messages refer to it (<c>node 2 ('sum')</c>).</summary>
    private static string Named(string graph, string position, string field, string? name)
    {
        Required(graph, position, field, name);
        return $"{position} ('{ShortText.Name(name!)}')";
    }

    private static void Required(string graph, string subject, string field, string? value)
    {
        if (value is null) throw new GraphSnapshotException(graph, $"{subject} has no \"{field}\".");
        Text(graph, subject, field, value);
    }

    private static void Text(string graph, string subject, string field, string value)
    {
        if (value.Length <= MaxTextLength) return;
        var article = "aeiou".Contains(field[0]) ? "an" : "a";
        throw new GraphSnapshotException(graph, Invariant($"{subject} has {article} \"{field}\" of {value.Length} characters; the limit is {MaxTextLength}."));
    }

    private static void NoUnknown(string graph, string subject, Dictionary<string, JsonElement>? unknown)
    {
        if (unknown is { Count: > 0 }) throw new GraphSnapshotException(graph, $"{subject} has an unknown field \"{ShortText.Name(unknown.Keys.First())}\".");
    }
}
