namespace Daedalus.Runtime.Tests.Execution;

/// <summary>
/// Every executor gives the same sink results on every shape, on FIFO and on capacity-1 blocking edges.
/// Each run is guarded, so this is also the deadlock suite: a shape that hangs fails its test.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class ExecutorEquivalenceTests
{
    private static readonly EdgePolicy Tight = Edge.Bounded(1);

    public static TheoryData<string, bool> AllWithPolicies()
    {
        var data = new TheoryData<string, bool>();
        foreach (var executor in Executors.All)
        {
            data.Add(executor, false);
            data.Add(executor, true);
        }
        return data;
    }

    private static EdgePolicy? Policy(bool tight) => tight ? Tight : null;

    [Theory]
    [MemberData(nameof(AllWithPolicies))]
    public void Chain(string executor, bool tight)
    {
        var (graph, sink) = Shapes.Chain(3000, 5, Policy(tight));
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(5, 3000).Select(i => (long)i), sink.Items);
        Assert.True(result.Succeeded);
        Assert.All(result.Edges, e => Assert.Equal(3000, e.Delivered));
        Assert.Equal(3000, result.Node("collect").Firings);
        if (tight) Assert.All(result.Edges, e => Assert.True(e.PeakDepth <= 1, e.ToString()));
    }

    [Theory]
    [MemberData(nameof(AllWithPolicies))]
    public void Diamond(string executor, bool tight)
    {
        var (graph, sink) = Shapes.Diamond(2000, Policy(tight));
        Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(0, 2000).Select(x => (x * 3L + 1) * 1000 + x + 1), sink.Items);
    }

    [Theory]
    [MemberData(nameof(AllWithPolicies))]
    public void Fan_in_from_many_sources(string executor, bool tight)
    {
        var (graph, sink) = Shapes.FanIn(8, 500, Policy(tight));
        var result = Executors.Run(graph, executor);

        var items = sink.Items;
        var expected = Enumerable.Range(0, 8).SelectMany(s => Enumerable.Range(0, 500).Select(i => i + s * 1_000_000L));
        Assert.Equal(expected.Order(), items.Order());
        for (var s = 0; s < 8; s++)
        {
            // Items from one source keep their order, whatever the interleaving.
            var source = s;
            Assert.Equal(Enumerable.Range(0, 500).Select(i => i + source * 1_000_000L), items.Where(x => x / 1_000_000 == source));
        }
        Assert.True(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(AllWithPolicies))]
    public void Round_robin(string executor, bool tight)
    {
        var (graph, sink) = Shapes.RoundRobin(999, Policy(tight));
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(0, 999).Select(x => x * 3L + 1), sink.Items.Order());
        Assert.All(result.Nodes.Where(n => n.Name.StartsWith("map", StringComparison.Ordinal)), n => Assert.Equal(333, n.Firings));
    }

    [Theory]
    [MemberData(nameof(AllWithPolicies))]
    public void Port_node_router(string executor, bool tight)
    {
        var (graph, even, odd) = Shapes.Routed(1001, Policy(tight));
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(0, 501).Select(x => x * 2L), even.Items);
        Assert.Equal(Enumerable.Range(0, 500).Select(x => x * 2L + 1), odd.Items);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_port_node_without_inputs_fires_once(string executor)
    {
        var graph = new RuntimeGraph("burst");
        var burst = graph.Add(new Burst(300));
        var map = graph.Add(new Map());
        var sink = new Collect();
        graph.Connect(burst.Output, map.In);
        graph.Connect(map.Out, graph.Add(sink).In);
        var result = Executors.Run(graph, executor);

        Assert.Equal(1, result.Node("burst").Firings);
        Assert.Equal(Enumerable.Range(0, 300).Select(x => x * 3L + 1), sink.Items);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_zip_whose_inputs_differ_in_length_leaves_the_rest_queued(string executor)
    {
        var graph = new RuntimeGraph("uneven");
        var zip = graph.Add(new Zip());
        var sink = new Collect();
        graph.Connect(graph.Add(new Numbers(10), "long").Output, zip.Left, Tight);
        graph.Connect(graph.Add(new Numbers(4), "short").Output, zip.Right);
        graph.Connect(zip.Out, graph.Add(sink).In);
        var result = Executors.Run(graph, executor, throwOnFailure: false);

        Assert.Equal([0L, 1001, 2002, 3003], sink.Items);
        Assert.False(result.Succeeded);
        Assert.True(result.Edge("long.Output->zip.Left").LeftQueued > 0);
        Assert.Throws<GraphRunException>(() => Executors.Run(graph, executor));
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_graph_runs_again_with_fresh_queues(string executor)
    {
        var (graph, sink) = Shapes.Chain(100, 2);
        for (var run = 0; run < 3; run++) Executors.Run(graph, executor);

        Assert.Equal(300, sink.Items.Count);
        Assert.Equal(sink.Items.Take(100), sink.Items.Skip(200));
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void Latest_edges_deliver_the_newest_items_in_order(string executor)
    {
        var (graph, sink) = Shapes.Chain(5000, 2, Edge.Latest);
        var result = Executors.Run(graph, executor);

        var items = sink.Items;
        Assert.NotEmpty(items);
        Assert.Equal(items.Order(), items);
        Assert.Equal(items.Distinct(), items);
        Assert.Equal(5001, items[^1]); // the last item always arrives: nothing newer replaces it
        Assert.Equal(5000, items.Count + result.Edges.Sum(e => e.DroppedOldest));
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void A_long_stream_keeps_its_order_through_unbounded_pipelined_edges(string executor)
    {
        // Long enough for the linked FIFO queues to grow to full-size segments and recycle them.
        var (graph, sink) = Shapes.Diamond(200_000);
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(0, 200_000).Select(x => (x * 3L + 1) * 1000 + x + 1), sink.Items);
        Assert.All(result.Edges, e => Assert.Equal(200_000, e.Delivered));
    }
}
