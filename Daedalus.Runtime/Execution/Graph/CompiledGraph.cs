namespace Daedalus.Runtime;

/// <summary>
/// A validated <see cref="RuntimeGraph"/> in the shape executors use: nodes and edges in arrays, the
/// schedule, and compressed adjacency (edges out of and into each node, in connection order).
/// </summary>
internal sealed class CompiledGraph
{
    private ReusableRun? _reusable;

    public required string Name { get; init; }

    public required NodeEntry[] Nodes { get; init; }

    public required ResolvedEdge[] Edges { get; init; }

    /// <summary>Node indexes in schedule order.</summary>
    public required int[] Schedule { get; init; }

    /// <summary>Edges out of node n: <c>OutEdges[OutStart[n]..OutStart[n + 1]]</c>.</summary>
    public required int[] OutStart { get; init; }

    public required int[] OutEdges { get; init; }

    /// <summary>The consumer of each edge in <see cref="OutEdges"/>, in the same order (no edge lookup on hot paths).</summary>
    public required int[] OutTargets { get; init; }

    /// <summary>Edges into node n: <c>InEdges[InStart[n]..InStart[n + 1]]</c>.</summary>
    public required int[] InStart { get; init; }

    public required int[] InEdges { get; init; }

    /// <summary>Fan-out chosen by <c>Distribute</c>, by (node, output port); broadcast when absent.</summary>
    public required Dictionary<(int Node, int Port), FanOut> FanOuts { get; init; }

    /// <summary>The plan, built on first use: runs do not need it.</summary>
    public GraphPlan Plan => field ??= PlanBuilder.Build(Name, Nodes, Edges, Schedule, FanOuts);

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The nodes by name, for options that name nodes.</summary>
    public required IReadOnlyDictionary<string, NodeEntry> ByName { get; init; }

    /// <summary>Takes what the last clean run left for reuse, if anything; a run always takes it, so no two runs share it.</summary>
    public ReusableRun? TakeReusable() => Interlocked.Exchange(ref _reusable, null);

    /// <summary>Keeps <paramref name="reusable"/> (or nothing) for the next run.</summary>
    public void KeepReusable(ReusableRun? reusable) => Volatile.Write(ref _reusable, reusable);

    /// <summary>Whether the graph has a node called <paramref name="name"/>.</summary>
    public bool HasNode(string name) => ByName.ContainsKey(name);

    /// <summary>The fan-out of output <paramref name="port"/> of node <paramref name="node"/>.</summary>
    public FanOut FanOutOf(int node, int port) =>
        FanOuts.Count != 0 && FanOuts.TryGetValue((node, port), out var mode) ? mode : FanOut.Broadcast;

    /// <summary>The ids of the edges into node <paramref name="node"/>.</summary>
    public string[] InputEdgeIds(int node)
    {
        var ids = new string[InStart[node + 1] - InStart[node]];
        for (var i = 0; i < ids.Length; i++) ids[i] = Edges[InEdges[InStart[node] + i]].Id;
        return ids;
    }
}
