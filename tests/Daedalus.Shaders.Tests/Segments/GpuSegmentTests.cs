using Daedalus.Runtime;
using Xunit.Abstractions;

namespace Daedalus.Shaders.Tests.Segments;

/// <summary>
/// A graph CPU source → GPU segment of two nodes → CPU sink, run on Vulkan (llvmpipe in CI) and on the forced CPU
/// device: equal results, one device per segment, buffers handed on inside the segment without a read-back.
/// </summary>
public sealed class GpuSegmentTests(ITestOutputHelper output)
{
    private static float[] Expected(float[] window) => window.Select(x => 2f * x * (2f * x) + 0.5f).ToArray();

    private static List<float[]> RunCompiled(string setting, out SignalOnGpu graph)
    {
        graph = new SignalOnGpu { GpuSetting = setting };
        graph.Run();
        return graph.Keep.Items;
    }

    [Fact]
    public void Segment_runs_on_vulkan_and_on_the_cpu_with_equal_results()
    {
        var onGpu = RunCompiled("vulkan", out var gpuGraph);
        var onCpu = RunCompiled("cpu", out var cpuGraph);
        output.WriteLine($"gpu0 ran on {gpuGraph.Devices["gpu0"]} and on {cpuGraph.Devices["gpu0"]}");

        Assert.Equal(DeviceKind.Vulkan, gpuGraph.Devices["gpu0"].Kind);
        Assert.Same(GraphicsDevice.Cpu, cpuGraph.Devices["gpu0"]);
        Assert.Equal(8, onGpu.Count);
        Assert.Equal(onCpu.Count, onGpu.Count);
        var windows = new Windows().Run().ToList();
        for (var w = 0; w < onGpu.Count; w++)
        {
            FloatCompare.Equal(Expected(windows[w]), onCpu[w]);
            FloatCompare.Equal(onCpu[w], onGpu[w]);
        }
    }

    [Theory]
    [InlineData("vulkan")]
    [InlineData("cpu")]
    public void Buffers_stay_on_the_segment_device_between_its_nodes(string setting)
    {
        RunCompiled(setting, out var graph);
        var device = graph.Devices["gpu0"];
        Assert.Equal(graph.Upload.Sent.Count, graph.Square.Received.Count);
        for (var i = 0; i < graph.Upload.Sent.Count; i++)
        {
            // The same buffer object, allocated from the segment's device: handed on, not read back and re-uploaded.
            Assert.Same(graph.Upload.Sent[i], graph.Square.Received[i]);
            Assert.Same(device, graph.Square.Received[i].Device);
        }
    }

    [Fact]
    public void Devices_are_chosen_once_per_graph_instance()
    {
        var graph = new SignalOnGpu { GpuSetting = "vulkan" };
        graph.Run();
        var first = graph.Devices["gpu0"];
        graph.Keep.Items.Clear();
        graph.Run();
        Assert.Same(first, graph.Devices["gpu0"]);
        Assert.Equal(8, graph.Keep.Items.Count);

        // Segment devices are opened once per process: another instance selecting Vulkan gets the same one.
        Assert.Same(first, new SignalOnGpu { GpuSetting = "vulkan" }.Devices["gpu0"]);
    }

    [Fact]
    public void Plan_shows_the_segment_and_placements()
    {
        var plan = SignalOnGpu.Plan;
        var segment = Assert.Single(plan.Segments);
        Assert.Equal("gpu0", segment.Name);
        Assert.Equal(NodePlacement.GpuPreferred, segment.Placement);
        Assert.Equal(["upload", "square"], segment.Nodes);
        Assert.Equal(NodePlacement.GpuPreferred, plan.Node("upload").Placement);
        Assert.Equal("gpu0", plan.Node("square").Segment);
        Assert.Equal(NodePlacement.Cpu, plan.Node("windows").Placement);
        Assert.Null(plan.Node("keep").Segment);
        Assert.Equal(NodePlacement.GpuRequired, SignalOnGpuOnly.Plan.Segment("gpu0").Placement);

        var mermaid = plan.ToMermaid();
        Assert.Contains("    subgraph gpu0[\"gpu0 · GPU-preferred\"]\n        upload\n        square\n    end\n", mermaid);
        Assert.Contains("    subgraph \"cluster_gpu0\" {\n        label=\"gpu0 · GPU-preferred\";\n", plan.ToDot());
        var json = plan.ToJson();
        Assert.Contains("\"placement\": \"GpuPreferred\"", json);
        Assert.Equal(plan.Segments.Single().Nodes, GraphPlan.FromJson(json).Segments.Single().Nodes);
    }

    [Fact]
    public void Gpu_required_segment_with_the_cpu_forced_fails_clearly()
    {
        var graph = new SignalOnGpuOnly { GpuSetting = "cpu" };
        var error = Assert.Throws<GpuUnavailableException>(() => graph.Run());
        output.WriteLine(error.Message);
        Assert.Equal("GPU segment 'gpu0' of graph 'SignalOnGpuOnly' requires a GPU: This work requires a GPU, but DAEDALUS_GPU=cpu forces the CPU.", error.Message);
        Assert.Throws<GpuUnavailableException>(() => graph.Run(new RunOptions { Executor = Executor.Pipelined() }));
        // The failed selection released the instance: a later run is not refused as "already running".
        graph.GpuSetting = "vulkan";
        graph.Run();
        Assert.Equal(8, graph.Keep.Seen.Count);
    }

    [Fact]
    public void Gpu_preferred_segment_forced_onto_a_missing_device_says_so()
    {
        var graph = new SignalOnGpu { GpuSetting = "vulkan:99" };
        var error = Assert.Throws<GpuUnavailableException>(() => graph.Run());
        Assert.StartsWith("GPU segment 'gpu0' of graph 'SignalOnGpu' has no device: ", error.Message);
        Assert.Contains("index 99 does not exist", error.Message);
    }

    [Theory]
    [InlineData("vulkan")]
    [InlineData("cpu")]
    public void Engine_path_reports_the_device_per_node(string setting)
    {
        var graph = new SignalOnGpu { GpuSetting = setting };
        var result = graph.Run(new RunOptions { Executor = Executor.Pipelined() });
        var table = result.ToTable();
        output.WriteLine(table);

        Assert.True(result.Succeeded);
        var device = graph.Devices["gpu0"].DisplayName;
        Assert.Equal(device, result.Node("upload").Device);
        Assert.Equal(device, result.Node("square").Device);
        Assert.Null(result.Node("windows").Device);
        Assert.Null(result.Node("keep").Device);
        Assert.Contains("Device", table.Split('\n')[2]);
        Assert.Contains(device, table);

        var windows = new Windows().Run().ToList();
        Assert.Equal(8, graph.Keep.Items.Count);
        for (var w = 0; w < 8; w++) FloatCompare.Equal(Expected(windows[w]), graph.Keep.Items[w]);
        for (var i = 0; i < graph.Upload.Sent.Count; i++) Assert.Same(graph.Upload.Sent[i], graph.Square.Received[i]);
    }

    [Fact]
    public void Cpu_nodes_have_no_device_in_their_context()
    {
        var graph = new SignalOnGpuOnly { GpuSetting = "vulkan" };
        graph.Run(new RunOptions { Executor = Executor.Parallel() });
        Assert.All(graph.Keep.Seen, Assert.Null);
    }
}
