using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>Compile-and-run tests: graphs declared in this project, wired by the generator, run through the public surface.</summary>
public sealed class GraphRunTests
{
    [Fact]
    public void Linear_chain_runs_every_item_through_every_node_in_order()
    {
        var graph = new LinearChain();
        graph.Run();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 2 + 1), graph.Sink.Items);
    }

    [Fact]
    public void Node_instances_passed_to_the_constructor_replace_the_defaults()
    {
        var graph = new LinearChain(scale: new Nodes.Scale { Factor = 10 });
        graph.Run();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 10 + 1), graph.Sink.Items);
    }

    [Fact]
    public void Diamond_fans_out_and_zips_both_branches_back_together()
    {
        var graph = new Diamond();
        graph.Run();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => 2 * i + (i + 1)), graph.Sink.Items);
        Assert.All(graph.Edges, edge => Assert.Equal(0, edge.Count));
    }

    [Fact]
    public void Fan_in_merges_every_item_of_every_producer()
    {
        var graph = new FanIn();
        graph.Run();
        Assert.Equal(Enumerable.Range(1, 1500).Sum(), graph.Sink.Total);
        Assert.Equal(1500, graph.Edges.Sum(e => e.Delivered));
    }

    [Fact]
    public void Tuple_outputs_feed_separate_consumers()
    {
        var graph = new MultiOutput();
        graph.Run();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i / 4), graph.Quotients.Items);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i % 4), graph.Remainders.Items);
    }

    [Fact]
    public void Generic_node_is_wired_with_the_type_argument_from_the_definition()
    {
        var graph = new GenericNodes();
        graph.Run();
        Assert.Equal(["#1", "#2", "#3"], graph.Sink.Items);
    }

    [Fact]
    public async Task Async_source_and_async_node_run_with_RunAsync()
    {
        var graph = new AsyncPipeline();
        await graph.RunAsync();
        Assert.Equal([1, 4, 9, 16, 25], graph.Sink.Items);
    }

    [Fact]
    public void Async_graph_also_runs_synchronously()
    {
        var graph = new AsyncPipeline();
        graph.Run();
        Assert.Equal([1, 4, 9, 16, 25], graph.Sink.Items);
    }

    [Fact]
    public void Bounded_block_edges_never_exceed_their_capacity_and_lose_nothing()
    {
        var graph = new BoundedPipeline();
        graph.Run();
        Assert.Equal(3L * Enumerable.Range(1, 1000).Sum(), graph.Sink.Total);
        var edges = graph.Edges.ToDictionary(e => e.Id);
        Assert.Equal(4, edges["source.Output->scale.Value"].PeakDepth);
        Assert.True(edges["scale.Output->sink.Value"].PeakDepth <= 2);
        Assert.All(graph.Edges, e => Assert.Equal(0, e.Dropped));
    }

    [Fact]
    public void Dropped_items_are_counted_on_their_edge()
    {
        var graph = new DroppingBurst();
        graph.Run();
        Assert.Equal(["w0", "w1"], graph.Sink.Items);
        var edge = Assert.Single(graph.Edges);
        Assert.Equal(3, edge.Written);
        Assert.Equal(1, edge.DroppedNewest);
        Assert.Equal(edge.Written, edge.Delivered + edge.Dropped + edge.Count);
    }

    [Fact]
    public void Port_nodes_read_and_write_any_number_of_items_per_firing()
    {
        var graph = new PortNodes();
        graph.Run();
        Assert.Equal([2, 4, 6, 8, 10], graph.Sink.Items);
    }

    [Fact]
    public void Empty_graph_runs_and_has_an_empty_plan()
    {
        new Empty().Run();
        Assert.Empty(Empty.Plan.Nodes);
        Assert.Empty(Empty.Plan.Schedule);
        Assert.True(new Empty().Run(new Runtime.RunOptions()).Succeeded);
    }

    [Fact]
    public void Single_unconnected_source_counts_what_it_discards()
    {
        var graph = new SingleNode();
        graph.Run();
        var discard = Assert.Single(graph.Discards);
        Assert.Equal("source.Output", discard.Port);
        Assert.Equal(7, discard.Count);
    }

    [Fact]
    public void Lifecycle_hooks_run_exactly_once_around_the_firings()
    {
        var graph = new Lifecycle();
        graph.Run();
        Assert.Equal(["initialize", "process 1", "process 2", "cleanup"], graph.Recorder.Calls);
        graph.Recorder.Calls.Clear();
        graph.Run();
        Assert.Equal(["initialize", "process 1", "process 2", "cleanup"], graph.Recorder.Calls);
    }

    [Fact]
    public void A_failing_node_is_named_in_the_result_and_cleanup_still_runs()
    {
        var graph = new Failing();
        var error = Assert.Throws<GraphRunException>(() => graph.Run());
        var failure = Assert.Single(error.Result.Failures);
        Assert.Equal(("fail", "process", 3), (failure.Node, failure.Phase, failure.Firing));
        Assert.IsType<InvalidOperationException>(failure.Error);
        Assert.Equal(["initialize", "process 1", "process 2", "cleanup"], graph.Recorder.Calls);
    }

    [Fact]
    public async Task Cancellation_stops_an_endless_run()
    {
        var graph = new Endless();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var error = await Assert.ThrowsAsync<GraphCanceledException>(async () => await graph.RunAsync(cancellation.Token));
        Assert.True(error.Result.Cancelled);
        Assert.NotEmpty(graph.Sink.Items);
    }

    [Fact]
    public void A_graph_instance_can_run_again()
    {
        var graph = new FanIn();
        graph.Run();
        graph.Run();
        Assert.Equal(2L * Enumerable.Range(1, 1500).Sum(), graph.Sink.Total);
    }
}

public sealed class FanOutTests
{
    [Fact]
    public void Round_robin_gives_each_item_to_one_consumer_in_turn()
    {
        var graph = new RoundRobinWork();
        graph.Run();
        Assert.Equal([1, 4, 7], graph.First.Items);
        Assert.Equal([2, 5, 8], graph.Second.Items);
        Assert.Equal([3, 6, 9], graph.Third.Items);
        Assert.All(RoundRobinWork.Plan.Edges.Where(e => e.FromNode == "scale"), e => Assert.Equal(FanOut.RoundRobin, e.FanOut));
    }

    [Fact]
    public void Round_robin_works_for_port_node_outputs()
    {
        var graph = new RoundRobinPorts();
        graph.Run();
        Assert.Equal(["w0", "w2", "w4"], graph.Left.Items);
        Assert.Equal(["w1", "w3"], graph.Right.Items);
    }

    [Fact]
    public void Broadcast_gives_every_item_to_every_consumer()
    {
        var graph = new Diamond();
        graph.Run();
        var fromSource = graph.Edges.Where(e => e.Id.StartsWith("source.", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, fromSource.Count);
        Assert.All(fromSource, e => Assert.Equal(100, e.Written));
    }
}

public sealed class HookTests
{
    [Fact]
    public void Initialize_hook_without_cleanup_runs_once_per_run()
    {
        var graph = new InitializeOnly();
        graph.Run();
        graph.Run();
        Assert.Equal(2, graph.Sink.Starts);
    }
}
