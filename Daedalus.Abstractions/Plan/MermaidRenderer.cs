using System.Text;

namespace Daedalus;

/// <summary>Draws a <see cref="GraphPlan"/> as a Mermaid flowchart.</summary>
internal static class MermaidRenderer
{
    public static string Render(GraphPlan plan)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        foreach (var node in plan.Nodes)
        {
            var shape = node.Kind switch
            {
                NodeKind.Source => ("([", "])"),
                NodeKind.Sink => ("[[", "]]"),
                _ => ("[", "]"),
            };
            text.Append($"    {node.Name}{shape.Item1}\"{node.Name}: {ShortType(node.Type)}{PlacementNote(node)}\"{shape.Item2}\n");
        }
        foreach (var segment in plan.Segments)
        {
            text.Append($"    subgraph {segment.Name}[\"{segment.Name} · {Placement(segment.Placement)}\"]\n");
            foreach (var node in segment.Nodes) text.Append($"        {node}\n");
            text.Append("    end\n");
        }
        foreach (var edge in plan.Edges)
        {
            var label = $"{edge.FromPort} → {edge.ToPort}";
            if (!edge.IsFused) label += $" · {edge.Policy}";
            if (edge.FanOut == FanOut.RoundRobin) label += " · round-robin";
            if (edge.IsFused) label += " · fused";
            text.Append($"    {edge.FromNode} -->|\"{label}\"| {edge.ToNode}\n");
        }
        return text.ToString();
    }

    private static string PlacementNote(PlanNode node) =>
        node.Placement == NodePlacement.Cpu ? "" : $" · {Placement(node.Placement)}";

    /// <summary>The placement as plans print it: GPU-required, GPU-preferred or CPU-only.</summary>
    internal static string Placement(NodePlacement placement) => placement switch
    {
        NodePlacement.GpuRequired => "GPU-required",
        NodePlacement.GpuPreferred => "GPU-preferred",
        _ => "CPU-only",
    };

    private static string ShortType(string type)
    {
        var generic = type.IndexOf('<');
        var head = generic < 0 ? type : type[..generic];
        var dot = head.LastIndexOf('.');
        return (dot < 0 ? type : type[(dot + 1)..]).Replace("global::", "", StringComparison.Ordinal).Replace('<', '‹').Replace('>', '›');
    }
}
