using System.Threading.Channels;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests.Live;

public sealed class LiveControlTests
{
    /// <summary>feed → double → sink, the edge into the sink with <paramref name="policy"/>.</summary>
    private static (RuntimeGraph Graph, Feed<long> Feed, Collect Sink) Fed(EdgePolicy policy, int feedCapacity = 4)
    {
        var graph = new RuntimeGraph("fed");
        var feed = new Feed<long>(feedCapacity);
        var sink = new Collect();
        var map = graph.Add(new Map(x => x * 2), "double");
        graph.Connect(graph.Add(feed, "input").Output, map.In, Edge.Bounded(2));
        graph.Connect(map.Out, graph.Add(sink, "sink").In, policy);
        return (graph, feed, sink);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_paused_node_fills_its_input_and_holds_its_producers_back_until_resumed(int? workers)
    {
        var (graph, feed, sink) = Fed(Edge.Bounded(8));
        var live = graph.Start(new LiveOptions { Workers = workers });
        live.Pause("sink");
        var writing = Task.Run(async () =>
        {
            for (long i = 0; i < 100; i++) await feed.Writer.WriteAsync(i);
        });

        // 8 on the sink's edge, 2 on the map's, 4 in the feed; the writer waits for the rest.
        await Eventually.True(() => Depth(live, "double.Out->sink.In") == 8);
        await Task.Delay(50);
        Assert.False(writing.IsCompleted);
        Assert.Equal(8, Depth(live, "double.Out->sink.In"));
        Assert.Empty(sink.Items);
        Assert.Equal(0, live.NodeStatus("sink").Firings);

        live.Resume("sink");
        await writing.WaitAsync(Eventually.Guard);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);
        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * 2L), sink.Items);
        Assert.Equal(0, result.Accounting.Lost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_paused_node_behind_a_dropping_edge_lets_its_producer_run_and_the_drops_are_counted(int? workers)
    {
        var (graph, feed, sink) = Fed(Edge.Bounded(4, Overflow.DropOldest));
        var live = graph.Start(new LiveOptions { Workers = workers });
        live.Pause();
        live.Resume("input");
        live.Resume("double");
        for (long i = 0; i < 100; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => live.NodeStatus("double").Firings == 100);
        live.Resume("sink");

        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal([192L, 194, 196, 198], sink.Items);
        Assert.Equal(96, result.Run.Edge("double.Out->sink.In").DroppedOldest);
        Assert.Equal(96, result.Accounting.Dropped);
        Assert.Equal(0, result.Accounting.Lost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_manual_node_fires_once_per_trigger_and_a_continuous_one_at_most_once_per_interval(int? workers)
    {
        var (graph, feed, sink) = Fed(Edge.Fifo, feedCapacity: 64);
        var started = DateTime.UtcNow;
        var live = graph.Start(new LiveOptions
        {
            Workers = workers,
            Modes = new Dictionary<string, NodeMode> { ["sink"] = NodeMode.Manual, ["double"] = NodeMode.Continuous(TimeSpan.FromMilliseconds(20)) },
        });
        for (long i = 0; i < 10; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => live.NodeStatus("double").Firings >= 3);
        Assert.Empty(sink.Items);

        live.Trigger("sink", 2);
        await Eventually.True(() => sink.Items.Count == 2);
        await Task.Delay(30);
        var firings = live.NodeStatus("double").Firings;

        Assert.Equal([0L, 2], sink.Items);
        // Load can only make it fire less often: one firing per 20 ms since the start, plus the first.
        Assert.True(firings <= 1 + (DateTime.UtcNow - started).TotalMilliseconds / 20, $"{firings} firings");
        Assert.Throws<InvalidOperationException>(() => live.Trigger("double"));
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);
        Assert.Equal(Enumerable.Range(0, 10).Select(x => x * 2L), sink.Items);
        Assert.Equal(0, result.Accounting.Lost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_ticker_ticks_in_a_live_graph_and_in_a_run_to_completion(int? workers)
    {
        var graph = new RuntimeGraph("clock");
        var sink = new Collect();
        graph.Connect(graph.Add(new Ticker(TimeSpan.FromMilliseconds(1), count: 20), "clock").Output, graph.Add(sink, "sink").In);

        graph.Run(new RunOptions { Executor = Executor.Pipelined() });
        Assert.Equal(Enumerable.Range(0, 20).Select(x => (long)x), sink.Items);

        var live = graph.Start(new LiveOptions { Workers = workers });
        await Eventually.True(() => sink.Items.Count == 40);
        await live.StopAsync().WaitAsync(Eventually.Guard);
        Assert.Equal(Enumerable.Range(0, 20).Select(x => (long)x), sink.Items.Skip(20));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_slow_reader_with_a_dropping_edge_counts_what_it_missed_and_a_blocking_one_holds_the_node_back(int? workers)
    {
        var (graph, feed, _) = Fed(Edge.Fifo, feedCapacity: 1_000);
        var live = graph.Start(new LiveOptions { Workers = workers });
        var dropping = live.Read<long>("double", "Out", Edge.Bounded(3, Overflow.DropNewest));
        var blocking = live.Read<long>("double", "Out", Edge.Bounded(5));
        for (long i = 0; i < 100; i++) Assert.True(feed.Writer.TryWrite(i));

        await Eventually.True(() => blocking.Count == 5);
        await Task.Delay(20);
        Assert.Equal(5, live.NodeStatus("double").Firings);
        Assert.Equal(2, dropping.Dropped);

        var stopping = live.StopAsync();
        var read = new List<long>();
        await foreach (var item in blocking) read.Add(item);
        var missed = new List<long>();
        await foreach (var item in dropping) missed.Add(item);
        var result = await stopping.WaitAsync(Eventually.Guard);

        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * 2L), read);
        Assert.Equal([0L, 2, 4], missed.Take(3));
        Assert.Equal(100 - missed.Count, result.Run.Edges.Single(edge => edge.Id == dropping.Id).DroppedNewest);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Orphaned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task Stop_while_writers_are_blocked_delivers_what_was_accepted_and_fails_the_rest(int? workers)
    {
        var (graph, feed, sink) = Fed(Edge.Bounded(1), feedCapacity: 1);
        var live = graph.Start(new LiveOptions { Workers = workers });
        live.Pause("sink");
        var accepted = 0;
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (long i = 0; i < 50; i++)
            {
                await feed.Writer.WriteAsync(w * 100 + i);
                Interlocked.Increment(ref accepted);
            }
        })).ToArray();
        await Eventually.True(() => Depth(live, "double.Out->sink.In") == 1);
        await Task.Delay(20);

        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        foreach (var writer in writers) await Assert.ThrowsAsync<ChannelClosedException>(() => writer.WaitAsync(Eventually.Guard));
        Assert.Equal(accepted, sink.Items.Count);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Orphaned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task Abort_cancels_counts_what_was_queued_as_orphaned_and_cleans_up_once(int? workers)
    {
        var graph = new RuntimeGraph("aborted");
        var feed = new Feed<long>(100);
        var hooked = new Hooked();
        var map = graph.Add(hooked, "hooked");
        graph.Connect(graph.Add(feed, "input").Output, map.In);
        graph.Connect(map.Out, graph.Add(new Collect(), "sink").In, Edge.Fifo);
        var live = graph.Start(new LiveOptions { Workers = workers });
        live.Pause("sink");
        for (long i = 0; i < 100; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => live.NodeStatus("hooked").Firings == 100);
        live.Pause("hooked");
        for (long i = 0; i < 50; i++) await feed.Writer.WriteAsync(i);

        var result = live.Abort();

        Assert.Equal(LiveStatus.Aborted, live.Status);
        Assert.True(result.Run.Cancelled);
        Assert.Equal(150, result.Accounting.Orphaned);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal((1, 1), (hooked.Initialized, hooked.CleanedUp));
        Assert.Same(result, await live.StopAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_reconfigured_node_cleans_up_once_the_new_one_initializes_once_and_a_failed_node_comes_back(int? workers)
    {
        var graph = new RuntimeGraph("reconfigured");
        var feed = new Feed<long>(100);
        var sink = new Collect();
        var old = new Hooked(Map.ThrowingOn(3));
        var map = graph.Add(old, "map");
        graph.Connect(graph.Add(feed, "input").Output, map.In);
        graph.Connect(map.Out, graph.Add(sink, "sink").In);
        var live = graph.Start(new LiveOptions { Workers = workers });
        // A running node given an instance of the same configuration is left alone.
        Assert.Equal(0, live.Edit().Reconfigure("map", new Hooked(new Map(x => x + 200))).Commit().NodesReconfigured);
        for (long i = 0; i < 5; i++) await feed.Writer.WriteAsync(i);
        // Every item left the feed before the node is replaced: 4, behind the poisoned 3, is abandoned, not replayed.
        await Eventually.True(() => live.NodeStatus("map").IsFailed && live.NodeStatus("input").Firings == 5);
        var thread = live.NodeStatus("map").WorkerThreadId;

        // A failed one is replaced whatever the checksum: that is how it comes back.
        var replacement = new Hooked(new Map(x => x + 100));
        var commit = live.Edit().Reconfigure("map", replacement).Commit();
        for (long i = 10; i < 15; i++) await feed.Writer.WriteAsync(i);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal(1, commit.NodesReconfigured);
        Assert.Equal((1, 1, 1, 1), (old.Initialized, old.CleanedUp, replacement.Initialized, replacement.CleanedUp));
        Assert.Equal(thread, live.NodeStatus("map").WorkerThreadId);
        Assert.Equal([1L, 4, 7, 110, 111, 112, 113, 114], sink.Items);
        Assert.Equal("map", Assert.Single(result.Run.Failures).Node);
        // 3 was delivered to the node it made throw; 4, queued behind it, was abandoned; nothing else went missing.
        Assert.Equal(1, result.Accounting.Orphaned);
        Assert.Equal(0, result.Accounting.Lost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task An_output_left_without_edges_goes_to_a_counting_plug(int? workers)
    {
        var (graph, feed, sink) = Fed(Edge.Fifo, feedCapacity: 100);
        var live = graph.Start(new LiveOptions { Workers = workers });
        for (long i = 0; i < 10; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => sink.Items.Count == 10);

        var commit = live.Edit().RemoveNode("sink").Commit();
        for (long i = 0; i < 7; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => live.NodeStatus("double").Firings == 17);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Contains(commit.Warnings, warning => warning.StartsWith("DAE0003", StringComparison.Ordinal));
        Assert.Equal(7, result.Run.Edge("double.Out->(plug)").DroppedNewest);
        Assert.Equal(7, result.Accounting.Dropped);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Contains(result.Run.Nodes, node => node.Name == "sink");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task Apply_syncs_to_a_desired_graph_leaving_matching_nodes_alone(int? workers)
    {
        var (graph, feed, sink) = Fed(Edge.Fifo, feedCapacity: 100);
        var live = graph.Start(new LiveOptions { Workers = workers });
        var before = (live.NodeStatus("input"), live.NodeStatus("sink"));
        var desired = new RuntimeGraph("fed");
        var extra = new Collect();
        var triple = desired.Add(new Map(x => x * 3), "triple");
        var input = desired.Add(new Feed<long>(100), "input");
        desired.Connect(input.Output, triple.In);
        desired.Connect(triple.Out, desired.Add(new Collect(), "sink").In, Edge.Fifo);
        desired.Connect(input.Output, desired.Add(extra, "extra").In);

        var commit = live.Apply(desired);
        for (long i = 0; i < 5; i++) await feed.Writer.WriteAsync(i);
        await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal((2, 1), (commit.NodesAdded, commit.NodesRemoved));
        Assert.Same(before.Item1.Instance, live.NodeStatus("input").Instance);
        Assert.Same(sink, live.NodeStatus("sink").Instance);
        Assert.Equal([0L, 3, 6, 9, 12], sink.Items);
        Assert.Equal([0L, 1, 2, 3, 4], extra.Items);
        Assert.Equal(["input", "sink", "triple", "extra"], live.Nodes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_join_whose_other_input_lags_lets_a_full_default_edge_run_over_instead_of_deadlocking(int? workers)
    {
        var graph = new RuntimeGraph("lagging") { DefaultCapacity = 2 };
        var feed = new Feed<long>(64);
        var sink = new Collect();
        var router = graph.Add(new Router(), "router");
        var zip = graph.Add(new Zip(), "zip");
        graph.Connect(graph.Add(feed, "input").Output, router.In);
        graph.Connect(router.Even, zip.Left);
        graph.Connect(router.Odd, zip.Right);
        graph.Connect(zip.Out, graph.Add(sink, "sink").In);
        var live = graph.Start(new LiveOptions { Workers = workers });

        // Ten evens before the first odd: the zip starves on its right input while its left one is full.
        for (long i = 0; i < 20; i += 2) await feed.Writer.WriteAsync(i);
        for (long i = 1; i < 20; i += 2) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => sink.Items.Count == 10);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => 2L * i * 1000 + 2 * i + 1), sink.Items);
        Assert.True(result.Run.Edge("router.Even->zip.Left").OverCapacity > 0, result.ToTable());
        Assert.Equal(0, result.Accounting.Lost);
    }

    private static int Depth(LiveGraph live, string edge) => live.Snapshot().Run.Edges.Last(stats => stats.Id == edge).LeftQueued;
}
