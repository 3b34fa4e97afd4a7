namespace Daedalus.Runtime;

/// <summary>
/// The final figures of what left a live graph — removed nodes, removed edges and readers, the plugs of removed nodes —
/// added up by name, so a graph that is edited for ever keeps one row per name, not one per edit, and holds no
/// reference to the queues it no longer uses.
/// </summary>
internal sealed class LiveHistory
{
    private readonly Dictionary<string, NodeRunStats> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeRunStats> _edges = new(StringComparer.Ordinal);

    /// <summary>Removed nodes' figures, one row per name, in the order they were first removed.</summary>
    public IEnumerable<NodeRunStats> Nodes => _nodes.Values;

    /// <summary>Removed edges', readers' and plugs' figures, one row per id, in the order they were first removed.</summary>
    public IEnumerable<EdgeRunStats> Edges => _edges.Values;

    public void Add(NodeRunStats node) =>
        _nodes[node.Name] = _nodes.TryGetValue(node.Name, out var earlier)
            ? node with { Firings = earlier.Firings + node.Firings, Retries = earlier.Retries + node.Retries, Busy = earlier.Busy + node.Busy }
            : node;

    public void Add(EdgeRunStats edge) => _edges[edge.Id] = LiveEdgeRecord.Add(_edges.GetValueOrDefault(edge.Id), edge);
}
