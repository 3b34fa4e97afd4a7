using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits the surface of a graph with errors: the same public members as a valid graph, whose bodies throw
/// <c>InvalidGraphException</c>, so that code using the graph compiles and the build shows the DAE diagnostic.
/// Members whose names the user took (DAE0013) are left out, so that the collision is reported once.
/// </summary>
internal static class InvalidGraphEmitter
{
    public static void Emit(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        var reason = analysis.Problems.First(p => !Severity.IsWarning(p.Id));
        var error = $"new global::Daedalus.Runtime.InvalidGraphException({SourceFile.Literal(graph.ClassName)}, {SourceFile.Literal(reason.Id + ": " + reason.Message)})";
        writer.Line($"// This graph has errors ({reason.Id}); its members throw. Fix the DAE diagnostics to generate the real wiring.");
        writer.Line();
        GraphEmitter.EmitConstructor(writer, graph, analysis: null);
        if (graph.Withholds(GraphMemberNames.Constructor)) EmitThrowingNodeProperties(writer, graph, error);
        else GraphEmitter.EmitNodeProperties(writer, graph);
        SegmentDevices.EmitInvalidMembers(writer, graph, analysis, error);
        if (!graph.Withholds("Edges"))
        {
            writer.Line("/// <summary>The queued edges of this graph (none: the graph is invalid).</summary>");
            writer.Line("public global::System.Collections.Generic.IReadOnlyList<global::Daedalus.Runtime.EdgeBuffer> Edges => global::System.Array.Empty<global::Daedalus.Runtime.EdgeBuffer>();");
            writer.Line();
        }
        if (!graph.Withholds("Discards"))
        {
            writer.Line("/// <summary>Unconnected outputs (none: the graph is invalid).</summary>");
            writer.Line("public global::System.Collections.Generic.IReadOnlyList<global::Daedalus.Runtime.DiscardCounter> Discards => global::System.Array.Empty<global::Daedalus.Runtime.DiscardCounter>();");
            writer.Line();
        }
        if (!graph.Withholds("Plan"))
        {
            writer.Line("/// <summary>The plan (unavailable: the graph is invalid).</summary>");
            writer.Line($"public static global::Daedalus.GraphPlan Plan => throw {error};");
            writer.Line();
        }
        if (!graph.Withholds("Run"))
        {
            writer.Line("/// <summary>Runs the graph (throws: the graph is invalid).</summary>");
            writer.Line($"public void Run(global::System.Threading.CancellationToken cancellationToken = default) => throw {error};");
            writer.Line();
            writer.Line("/// <summary>Runs the graph, reporting progress (throws: the graph is invalid).</summary>");
            writer.Line($"public void Run({RunEmitter.ProgressParameters}) => throw {error};");
            writer.Line();
        }
        if (!graph.Withholds("RunAsync"))
        {
            writer.Line("/// <summary>Runs the graph (throws: the graph is invalid).</summary>");
            writer.Line($"public global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default) => throw {error};");
        }
        RuntimeGraphEmitter.EmitInvalid(writer, graph, error);
    }

    /// <summary>
    /// The node properties of an invalid graph whose constructor the user declared (DAE0013): nothing assigns them,
    /// so they throw like the rest of the surface.
    /// </summary>
    private static void EmitThrowingNodeProperties(CodeWriter writer, GraphModel graph, string error)
    {
        foreach (var node in graph.Nodes.Where(n => !n.PropertyCollides))
        {
            writer.Line($"/// <summary>The node '{node.Name}' ({SourceFile.XmlDocType(node.Node.TypeName)}; throws: the graph is invalid).</summary>");
            writer.Line($"public {node.Node.TypeName} {node.PropertyName} => throw {error};");
            writer.Line();
        }
    }
}
