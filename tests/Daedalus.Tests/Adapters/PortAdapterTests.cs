using Daedalus.Runtime;
using Daedalus.Tests.Graphs;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests.Adapters;

/// <summary>Port nodes: bound to the executor's edges in Open, fired while their inputs have items.</summary>
public sealed class PortAdapterTests
{
    [Fact]
    public void Open_binds_the_port_properties_to_the_adapters_edges()
    {
        var node = new Evens();
        var adapter = AdapterHarness.Adapt(node);
        var input = adapter.Feed("Numbers", 1, 2, 3, 4);
        var output = adapter.Collect<int>("Even");
        Assert.Equal(NodeKind.Port, adapter.Kind);

        adapter.Open(AdapterHarness.Context());
        Assert.Equal(4, node.Numbers.Count);
        Assert.True(node.Even.IsConnected);

        Assert.True(adapter.TryFire(AdapterHarness.NoRetry));
        Assert.Equal(0, input.Count);
        Assert.Equal([2, 4], output.Drain());
        Assert.False(adapter.TryFire(AdapterHarness.NoRetry));
        Assert.False(adapter.IsExhausted);
    }

    [Fact]
    public void Port_node_without_inputs_fires_once_per_run()
    {
        var adapter = AdapterHarness.Adapt(new Burst { Count = 2 });
        var output = adapter.Collect<string>("Words");

        for (var run = 0; run < 2; run++)
        {
            adapter.Open(AdapterHarness.Context());
            Assert.False(adapter.IsExhausted);
            Assert.True(adapter.TryFire(AdapterHarness.NoRetry));
            Assert.True(adapter.IsExhausted);
            Assert.False(adapter.TryFire(AdapterHarness.NoRetry));
            adapter.Close();
        }
        Assert.Equal(["w0", "w1", "w0", "w1"], output.Drain());
    }

    [Fact]
    public void Port_node_output_keeps_the_round_robin_fan_out_of_its_slot()
    {
        var adapter = AdapterHarness.Adapt(new Burst { Count = 5 });
        var left = new FifoQueue<string>("burst.Words->left.Item");
        var right = new BoundedRing<string>("burst.Words->right.Item", 8, Overflow.Error);
        adapter.Output<string>("Words").Bind(FanOut.RoundRobin, left, right);

        adapter.Open(AdapterHarness.Context());
        adapter.FireAll();
        Assert.Equal(["w0", "w2", "w4"], left.Drain());
        Assert.Equal(["w1", "w3"], right.Drain());
    }

    [Fact]
    public void Serial_run_binds_port_nodes_back_to_its_own_edges()
    {
        var graph = new PortNodes();
        var adapter = AdapterHarness.Adapt(graph.Evens);
        adapter.Feed("Numbers", 100);
        adapter.Collect<int>("Even");
        adapter.Open(AdapterHarness.Context());

        graph.Run();
        Assert.Equal([2, 4, 6, 8, 10], graph.Sink.Items);
    }
}
