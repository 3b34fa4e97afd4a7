using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits the bridge from a compiled graph to the run-time executors: <c>ToRuntimeGraph()</c>, which wires
/// this instance's nodes into a <c>RuntimeGraph</c> exactly as <c>Define</c> does, and <c>Run(RunOptions)</c> /
/// <c>RunAsync(RunOptions)</c>, which run that graph (built once) on the chosen executor. Every such graph takes
/// the one-run-at-a-time guard of the compiled serial <c>Run</c>, since they all run the same node objects.
/// </summary>
internal static class RuntimeGraphEmitter
{
    private const string RunOptions = "global::Daedalus.Runtime.RunOptions";
    private const string RunResult = "global::Daedalus.Runtime.RunResult";
    private const string RuntimeGraph = "global::Daedalus.Runtime.RuntimeGraph";
    private const string Token = "global::System.Threading.CancellationToken";

    public const string Field = "__runtimeGraph";

    public static void Emit(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        writer.Line();
        EmitRun(writer, NodeContexts.Any(graph));
        writer.Line();
        EmitToRuntimeGraph(writer, graph, analysis);
    }

    /// <summary>The same members for an invalid graph, each throwing <paramref name="error"/>, except those the user declared (DAE0013).</summary>
    public static void EmitInvalid(CodeWriter writer, GraphModel graph, string error)
    {
        if (!graph.Withholds("Run"))
        {
            writer.Line();
            writer.Line("/// <summary>Runs the graph on an executor (throws: the graph is invalid).</summary>");
            writer.Line($"public {RunResult} Run({RunOptions} options, {Token} cancellationToken = default) => throw {error};");
        }
        if (!graph.Withholds("RunAsync"))
        {
            writer.Line();
            writer.Line("/// <summary>Runs the graph on an executor (throws: the graph is invalid).</summary>");
            writer.Line($"public global::System.Threading.Tasks.Task<{RunResult}> RunAsync({RunOptions} options, {Token} cancellationToken = default) => throw {error};");
        }
        if (!graph.Withholds("ToRuntimeGraph"))
        {
            writer.Line();
            writer.Line("/// <summary>Builds the run-time graph (throws: the graph is invalid).</summary>");
            writer.Line($"public {RuntimeGraph} ToRuntimeGraph() => throw {error};");
        }
    }

    private static void EmitRun(CodeWriter writer, bool hasLoggerFactory)
    {
        // The graph's LoggerFactory applies to executor runs too, unless the options name another.
        var options = hasLoggerFactory ? "options.LoggerFactory is null && LoggerFactory is not null ? options with { LoggerFactory = LoggerFactory } : options" : "options";
        writer.Line("/// <summary>");
        writer.Line("/// Runs the graph on the executor chosen in <paramref name=\"options\"/> (serial, parallel or pipelined), with");
        writer.Line("/// its retry policies, and returns what every node and edge did. The run-time graph is built from this");
        writer.Line("/// instance's nodes on first use (see <see cref=\"ToRuntimeGraph\"/>) and shares this instance's one-run-at-a-time guard.");
        writer.Line("/// </summary>");
        writer.Line(SourceFile.GeneratedCode);
        using (writer.Block($"public {RunResult} Run({RunOptions} options, {Token} cancellationToken = default)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            writer.Line($"return ({Field} ??= ToRuntimeGraph()).Run({options}, cancellationToken);");
        }
        writer.Line();
        writer.Line("/// <summary>Runs the graph on the executor chosen in <paramref name=\"options\"/> without blocking the caller.</summary>");
        writer.Line(SourceFile.GeneratedCode);
        using (writer.Block($"public async global::System.Threading.Tasks.Task<{RunResult}> RunAsync({RunOptions} options, {Token} cancellationToken = default)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            writer.Line($"return await ({Field} ??= ToRuntimeGraph()).RunAsync({options}, cancellationToken).ConfigureAwait(false);");
        }
    }

    private static void EmitToRuntimeGraph(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Builds a run-time graph of this instance's nodes, named and connected as in <c>Define</c>, for the");
        writer.Line("/// executors in <see cref=\"global::Daedalus.Runtime.Executor\"/>. Each call builds a new graph of the same node objects,");
        writer.Line("/// so every such graph shares this instance's guard: one run at a time, whichever graph or method starts it.");
        writer.Line("/// </summary>");
        writer.Line(SourceFile.GeneratedCode);
        using (writer.Block($"public {RuntimeGraph} ToRuntimeGraph()"))
        {
            if (graph.Nodes.FirstOrDefault(n => !n.HasAdapter) is { } foreign)
            {
                var message = $"Node '{foreign.Name}' ({SourceFile.Readable(foreign.Node.TypeName)}) comes from an assembly built without Daedalus.Runtime, "
                    + "so it has no generated adapter and cannot run on an executor; reference Daedalus.Runtime from that project.";
                writer.Line($"throw new global::System.NotSupportedException({SourceFile.Literal(message)});");
                return;
            }
            if (SegmentDevices.Any(analysis)) writer.Line($"{SegmentDevices.Select}();");
            var defaults = graph.DefaultCapacity == Reading.GraphDefaults.Capacity ? "" : $" {{ DefaultCapacity = {graph.DefaultCapacity} }}";
            writer.Line($"var __graph = new {RuntimeGraph}({SourceFile.Literal(graph.ClassName)}, __guard){defaults};");
            for (var n = 0; n < graph.Nodes.Count; n++)
            {
                var node = graph.Nodes[n];
                var state = node.Node.UsesContext ? ", " + NodeContexts.StateField(n) : "";
                writer.Line($"var {Local(node)} = __graph.Add(this.{node.PropertyName}, {SourceFile.Literal(node.Name)}{state});");
            }
            foreach (var segment in analysis.Segments)
            {
                writer.Line($"// GPU segment {segment.Name}: its nodes share one device, and the buffers they pass each other stay on it.");
                foreach (var n in segment.Nodes)
                    writer.Line($"__graph.Place({SourceFile.Literal(graph.Nodes[n].Name)}, {segment.DeviceField});");
            }
            foreach (var edge in graph.Edges)
            {
                var from = $"{Local(graph.Nodes[edge.From])}.{SourceFile.Identifier(edge.FromPort)}";
                var to = $"{Local(graph.Nodes[edge.To])}.{SourceFile.Identifier(edge.ToPort)}";
                writer.Line($"__graph.Connect({from}, {to}{Policy(edge)});");
            }
            foreach (var output in graph.RoundRobin)
            {
                writer.Line($"__graph.Distribute({Local(graph.Nodes[output.Node])}.{SourceFile.Identifier(output.Port)}, global::Daedalus.FanOut.RoundRobin);");
            }
            writer.Line("return __graph;");
        }
    }

    /// <summary>The edge's policy as an argument; nothing for the graph's default.</summary>
    private static string Policy(GraphEdge edge) => edge.Kind switch
    {
        _ when edge.IsDefault => "",
        EdgeKindModel.Fifo => ", global::Daedalus.Edge.Fifo",
        EdgeKindModel.Bounded => $", global::Daedalus.Edge.Bounded({edge.Capacity}, global::Daedalus.Overflow.{edge.Overflow})",
        EdgeKindModel.Latest => ", global::Daedalus.Edge.Latest",
        EdgeKindModel.Bytes => $", global::Daedalus.Edge.Bytes({edge.Capacity})",
        _ => "",
    };

    /// <summary>The local holding a node's ports: the node's name from <c>Define</c>.</summary>
    private static string Local(GraphNode node) => SourceFile.Identifier(node.Name);

}
