namespace Daedalus.Runtime.Tests.Execution;

/// <summary>Graphs built at run time at sizes the generator never sees, on every executor.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class LargeGraphTests
{
    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_chain_of_100_000_nodes(string executor)
    {
        var (graph, sink) = Shapes.Chain(20, 100_000);
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(100_000, 20).Select(x => (long)x), sink.Items);
        Assert.Equal(100_002, result.Nodes.Count);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void Large_pipelined_graphs_share_workers_with_blocking_edges_between_them(string executor)
    {
        // More nodes than the pipelined executor gives threads: slices of the schedule share workers, and
        // capacity-1 blocking edges cross between slices and run inside them.
        var (graph, sink) = Shapes.Chain(300, 3000, Edge.Bounded(1));
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(3000, 300).Select(x => (long)x), sink.Items);
        Assert.All(result.Edges, e => Assert.True(e.PeakDepth <= 1, e.ToString()));
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_binary_tree(string executor)
    {
        var (graph, sinks) = Shapes.BinaryTree(9, 20);
        Executors.Run(graph, executor);

        Assert.Equal(512, sinks.Count);
        for (var leaf = 0; leaf < sinks.Count; leaf++)
        {
            // Each level doubles and appends the branch bit, so leaf k holds x * 512 + k.
            var k = leaf;
            Assert.Equal(Enumerable.Range(0, 20).Select(x => x * 512L + k), sinks[leaf].Items);
        }
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_64_by_64_wavefront_grid(string executor)
    {
        var (graph, sink) = Shapes.Grid(64, 3);
        var result = Executors.Run(graph, executor);

        var (expectedGraph, expected) = Shapes.Grid(64, 3);
        Executors.Run(expectedGraph, "serial");
        Assert.Equal(expected.Items, sink.Items);
        Assert.Equal(3, sink.Items.Count);
        Assert.True(result.Succeeded);
    }

    private static (RuntimeGraph Graph, Collect Good) LongBranches(Map head, int length, long items, EdgePolicy? policy = null)
    {
        var graph = new RuntimeGraph("longBranches");
        var source = graph.Add(new Numbers(items), "source");
        var bad = graph.Add(head, "head");
        graph.Connect(source.Output, bad.In, policy);
        var output = bad.Out;
        for (var i = 0; i < length; i++)
        {
            var map = graph.Add(new Map(x => x + 1));
            graph.Connect(output, map.In, policy);
            output = map.Out;
        }
        graph.Connect(output, graph.Add(new Collect(), "badSink").In, policy);
        var good = new Collect();
        var sibling = graph.Add(new Map(), "sibling");
        graph.Connect(source.Output, sibling.In, policy);
        graph.Connect(sibling.Out, graph.Add(good, "goodSink").In, policy);
        return (graph, good);
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void Failures_are_isolated_in_sliced_pipelines(string executor)
    {
        var (graph, good) = LongBranches(Map.ThrowingOn(5), 2500, 100, Edge.Bounded(1));

        var error = Executors.RunThrows<GraphRunException>(graph, executor);

        Assert.Equal("head", Assert.Single(error.Result.Failures).Node);
        Assert.Equal(94, error.Result.Edge("source.Output->head.In").Abandoned);
        Assert.Equal(100, good.Items.Count);
        Assert.Equal(5, error.Result.Node("badSink").Firings);
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void Cancellation_stops_sliced_pipelines(string executor)
    {
        using var started = new ManualResetEventSlim();
        var (graph, _) = LongBranches(Map.Slow(started), 2500, long.MaxValue, Edge.Bounded(1));
        using var cancel = new CancellationTokenSource();
        var run = graph.RunAsync(new RunOptions { Executor = Executors.Get(executor) }, cancel.Token);
        Assert.True(started.Wait(Executors.Guard), "The slow node never fired.");
        Thread.Sleep(100);

        cancel.Cancel();
        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(Executors.Guard), "The run did not end after cancellation.");

        var result = Assert.IsType<GraphCanceledException>(run.Exception?.InnerException).Result;
        Assert.True(result.Node("head").InFlight);
        Assert.Empty(result.Failures);
    }
}
