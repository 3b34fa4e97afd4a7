using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>Emits the graph's compile-time plan as a <c>Daedalus.GraphPlan</c> literal.</summary>
internal static class PlanEmitter
{
    public static void Emit(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        writer.Line("/// <summary>The compile-time plan of this graph: nodes, edges and schedule order.</summary>");
        writer.Line(SourceFile.GeneratedCode);
        writer.Line("public static global::Daedalus.GraphPlan Plan { get; } = new(");
        writer.Indent();
        writer.Line($"{SourceFile.Literal(graph.ClassName)},");
        writer.Line("new global::Daedalus.PlanNode[]");
        writer.Line("{");
        writer.Indent();
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            var model = node.Node;
            writer.Line($"new({SourceFile.Literal(node.Name)}, {SourceFile.Literal(SourceFile.Readable(model.TypeName))}, global::Daedalus.NodeKind.{model.Kind}, {Bool(model.IsAsync)},");
            writer.Line($"    {Ports(model.Inputs)},");
            // CPU nodes leave placement and segment to the defaults, so plans of CPU-only graphs read as before.
            if (!model.IsGpuPlaced)
            {
                writer.Line($"    {Ports(model.Outputs)}),");
                continue;
            }
            writer.Line($"    {Ports(model.Outputs)},");
            writer.Line($"    global::Daedalus.NodePlacement.{model.Placement}, {SourceFile.Literal(analysis.SegmentOf(n)!.Name)}),");
        }
        writer.Outdent();
        writer.Line("},");
        writer.Line("new global::Daedalus.PlanEdge[]");
        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            var from = graph.Nodes[edge.From].Name;
            var to = graph.Nodes[edge.To].Name;
            writer.Line($"new({SourceFile.Literal(EdgeNames.Id(graph, edge))}, {SourceFile.Literal(from)}, {SourceFile.Literal(edge.FromPort)}, {SourceFile.Literal(to)}, {SourceFile.Literal(edge.ToPort)},");
            var fanOut = graph.IsRoundRobin(edge.From, edge.FromPort) ? ", global::Daedalus.FanOut.RoundRobin" : "";
            var policy = edge.IsDefault
                ? $"global::Daedalus.Edge.Default({edge.Capacity})"
                : $"new global::Daedalus.EdgePolicy(global::Daedalus.EdgeKind.{edge.Kind}, {edge.Capacity}, global::Daedalus.Overflow.{edge.Overflow})";
            writer.Line($"    {policy}, {Bool(analysis.Fused[i])}{fanOut}),");
        }
        writer.Outdent();
        writer.Line("},");
        var schedule = string.Join(", ", analysis.Schedule.Select(n => SourceFile.Literal(graph.Nodes[n].Name)));
        if (analysis.Segments.Count == 0)
        {
            writer.Line($"new string[] {{ {schedule} }});");
        }
        else
        {
            writer.Line($"new string[] {{ {schedule} }},");
            writer.Line("new global::Daedalus.PlanSegment[]");
            writer.Line("{");
            writer.Indent();
            foreach (var segment in analysis.Segments)
            {
                var nodes = string.Join(", ", segment.Nodes.Select(n => SourceFile.Literal(graph.Nodes[n].Name)));
                writer.Line($"new({SourceFile.Literal(segment.Name)}, global::Daedalus.NodePlacement.{segment.Placement}, new string[] {{ {nodes} }}),");
            }
            writer.Outdent();
            writer.Line("});");
        }
        writer.Outdent();
    }

    private static string Ports(EquatableArray<PortModel> ports) =>
        ports.Count == 0
            ? "global::System.Array.Empty<global::Daedalus.PlanPort>()"
            : "new global::Daedalus.PlanPort[] { " + string.Join(", ", ports.Select(p => $"new({SourceFile.Literal(p.Name)}, {SourceFile.Literal(SourceFile.Readable(p.ItemType))})")) + " }";

    private static string Bool(bool value) => value ? "true" : "false";
}
