using Daedalus.Runtime;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests.Adapters;

/// <summary>Function and sink nodes, fired through their generated adapters.</summary>
public sealed class FunctionAdapterTests
{
    [Fact]
    public void Function_adapter_describes_the_node_and_its_ports()
    {
        var node = new Scale();
        var adapter = AdapterHarness.Adapt(node);
        Assert.Same(node, adapter.Node);
        Assert.Equal(NodeKind.Function, adapter.Kind);
        Assert.Equal("Daedalus.Tests.Nodes.Scale", adapter.TypeName);
        Assert.Equal(["Value"], adapter.Inputs.Select(i => i.Name));
        Assert.Equal(["Output"], adapter.Outputs.Select(o => o.Name));
        Assert.Equal("int", adapter.Inputs[0].ItemTypeName);
        Assert.False(adapter.HasLifecycleHooks);
        Assert.False(adapter.IsExhausted);
    }

    [Fact]
    public void Function_adapter_fires_once_per_item_until_its_input_is_empty()
    {
        var adapter = AdapterHarness.Adapt(new Scale { Factor = 3 });
        var input = adapter.Feed("Value", 1, 2, 3);
        var output = adapter.Collect<int>("Output");

        Assert.Equal(3, adapter.FireAll());
        Assert.Equal([3, 6, 9], output.Drain());
        Assert.Equal(0, input.Count);
        Assert.False(adapter.TryFire(AdapterHarness.NoRetry));
    }

    [Fact]
    public void Two_input_node_fires_only_when_both_inputs_have_an_item()
    {
        var adapter = AdapterHarness.Adapt(new Add());
        var left = adapter.Feed("Left", 1, 2);
        adapter.Feed("Right", 10);
        var output = adapter.Collect<int>("Output");

        Assert.Equal(1, adapter.FireAll());
        Assert.Equal([11], output.Drain());
        Assert.Equal(1, left.Count);
    }

    [Fact]
    public void Fan_in_input_takes_from_its_edges_in_binding_order()
    {
        var adapter = AdapterHarness.Adapt(new AddOne());
        var first = new BoundedRing<int>("a->addOne.Value", 4, Overflow.Block);
        var second = new FifoQueue<int>("b->addOne.Value");
        first.Write(1);
        second.Write(100);
        first.Write(2);
        adapter.Input<int>("Value").Bind(first, second);
        var output = adapter.Collect<int>("Output");

        adapter.FireAll();
        Assert.Equal([2, 3, 101], output.Drain());
    }

    [Fact]
    public void Tuple_node_writes_each_element_to_its_own_output()
    {
        var adapter = AdapterHarness.Adapt(new DivMod { Divisor = 4 });
        adapter.Feed("Value", 9, 6);
        var quotients = adapter.Collect<int>("Quotient");
        var remainders = adapter.Collect<int>("Remainder");

        adapter.FireAll();
        Assert.Equal([2, 1], quotients.Drain());
        Assert.Equal([1, 2], remainders.Drain());
    }

    [Fact]
    public void Sink_adapter_consumes_every_item()
    {
        var sum = new Sum();
        var adapter = AdapterHarness.Adapt(sum);
        adapter.Feed("Value", 1, 2, 3, 4);

        Assert.Equal(NodeKind.Sink, adapter.Kind);
        Assert.Empty(adapter.Outputs);
        Assert.Equal(4, adapter.FireAll());
        Assert.Equal(10, sum.Total);
    }

    [Fact]
    public void Generic_node_adapter_is_typed_by_the_type_argument()
    {
        var adapter = AdapterHarness.Adapt(new Tag<int> { Label = "#" });
        adapter.Feed("Value", 1, 2);
        var output = adapter.Collect<string>("Output");

        adapter.FireAll();
        Assert.Equal(["#1", "#2"], output.Drain());
        Assert.Equal("string", adapter.Outputs[0].ItemTypeName);
    }

    [Fact]
    public void Async_function_is_waited_for_on_the_firing_thread()
    {
        var adapter = AdapterHarness.Adapt(new SlowSquare());
        adapter.Feed("Value", 2, 3);
        var output = adapter.Collect<int>("Output");

        adapter.FireAll();
        Assert.Equal([4, 9], output.Drain());
    }

    [Fact]
    public void Output_without_an_edge_counts_what_it_discards()
    {
        var adapter = AdapterHarness.Adapt(new DivMod());
        adapter.Feed("Value", 1, 2, 3);
        adapter.Collect<int>("Quotient");

        adapter.FireAll();
        Assert.Equal(3, adapter.Outputs.Single(o => o.Name == "Remainder").Discarded);
    }

    [Fact]
    public void CreatePorts_hands_out_references_that_carry_the_owner()
    {
        var owner = new object();
        var ports = ((IRuntimeNode<Scale.Ports>)new Scale()).CreatePorts(owner);

        Assert.Same(owner, ports.Value.Owner);
        Assert.Equal("Value", ports.Value.Port);
        Assert.Same(owner, ports.Output.Owner);
        Assert.Equal("Output", ports.Output.Port);
    }
}
