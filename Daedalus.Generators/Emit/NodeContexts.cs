using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// The generated side of <c>NodeContext</c>: a graph whose nodes ask for one keeps each such node's state
/// store in a field (so state lives as long as the graph instance) and offers a <c>LoggerFactory</c> for
/// their loggers; the compiled run creates one context per node per run.
/// </summary>
internal static class NodeContexts
{
    public static bool Any(GraphModel graph) => graph.Nodes.Any(n => n.Node.UsesContext);

    public static string StateField(int n) => "__state" + n;

    /// <summary>The logger category of a node: <c>Daedalus.{graph}.{node}</c>.</summary>
    public static string Category(GraphModel graph, int n) => $"Daedalus.{graph.ClassName}.{graph.Nodes[n].Name}";

    /// <summary>Emits the state fields and the <c>LoggerFactory</c> property, when any node uses a context.</summary>
    public static void EmitMembers(CodeWriter writer, GraphModel graph)
    {
        if (!Any(graph)) return;
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            if (!graph.Nodes[n].Node.UsesContext) continue;
            writer.Line($"private readonly global::Daedalus.Runtime.NodeStateStore {StateField(n)} = new({SourceFile.Literal(graph.ClassName)}, {SourceFile.Literal(graph.Nodes[n].Name)});");
        }
        writer.Line();
        writer.Line("/// <summary>Creates the loggers of the nodes that take a <see cref=\"global::Daedalus.Runtime.NodeContext\"/>; they log nothing when it is null.</summary>");
        writer.Line("public global::Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }");
        writer.Line();
    }

    /// <summary>A new context for node <paramref name="n"/> for one run; a GPU node's carries its segment's device.</summary>
    public static string Create(GraphModel graph, GraphAnalysisResult analysis, int n, string token)
    {
        var logger = $"LoggerFactory?.CreateLogger({SourceFile.Literal(Category(graph, n))})";
        var device = analysis.SegmentOf(n) is { } segment ? ", " + segment.DeviceField : "";
        return $"new global::Daedalus.Runtime.NodeContext({SourceFile.Literal(graph.ClassName)}, {SourceFile.Literal(graph.Nodes[n].Name)}, {token}, {logger}, null, {StateField(n)}{device})";
    }

    /// <summary>
    /// The context node <paramref name="n"/>'s cleanup hook gets: its run context's logger and state, with a token
    /// that is never cancelled, so cleanup runs to the end after a cancelled run.
    /// </summary>
    public static string ForCleanup(GraphModel graph, GraphAnalysisResult analysis, int n)
    {
        var device = analysis.SegmentOf(n) is { } segment ? ", " + segment.DeviceField : "";
        return $"new global::Daedalus.Runtime.NodeContext({SourceFile.Literal(graph.ClassName)}, {SourceFile.Literal(graph.Nodes[n].Name)}, default, __context{n}!.Logger, null, {StateField(n)}{device})";
    }
}
