using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// Whether a snapshot's counts fit the graph it resumes into, once its shape does: a "produced" count for
/// exactly the nodes without inputs, at most 1 for one that fires once per run; round-robin turns only for
/// outputs that distribute round robin, below their number of edges; no more items on an edge than it holds.
/// </summary>
internal static class SnapshotFit
{
    /// <summary>How many times each node without inputs had fired (0 for the others).</summary>
    public static long[] FiredBefore(CompiledGraph graph, GraphSnapshot snapshot)
    {
        var fired = new long[graph.Nodes.Length];
        for (var n = 0; n < fired.Length; n++)
        {
            var adapter = graph.Nodes[n].Adapter;
            var name = ShortText.Name(graph.Nodes[n].Name);
            var produced = snapshot.Nodes[n].Produced;
            if (adapter.Inputs.Count != 0)
            {
                if (produced is { } given)
                    throw Error(graph, Invariant($"node '{name}' has inputs, so it has no \"produced\" count, but the snapshot gives it {given}."));
                continue;
            }
            if (produced is not { } count) throw Error(graph, $"node '{name}' has no inputs, so it needs a \"produced\" count.");
            if (count > 1 && adapter.Kind != NodeKind.Source && adapter.Node is not IResumableSource)
                throw Error(graph, Invariant($"node '{name}' fires once per run, so its \"produced\" count cannot be {count}."));
            fired[n] = count;
        }
        return fired;
    }

    /// <summary>The turn each round-robin output takes up: the index of the edge its next item goes to.</summary>
    public static List<(int Node, int Port, int Turn)> Turns(CompiledGraph graph, GraphSnapshot snapshot)
    {
        var turns = new List<(int Node, int Port, int Turn)>();
        for (var n = 0; n < graph.Nodes.Length; n++)
        {
            if (snapshot.Nodes[n].RoundRobin is not { } saved) continue;
            var node = ShortText.Name(graph.Nodes[n].Name);
            foreach (var (name, turn) in saved)
            {
                var port = graph.Nodes[n].FindOutput(name);
                var output = ShortText.Name(name);
                if (port < 0) throw Error(graph, $"node '{node}' has no output '{output}' (in its \"roundRobin\").");
                if (graph.FanOutOf(n, port) != FanOut.RoundRobin)
                    throw Error(graph, $"output '{output}' of node '{node}' does not distribute round robin, so it has no turn to take up.");
                var edges = EdgesOut(graph, n, port);
                if (turn >= edges)
                    throw Error(graph, Invariant($"output '{output}' of node '{node}' sends to {edges} edges, so its round-robin turn cannot be {turn}."));
                turns.Add((n, port, turn));
            }
        }
        return turns;
    }

    /// <summary>Throws when an edge held more items than the graph's edge holds (a bounded edge's capacity, a newest-wins edge's one).</summary>
    public static void CheckCapacity(CompiledGraph graph, GraphSnapshot snapshot)
    {
        for (var e = 0; e < graph.Edges.Length; e++)
        {
            var policy = graph.Edges[e].Policy;
            var capacity = policy.Kind is EdgeKind.Bounded or EdgeKind.Latest ? policy.Capacity : int.MaxValue;
            var count = snapshot.Edges[e].Items.Count;
            if (count > capacity)
                throw Error(graph, Invariant($"edge '{ShortText.Name(graph.Edges[e].Id)}' holds {count} items in the snapshot, more than its capacity of {capacity}."));
        }
    }

    private static int EdgesOut(CompiledGraph graph, int node, int port)
    {
        var count = 0;
        for (var i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++)
        {
            if (graph.Edges[graph.OutEdges[i]].FromPort == port) count++;
        }
        return count;
    }

    private static GraphSnapshotException Error(CompiledGraph graph, string problem) => new(graph.Name, problem);
}
