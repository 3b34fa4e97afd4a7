namespace Daedalus.Runtime;

/// <summary>
/// Whether a snapshot fits a graph: the same graph name, the same nodes (name and type) in the same order,
/// and the same edges (id, policy and item type) in the same order. The first difference is reported, its
/// names cut short.
/// </summary>
internal static class SnapshotShape
{
    /// <summary>Throws <see cref="GraphSnapshotMismatchException"/> naming the first difference between <paramref name="snapshot"/> and <paramref name="graph"/>.</summary>
    public static void Check(CompiledGraph graph, GraphSnapshot snapshot)
    {
        if (FirstDifference(graph, snapshot) is { } difference) throw new GraphSnapshotMismatchException(graph.Name, difference);
    }

    private static string? FirstDifference(CompiledGraph graph, GraphSnapshot snapshot)
    {
        if (snapshot.Graph != graph.Name) return $"the snapshot is of graph '{ShortText.Name(snapshot.Graph)}', not '{ShortText.Name(graph.Name)}'.";
        var nodes = snapshot.Nodes;
        for (var n = 0; n < Math.Max(nodes.Count, graph.Nodes.Length); n++)
        {
            (string, string)? saved = n < nodes.Count ? (nodes[n].Name, nodes[n].Type) : null;
            (string, string)? actual = n < graph.Nodes.Length ? (graph.Nodes[n].Name, graph.Nodes[n].Adapter.TypeName) : null;
            if (saved != actual) return Differ("node", n, Node(saved), Node(actual));
        }
        var edges = snapshot.Edges;
        for (var e = 0; e < Math.Max(edges.Count, graph.Edges.Length); e++)
        {
            (string, string, string)? saved = e < edges.Count ? (edges[e].Id, edges[e].Policy, edges[e].ItemType) : null;
            (string, string, string)? actual = e < graph.Edges.Length ? Describe(graph, graph.Edges[e]) : null;
            if (saved != actual) return Differ("edge", e, Edge(saved), Edge(actual));
        }
        return null;
    }

    /// <summary>An edge as a snapshot describes it: id, policy and item type.</summary>
    private static (string, string, string) Describe(CompiledGraph graph, ResolvedEdge edge) =>
        (edge.Id, edge.Policy.ToString(), graph.Nodes[edge.From].Adapter.Outputs[edge.FromPort].ItemTypeName);

    private static string? Node((string Name, string Type)? node) =>
        node is (var name, var type) ? $"'{ShortText.Name(name)}' ({ShortText.Name(type)})" : null;

    private static string? Edge((string Id, string Policy, string ItemType)? edge) =>
        edge is (var id, var policy, var itemType) ? $"'{ShortText.Name(id)}' [{ShortText.Name(policy)}] of {ShortText.Name(itemType)}" : null;

    private static string Differ(string what, int index, string? saved, string? actual) => (saved, actual) switch
    {
        (null, _) => $"{what} {index + 1} is {actual} in the graph but the snapshot has no {what} {index + 1}.",
        (_, null) => $"{what} {index + 1} is {saved} in the snapshot but the graph has no {what} {index + 1}.",
        _ => $"{what} {index + 1} is {saved} in the snapshot but {actual} in the graph.",
    };
}
