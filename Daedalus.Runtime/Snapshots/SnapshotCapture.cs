using System.Text.Json;

namespace Daedalus.Runtime;

/// <summary>
/// Takes the snapshot of a paused run, after the executor stopped (no firing in progress) and before Close
/// and Cleanup: the shape, every node's state, every edge's queued items (left in place), and how many
/// times each node without inputs had fired, counting the runs before a resumed one.
/// </summary>
internal static class SnapshotCapture
{
    public static GraphSnapshot Take(RunState run)
    {
        var graph = run.Graph;
        var nodes = new SnapshotNode[graph.Nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            var entry = graph.Nodes[n];
            long? produced = entry.Adapter.Inputs.Count == 0 ? (run.FiredBefore?[n] ?? 0) + run.Firings[n] : null;
            nodes[n] = new SnapshotNode(entry.Name, entry.Adapter.TypeName, produced, State(entry.StateIfCreated), NextTargets(entry.Adapter));
        }
        var edges = new SnapshotEdge[graph.Edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var spec = graph.Edges[e];
            var output = graph.Nodes[spec.From].Adapter.Outputs[spec.FromPort];
            edges[e] = new SnapshotEdge(graph.Name, spec.Id, spec.Policy.ToString(), output.ItemTypeName, output.CaptureQueue(run.Edges[e]));
        }
        return new GraphSnapshot(graph.Name, nodes, edges);
    }

    private static Dictionary<string, int>? NextTargets(NodeAdapter adapter)
    {
        Dictionary<string, int>? next = null;
        foreach (var output in adapter.Outputs)
        {
            if (output.NextTarget != 0) (next ??= new(StringComparer.Ordinal))[output.Name] = output.NextTarget;
        }
        return next;
    }

    private static JsonElement? State(NodeStateStore? store)
    {
        if (store is null) return null;
        using var document = JsonDocument.Parse(store.ToJson());
        return document.RootElement.Clone();
    }
}
