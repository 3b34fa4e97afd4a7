namespace Daedalus.Runtime;

/// <summary>Builds the <see cref="GraphPlan"/> of a validated run-time graph.</summary>
internal static class PlanBuilder
{
    public static GraphPlan Build(string name, NodeEntry[] nodes, ResolvedEdge[] edges, int[] schedule, Dictionary<(int Node, int Port), FanOut> fanOuts)
    {
        var planNodes = new PlanNode[nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            var adapter = nodes[n].Adapter;
            var inputs = new PlanPort[adapter.Inputs.Count];
            for (var p = 0; p < inputs.Length; p++) inputs[p] = new PlanPort(adapter.Inputs[p].Name, adapter.Inputs[p].ItemTypeName);
            var outputs = new PlanPort[adapter.Outputs.Count];
            for (var p = 0; p < outputs.Length; p++) outputs[p] = new PlanPort(adapter.Outputs[p].Name, adapter.Outputs[p].ItemTypeName);
            planNodes[n] = new PlanNode(nodes[n].Name, adapter.TypeName, adapter.Kind, IsAsync: false, inputs, outputs)
            {
                Configuration = Configuration(adapter),
            };
        }
        var planEdges = new PlanEdge[edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var edge = edges[e];
            var fanOut = fanOuts.Count != 0 && fanOuts.TryGetValue((edge.From, edge.FromPort), out var mode) ? mode : FanOut.Broadcast;
            planEdges[e] = new PlanEdge(edge.Id, nodes[edge.From].Name, nodes[edge.From].Adapter.Outputs[edge.FromPort].Name,
                nodes[edge.To].Name, nodes[edge.To].Adapter.Inputs[edge.ToPort].Name, edge.Policy, IsFused: false, fanOut);
        }
        var order = new string[schedule.Length];
        for (var i = 0; i < schedule.Length; i++) order[i] = nodes[schedule[i]].Name;
        return new GraphPlan(name, planNodes, planEdges, order);
    }

    /// <summary>The node's configuration in declaration order, or null when it has none.</summary>
    private static IReadOnlyDictionary<string, string?>? Configuration(NodeAdapter adapter)
    {
        var entries = NodeConfiguration.Describe(adapter);
        if (entries.Count == 0) return null;
        var configuration = new OrderedDictionary<string, string?>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries) configuration[key] = value;
        return configuration;
    }
}
