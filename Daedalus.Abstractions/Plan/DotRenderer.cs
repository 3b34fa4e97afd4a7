using System.Text;

namespace Daedalus;

/// <summary>Draws a <see cref="GraphPlan"/> in Graphviz DOT.</summary>
internal static class DotRenderer
{
    public static string Render(GraphPlan plan)
    {
        var text = new StringBuilder();
        text.Append($"digraph \"{plan.Name}\" {{\n");
        text.Append("    rankdir=LR;\n");
        text.Append("    node [fontname=\"Helvetica\"];\n");
        foreach (var node in plan.Nodes)
        {
            var shape = node.Kind switch
            {
                NodeKind.Source => "invhouse",
                NodeKind.Sink => "house",
                NodeKind.Port => "component",
                _ => "box",
            };
            var placement = node.Placement == NodePlacement.Cpu ? "" : $"\\n{MermaidRenderer.Placement(node.Placement)}";
            text.Append($"    \"{node.Name}\" [shape={shape}, label=\"{node.Name}\\n{Escape(node.Type)}{placement}\"];\n");
        }
        foreach (var segment in plan.Segments)
        {
            text.Append($"    subgraph \"cluster_{segment.Name}\" {{\n");
            text.Append($"        label=\"{segment.Name} · {MermaidRenderer.Placement(segment.Placement)}\";\n");
            text.Append("        style=dashed;\n");
            foreach (var node in segment.Nodes) text.Append($"        \"{node}\";\n");
            text.Append("    }\n");
        }
        foreach (var edge in plan.Edges)
        {
            var label = $"{edge.FromPort} → {edge.ToPort}";
            if (!edge.IsFused) label += $"\\n{edge.Policy}";
            if (edge.FanOut == FanOut.RoundRobin) label += "\\nround-robin";
            var style = edge.IsFused ? ", style=bold" : "";
            text.Append($"    \"{edge.FromNode}\" -> \"{edge.ToNode}\" [label=\"{Escape(label)}\"{style}];\n");
        }
        text.Append("}\n");
        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("\"", "\\\"", StringComparison.Ordinal);
}
