using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits a <c>[Graph]</c> class: node instances, one concrete queue field per queued edge, the plan,
/// and run methods that call the nodes directly in schedule order. An invalid graph gets the same
/// public surface with bodies that throw, so the build shows the DAE diagnostic and nothing else.
/// </summary>
internal static class GraphEmitter
{
    public static string Emit(GraphModel graph, GraphAnalysisResult analysis) =>
        SourceFile.Write(graph.Namespace, graph.Namespaces, graph.Containers, graph.Usings, writer =>
        {
            writer.Line(SourceFile.NoObsoleteWarnings);
            using (writer.Block($"partial class {graph.ClassName}{graph.TypeParameters}"))
            {
                if (analysis.IsValid) EmitValid(writer, graph, analysis);
                else InvalidGraphEmitter.Emit(writer, graph, analysis);
            }
        });

    private static void EmitValid(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        writer.Line("// Schedule (computed at compile time): " + string.Join(" → ", analysis.Schedule.Select(n => graph.Nodes[n].Name)));
        writer.Line();
        EmitEdgeFields(writer, graph, analysis);
        EmitConstructor(writer, graph, analysis);
        EmitNodeProperties(writer, graph);
        NodeContexts.EmitMembers(writer, graph);
        SegmentDevices.EmitMembers(writer, graph, analysis);
        writer.Line("/// <summary>The queued edges of this graph with their counters (fused edges have no queue).</summary>");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<global::Daedalus.Runtime.EdgeBuffer> Edges => __edges;");
        writer.Line();
        writer.Line("/// <summary>Unconnected outputs of function nodes, with the number of items each discarded.</summary>");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<global::Daedalus.Runtime.DiscardCounter> Discards => __discards;");
        writer.Line();
        PlanEmitter.Emit(writer, graph, analysis);
        writer.Line();
        EmitRunGuard(writer, graph, analysis);
        RunEmitter.Emit(writer, graph, analysis);
        RuntimeGraphEmitter.Emit(writer, graph, analysis);
    }

    /// <summary>Whether the graph has port nodes or flat-maps, whose ports are bound to the serial run's edges.</summary>
    internal static bool HasPortNodes(GraphModel graph) => graph.Nodes.Any(n => WritesThroughPorts(n.Node));

    /// <summary>A port node or a flat-map: it writes through <c>OutPort&lt;T&gt;</c> objects, which deal round-robin and count discards themselves.</summary>
    internal static bool WritesThroughPorts(NodeModel node) => node.Shape == NodeShape.Ports || node.IsFlatMap;

    /// <summary>Whether the compiled serial run binds port nodes to its own edge fields (not in byte-stream graphs).</summary>
    internal static bool BindsPorts(GraphModel graph) => HasPortNodes(graph) && !graph.HasByteStreams;

    /// <summary>Whether the graph has the compiled serial run (a graph with byte streams runs on the pipelined executor).</summary>
    internal static bool HasCompiledRun(GraphModel graph) => !graph.HasByteStreams;

    /// <summary>
    /// One run at a time per instance, whichever <c>Run</c> starts it: the compiled run takes the guard its
    /// run-time graphs share. A graph with GPU segments chooses their devices then.
    /// </summary>
    private static void EmitRunGuard(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        if (!HasCompiledRun(graph)) return;
        var devices = SegmentDevices.Any(analysis);
        writer.Line(devices
            ? "/// <summary>Claims this instance for one run (a graph instance runs one run at a time) and chooses its GPU segments' devices.</summary>"
            : "/// <summary>Claims this instance for one run; a graph instance runs one run at a time.</summary>");
        using (writer.Block("private void __BeginRun()"))
        {
            writer.Line("__guard.Enter();");
            if (devices)
            {
                using (writer.Block("try"))
                {
                    writer.Line($"{SegmentDevices.Select}();");
                }
                using (writer.Block("catch"))
                {
                    writer.Line("__EndRun();");
                    writer.Line("throw;");
                }
            }
        }
        writer.Line();
        writer.Line("/// <summary>Releases this instance for the next run.</summary>");
        writer.Line("private void __EndRun() => __guard.Exit();");
        writer.Line();
    }

    /// <summary>
    /// The edges the compiled serial run queues: none in a graph with byte streams, which always runs on the
    /// pipelined executor with the executor's own queues.
    /// </summary>
    private static System.Collections.Generic.List<int> QueuedEdges(GraphModel graph, GraphAnalysisResult analysis) =>
        graph.HasByteStreams
            ? new System.Collections.Generic.List<int>()
            : Enumerable.Range(0, graph.Edges.Count).Where(i => !analysis.Fused[i]).ToList();

    private static void EmitEdgeFields(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        var queued = QueuedEdges(graph, analysis);
        foreach (var i in queued)
        {
            var edge = graph.Edges[i];
            var itemType = graph.Nodes[edge.From].Node.Outputs.First(o => o.Name == edge.FromPort).ItemType;
            writer.Line($"private readonly {EdgeNames.QueueType(edge, itemType)} {EdgeNames.Field(i)} = {EdgeNames.QueueConstruction(graph, edge)};");
        }
        var discards = graph.HasByteStreams ? new System.Collections.Generic.List<(GraphNode, PortModel)>() : Discards(graph).ToList();
        foreach (var (node, port) in discards)
        {
            writer.Line($"private readonly global::Daedalus.Runtime.DiscardCounter {EdgeNames.Discard(node, port)} = new({SourceFile.Literal(node.Name + "." + port.Name)});");
        }
        foreach (var node in graph.HasByteStreams ? [] : graph.Nodes.Where(n => n.Node.IsFlatMap))
        {
            foreach (var port in node.Node.Outputs)
            {
                writer.Line($"private readonly global::Daedalus.OutPort<{port.ItemType}> {EdgeNames.OutPort(node, port)} = new({SourceFile.Literal(port.Name)});");
            }
        }
        // The compiled run deals round-robin items itself, except in byte-stream graphs, which always run on an executor.
        foreach (var output in graph.HasByteStreams ? [] : graph.RoundRobin)
        {
            if (!WritesThroughPorts(graph.Nodes[output.Node].Node)) writer.Line($"private int {EdgeNames.RoundRobin(graph.Nodes[output.Node], output.Port)};");
        }
        writer.Line($"private readonly global::Daedalus.Runtime.EdgeBuffer[] __edges;");
        writer.Line($"private readonly global::Daedalus.Runtime.DiscardCounter[] __discards;");
        if (HasCompiledRun(graph)) writer.Line("private readonly global::Daedalus.Runtime.CompiledRun __run;");
        writer.Line($"private readonly global::Daedalus.Runtime.RunGuard __guard = new({SourceFile.Literal(graph.ClassName)});");
        writer.Line($"private global::Daedalus.Runtime.RuntimeGraph? {RuntimeGraphEmitter.Field};");
        writer.Line();
    }

    /// <summary>Function-node outputs with no edge: their items are counted, not dropped silently (a flat-map's <c>OutPort&lt;T&gt;</c> counts its own).</summary>
    internal static System.Collections.Generic.IEnumerable<(GraphNode Node, PortModel Port)> Discards(GraphModel graph)
    {
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            if (WritesThroughPorts(node.Node)) continue;
            foreach (var port in node.Node.Outputs)
            {
                if (!graph.EdgesFrom(n, port.Name).Any()) yield return (node, port);
            }
        }
    }

    /// <summary>The constructor; an invalid graph's (<paramref name="analysis"/> null) only assigns the node properties.</summary>
    internal static void EmitConstructor(CodeWriter writer, GraphModel graph, GraphAnalysisResult? analysis)
    {
        if (graph.Withholds(GraphMemberNames.Constructor)) return;
        writer.Line($"/// <summary>Creates the graph. A node left <see langword=\"null\"/> is created as written in <c>Define</c>.</summary>");
        writer.Line(SourceFile.GeneratedCode);
        var parameters = string.Join(", ", graph.Nodes.Select(n => $"{n.Node.TypeName}? {Parameter(n)} = null"));
        using (writer.Block($"public {graph.ClassName}({parameters})"))
        {
            // 'this.' because a parameter may have the property's name (a node named in PascalCase).
            // Node expressions are copied under the nullable setting they were written under.
            string? nullable = null;
            foreach (var node in graph.Nodes.Where(n => !n.PropertyCollides))
            {
                if (node.CreationNullable != nullable) writer.Line("#nullable " + (node.CreationNullable ?? "enable"));
                nullable = node.CreationNullable;
                writer.Line($"this.{node.PropertyName} = {Parameter(node)} ?? {node.Creation};");
            }
            if (nullable is not null) writer.Line("#nullable enable");
            if (analysis is not null) EmitWiring(writer, graph, analysis);
        }
        writer.Line();
        if (analysis is null || !BindsPorts(graph)) return;
        EmitPortBindings(writer, graph);
        writer.Line();
    }

    /// <summary>The rest of a valid graph's constructor: the shared-instance check, the edge lists and the port bindings.</summary>
    private static void EmitWiring(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        var sharable = graph.Nodes.Where(n => n.MayShareInstance).ToList();
        if (sharable.Count > 1)
        {
            // A caller could pass one instance for two of these nodes; a node instance is one node.
            var names = string.Join(", ", sharable.Select(n => SourceFile.Literal(n.Name)));
            var nodes = string.Join(", ", sharable.Select(n => "this." + n.PropertyName));
            writer.Line($"global::Daedalus.Runtime.NodeInstances.ThrowIfShared({SourceFile.Literal(graph.ClassName)}, new[] {{ {names} }}, new object[] {{ {nodes} }});");
        }
        var queued = QueuedEdges(graph, analysis);
        var discards = graph.HasByteStreams ? Enumerable.Empty<string>() : Discards(graph).Select(d => EdgeNames.Discard(d.Node, d.Port));
        writer.Line($"__edges = {ArrayOf("global::Daedalus.Runtime.EdgeBuffer", queued.Select(EdgeNames.Field))};");
        writer.Line($"__discards = {ArrayOf("global::Daedalus.Runtime.DiscardCounter", discards)};");
        if (HasCompiledRun(graph)) writer.Line("__run = new(Plan, __edges, __discards);");
        if (BindsPorts(graph)) writer.Line("__BindPorts();");
    }

    /// <summary>
    /// Binds port nodes' port properties and flat-maps' <c>OutPort&lt;T&gt;</c> arguments to this graph's edge fields:
    /// at construction, and again at the start of each serial run, since a run on an executor binds port
    /// properties to the executor's own queues (and a round-robin port starts each run at its first edge).
    /// </summary>
    private static void EmitPortBindings(CodeWriter writer, GraphModel graph)
    {
        writer.Line("/// <summary>Binds the port nodes and flat-maps to this graph's edges (an executor run binds them to its own).</summary>");
        using var body = writer.Block("private void __BindPorts()");
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            if (node.Node.IsFlatMap)
            {
                foreach (var output in node.Node.Outputs)
                {
                    var edges = graph.EdgesFrom(n, output.Name);
                    var fanOut = graph.IsRoundRobin(n, output.Name) ? "global::Daedalus.FanOut.RoundRobin, " : "";
                    writer.Line($"{EdgeNames.OutPort(node, output)}.Bind({fanOut}{string.Join(", ", edges.Select(EdgeNames.Field))});");
                }
                continue;
            }
            if (node.Node.Shape != NodeShape.Ports) continue;
            foreach (var input in node.Node.Inputs)
            {
                var edges = graph.EdgesInto(n, input.Name);
                writer.Line($"{node.PropertyName}.{SourceFile.Identifier(input.Member)}.Bind({string.Join(", ", edges.Select(EdgeNames.Field))});");
            }
            foreach (var output in node.Node.Outputs)
            {
                var edges = graph.EdgesFrom(n, output.Name);
                var fanOut = graph.IsRoundRobin(n, output.Name) ? "global::Daedalus.FanOut.RoundRobin, " : "";
                writer.Line($"{node.PropertyName}.{SourceFile.Identifier(output.Member)}.Bind({fanOut}{string.Join(", ", edges.Select(EdgeNames.Field))});");
            }
        }
    }

    internal static void EmitNodeProperties(CodeWriter writer, GraphModel graph)
    {
        foreach (var node in graph.Nodes.Where(n => !n.PropertyCollides))
        {
            writer.Line($"/// <summary>The node '{node.Name}' ({SourceFile.XmlDocType(node.Node.TypeName)}).</summary>");
            writer.Line($"public {node.Node.TypeName} {node.PropertyName} {{ get; }}");
            writer.Line();
        }
    }

    private static string Parameter(GraphNode node) => "@" + node.Name;

    private static string ArrayOf(string type, System.Collections.Generic.IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", list)} }}";
    }
}
