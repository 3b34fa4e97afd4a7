using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// The generated side of GPU segments: one <c>GraphicsDevice</c> field per segment, chosen once (the first
/// run, or the first read of <c>Devices</c>) with the segment's placement, and the <c>GpuSetting</c> and
/// <c>Devices</c> properties. Graphs without GPU nodes get none of it and need no reference to Daedalus.Shaders.
/// </summary>
internal static class SegmentDevices
{
    public const string Device = "global::Daedalus.Shaders.GraphicsDevice";
    public const string Select = "__SelectDevices";

    public static bool Any(GraphAnalysisResult analysis) => analysis.Segments.Count > 0;

    /// <summary>What node <paramref name="n"/> of the compiled serial run gets for a <c>GraphicsDevice</c> parameter.</summary>
    public static string For(GraphAnalysisResult analysis, int n) => analysis.SegmentOf(n)!.DeviceField + "!";

    /// <summary>The same public members for an invalid graph with GPU nodes: <c>Devices</c> throws <paramref name="error"/>.</summary>
    public static void EmitInvalidMembers(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis, string error)
    {
        // DAE0012: the project cannot see Daedalus.Shaders, so the members could not name its types.
        if (!Any(analysis) || analysis.Problems.Any(p => p.Id == "DAE0012")) return;
        if (!graph.Withholds("GpuSetting"))
        {
            writer.Line("/// <summary>How this graph chooses its GPU segments' devices (unused: the graph is invalid).</summary>");
            writer.Line("public string? GpuSetting { get; set; }");
            writer.Line();
        }
        if (!graph.Withholds("Devices"))
        {
            writer.Line("/// <summary>The device of each GPU segment (throws: the graph is invalid).</summary>");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {Device}> Devices => throw {error};");
            writer.Line();
        }
    }

    public static void EmitMembers(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        if (!Any(analysis)) return;
        foreach (var segment in analysis.Segments)
        {
            var nodes = string.Join(", ", segment.Nodes.Select(n => graph.Nodes[n].Name));
            writer.Line($"/// <summary>The device of GPU segment {segment.Name} ({nodes}; {segment.Placement}); null until chosen.</summary>");
            writer.Line($"private {Device}? {segment.DeviceField};");
        }
        writer.Line("private readonly global::System.Threading.Lock __devicesLock = new();");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// How this graph chooses its GPU segments' devices, as <c>DAEDALUS_GPU</c> spells it (auto, cpu, vulkan,");
        writer.Line("/// vulkan:&lt;index&gt;); null reads the environment variable. Read when the devices are first chosen.");
        writer.Line("/// </summary>");
        writer.Line("public string? GpuSetting { get; set; }");
        writer.Line();
        writer.Line("/// <summary>The device that runs each GPU segment, by segment name (as in <c>Plan.Segments</c>); chosen on first use.</summary>");
        using (writer.Block($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {Device}> Devices"))
        {
            using (writer.Block("get"))
            {
                writer.Line($"{Select}();");
                writer.Line($"return new global::System.Collections.Generic.Dictionary<string, {Device}>");
                writer.Line("{");
                foreach (var segment in analysis.Segments)
                    writer.Line($"    [{SourceFile.Literal(segment.Name)}] = {segment.DeviceField}!,");
                writer.Line("};");
            }
        }
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Chooses each segment's device once: GPU-preferred segments fall back to the CPU device with one logged");
        writer.Line("/// warning, GPU-required ones throw <see cref=\"global::Daedalus.Shaders.GpuUnavailableException\"/> saying what is missing.");
        writer.Line("/// </summary>");
        using (writer.Block($"private void {Select}()"))
        {
            using (writer.Block("lock (__devicesLock)"))
            {
                foreach (var segment in analysis.Segments)
                {
                    var arguments = $"{SourceFile.Literal(graph.ClassName)}, {SourceFile.Literal(segment.Name)}, global::Daedalus.NodePlacement.{segment.Placement}, GpuSetting";
                    writer.Line($"{segment.DeviceField} ??= {Device}.SelectForSegment({arguments});");
                }
            }
        }
        writer.Line();
    }
}
