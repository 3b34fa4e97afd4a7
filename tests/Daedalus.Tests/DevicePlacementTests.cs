using Daedalus.Runtime;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests;

/// <summary>
/// Run-time graphs place nodes on devices without the shader library: the engine sees an <see cref="IComputeDevice"/>,
/// hands it to the node's context and names it in the run results.
/// </summary>
public sealed class DevicePlacementTests
{
    private sealed class FakeDevice : IComputeDevice
    {
        public string DisplayName => "Fake: test accelerator";

        public bool IsGpu => true;
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_placed_node_sees_its_device_and_the_results_name_it(string executor)
    {
        var device = new FakeDevice();
        var graph = new RuntimeGraph("placed");
        var probe = new DeviceProbe();
        var source = graph.Add(new Nodes.Range { From = 1, To = 4 }, "source");
        var onDevice = graph.Add(probe, "onDevice");
        var sink = graph.Add(new Collect<int>(), "sink");
        graph.Connect(source.Output, onDevice.Value);
        graph.Connect(onDevice.Output, sink.Item);
        graph.Place("onDevice", device);

        var result = graph.Run(new RunOptions { Executor = Create(executor) });

        Assert.True(result.Succeeded);
        Assert.Equal(["Fake: test accelerator"], probe.Devices.Distinct());
        Assert.Equal(device.DisplayName, result.Node("onDevice").Device);
        Assert.Null(result.Node("source").Device);
        var table = result.ToTable().Split('\n');
        Assert.EndsWith("Device", table[2]);
        Assert.Contains(table, line => line.StartsWith("onDevice", StringComparison.Ordinal) && line.EndsWith("Fake: test accelerator", StringComparison.Ordinal));
        Assert.Contains(table, line => line.StartsWith("sink", StringComparison.Ordinal) && line.EndsWith("-", StringComparison.Ordinal));
    }

    [Fact]
    public void Placing_an_unknown_node_is_refused()
    {
        var graph = new RuntimeGraph("placed");
        var error = Assert.Throws<ArgumentException>(() => graph.Place("nowhere", new FakeDevice()));
        Assert.Contains("Graph 'placed' has no node 'nowhere'", error.Message);
    }

    public static TheoryData<string> Executors => new("serial", "parallel", "pipelined");

    private static Executor Create(string name) => name switch
    {
        "serial" => Executor.Serial,
        "parallel" => Executor.Parallel(),
        _ => Executor.Pipelined(),
    };
}
