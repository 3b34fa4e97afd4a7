using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Analysis;

/// <summary>The result of analysing a graph: its schedule, which edges are fused, its GPU segments and its problems.</summary>
/// <param name="Schedule">Node indexes in schedule order (empty when the graph has a cycle).</param>
/// <param name="Fused">Per edge, whether it becomes a local variable instead of a queue.</param>
/// <param name="Problems">Reading problems followed by graph-level problems.</param>
/// <param name="Segments">The GPU segments (see <see cref="Analysis.Segments"/>).</param>
internal sealed record GraphAnalysisResult(
    EquatableArray<int> Schedule,
    EquatableArray<bool> Fused,
    EquatableArray<Problem> Problems,
    EquatableArray<SegmentModel> Segments)
{
    public bool IsValid => Problems.All(p => Severity.IsWarning(p.Id));

    /// <summary>The segment node <paramref name="node"/> belongs to; null for a CPU node.</summary>
    public SegmentModel? SegmentOf(int node) => Segments.FirstOrDefault(s => s.Nodes.Contains(node));
}

/// <summary>
/// Graph checks and planning on plain models, shared by the generator and the analyzer so they never
/// disagree: cycles, unconnected ports, duplicate connections, the deterministic schedule and fusion.
/// </summary>
internal static class GraphAnalysis
{
    public static GraphAnalysisResult Analyze(GraphModel graph)
    {
        var problems = new List<Problem>(graph.Problems);
        // Connections that could not be read are missing from the model; checking what is connected would
        // then report ports the user did connect. Reading errors come first; these checks follow once they are fixed.
        if (graph.Problems.All(p => Severity.IsWarning(p.Id)))
        {
            CheckConnections(graph, problems);
            CheckByteStreams(graph, problems);
        }
        var schedule = Schedule(graph, problems);
        var valid = problems.All(p => Severity.IsWarning(p.Id));
        var fused = graph.Edges.Select(e => valid && CanFuse(graph, e)).ToEquatableArray();
        return new GraphAnalysisResult(schedule.ToEquatableArray(), fused, problems.ToEquatableArray(), Segments.Find(graph).ToEquatableArray());
    }

    /// <summary>
    /// Kahn's algorithm, always taking the ready node declared first, so the order is a pure function of
    /// the definition. Reports DAE0001 with the whole cycle when some nodes never become ready.
    /// </summary>
    private static List<int> Schedule(GraphModel graph, List<Problem> problems)
    {
        var count = graph.Nodes.Count;
        var indegree = new int[count];
        foreach (var edge in graph.Edges) indegree[edge.To]++;
        var ready = new SortedSet<int>(Enumerable.Range(0, count).Where(n => indegree[n] == 0));
        var order = new List<int>(count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            foreach (var edge in graph.Edges)
            {
                if (edge.From == next && --indegree[edge.To] == 0) ready.Add(edge.To);
            }
        }
        if (order.Count == count) return order;

        var cycle = FindCycle(graph, indegree);
        var names = string.Join(" → ", cycle.Select(n => graph.Nodes[n].Name).Concat(new[] { graph.Nodes[cycle[0]].Name }));
        var closing = graph.Edges.FirstOrDefault(e => e.From == cycle[cycle.Count - 1] && e.To == cycle[0]);
        problems.Add(new Problem("DAE0001",
            $"Graph '{graph.ClassName}' has a cycle: {names}; a dataflow graph must be acyclic",
            closing?.Location));
        return new List<int>();
    }

    /// <summary>
    /// Finds one cycle among the nodes Kahn's algorithm left unscheduled and returns its nodes in edge order,
    /// starting with the one declared first. It walks edges backwards: an unscheduled node may only be fed by
    /// a cycle (nothing flows on from it), but each one still waits for an unscheduled producer, so walking
    /// from producer to producer always comes back to a node already seen.
    /// </summary>
    private static List<int> FindCycle(GraphModel graph, int[] indegree)
    {
        var current = Enumerable.Range(0, indegree.Length).First(n => indegree[n] > 0);
        var path = new List<int>();
        var position = new Dictionary<int, int>();
        while (!position.ContainsKey(current))
        {
            position[current] = path.Count;
            path.Add(current);
            current = graph.Edges.First(e => e.To == current && indegree[e.From] > 0).From;
        }
        var cycle = path.Skip(position[current]).Reverse().ToList();
        var first = cycle.IndexOf(cycle.Min());
        return cycle.Skip(first).Concat(cycle.Take(first)).ToList();
    }

    private static void CheckConnections(GraphModel graph, List<Problem> problems)
    {
        var seen = new HashSet<(int, string, int, string)>();
        foreach (var edge in graph.Edges)
        {
            if (!seen.Add((edge.From, edge.FromPort, edge.To, edge.ToPort)))
            {
                problems.Add(new Problem("DAE0005",
                    $"'{graph.Nodes[edge.From].Name}.{edge.FromPort}' is connected to '{graph.Nodes[edge.To].Name}.{edge.ToPort}' more than once; every item would be delivered twice",
                    edge.Location));
            }
        }

        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            var connected = graph.Edges.Any(e => e.From == n || e.To == n);
            if (!connected && node.Node.Inputs.Count + node.Node.Outputs.Count > 0)
            {
                problems.Add(new Problem("DAE0004",
                    $"Node '{node.Name}' is added to graph '{graph.ClassName}' but never connected",
                    node.Location));
                if (node.Node.Shape == NodeShape.Ports || node.Node.Inputs.Count == 0) continue;
            }
            if (node.Node.Shape == NodeShape.Function)
            {
                foreach (var input in node.Node.Inputs)
                {
                    if (!graph.EdgesInto(n, input.Name).Any())
                    {
                        problems.Add(new Problem("DAE0002",
                            $"Input '{node.Name}.{input.Name}' is not connected; the node cannot fire without an item on every input",
                            node.Location));
                    }
                }
            }
            if (!connected) continue;
            foreach (var output in node.Node.Outputs)
            {
                if (!graph.EdgesFrom(n, output.Name).Any())
                {
                    problems.Add(new Problem("DAE0003",
                        $"Output '{node.Name}.{output.Name}' is not connected; its items are discarded (and counted)",
                        node.Location));
                }
            }
        }
    }

    /// <summary>A pipe has one writer and one reader: a byte-stream port takes exactly one edge, never round-robin.</summary>
    private static void CheckByteStreams(GraphModel graph, List<Problem> problems)
    {
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            foreach (var output in node.Node.Outputs)
            {
                if (output.ItemType != Reading.Names.ByteStreamItem) continue;
                var edges = graph.EdgesFrom(n, output.Name).ToList();
                if (edges.Count > 1)
                {
                    problems.Add(new Problem("DAE0011",
                        $"Byte-stream output '{node.Name}.{output.Name}' is connected {edges.Count} times; a byte stream has one reader, so fan its bytes out in a node",
                        graph.Edges[edges[edges.Count - 1]].Location));
                }
                else if (graph.RoundRobinOf(n, output.Name) is { } roundRobin)
                {
                    problems.Add(new Problem("DAE0011",
                        $"Byte-stream output '{node.Name}.{output.Name}' cannot be distributed round-robin; a byte stream has one reader, so split its bytes in a node",
                        roundRobin.Location));
                }
            }
            foreach (var input in node.Node.Inputs)
            {
                if (input.ItemType != Reading.Names.ByteStreamItem) continue;
                var edges = graph.EdgesInto(n, input.Name).ToList();
                if (edges.Count > 1)
                {
                    problems.Add(new Problem("DAE0011",
                        $"Byte-stream input '{node.Name}.{input.Name}' has {edges.Count} producers; a byte stream has one writer, so merge the bytes in a node",
                        graph.Edges[edges[edges.Count - 1]].Location));
                }
            }
        }
    }

    /// <summary>
    /// A FIFO or default edge becomes a local variable when nothing else shares it: one producer that writes its
    /// items as values (a function node, a filter, a try-map or a source; not a flat-map, which writes during its
    /// call), one consumer that is a function node with this single input (its depth never exceeds one, so the
    /// default bound holds). Explicitly bounded, newest-wins, fan-out and fan-in edges keep their queue, and so do
    /// edges into a node the compiled <c>RunAsync</c> calls concurrently (it takes several items before it awaits a
    /// result) and the outputs of aggregate and window nodes, which publish outside their firings too (when their
    /// inputs finish).
    /// </summary>
    private static bool CanFuse(GraphModel graph, GraphEdge edge)
    {
        if ((edge.Kind != EdgeKindModel.Fifo && !edge.IsDefault) || edge.NeverFused || graph.IsRoundRobin(edge.From, edge.FromPort)) return false;
        var producer = graph.Nodes[edge.From].Node;
        var consumer = graph.Nodes[edge.To].Node;
        return producer.Shape == NodeShape.Function
            && !producer.IsFlatMap
            && !producer.PublishesWhenInputsFinish
            && consumer.Shape == NodeShape.Function
            && consumer.Inputs.Count == 1
            && !consumer.AwaitsConcurrently
            && graph.EdgesFrom(edge.From, edge.FromPort).Count() == 1
            && graph.EdgesInto(edge.To, edge.ToPort).Count() == 1;
    }
}
