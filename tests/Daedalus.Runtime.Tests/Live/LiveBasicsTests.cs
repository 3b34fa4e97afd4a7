using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests.Live;

public sealed class LiveBasicsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_started_graph_runs_until_stopped_and_delivers_everything(int? workers)
    {
        var (graph, sink) = Shapes.Chain(10_000, 3);
        var live = graph.Start(new LiveOptions { Workers = workers });
        Assert.Equal(LiveStatus.Running, live.Status);
        await Eventually.True(() => sink.Items.Count == 10_000);
        Assert.Equal(LiveStatus.Running, live.Status);

        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal(LiveStatus.Stopped, live.Status);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(x => x + 3L), sink.Items);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Queued);
        Assert.Equal(4 * 10_000, result.Accounting.Delivered);
        Assert.True(result.Run.Succeeded, result.ToTable());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_feed_is_written_from_outside_and_a_reader_streams_the_results(int? workers)
    {
        var graph = new RuntimeGraph("fed");
        var feed = new Feed<long>(capacity: 4);
        var map = graph.Add(new Map(x => x * 2), "double");
        graph.Connect(graph.Add(feed, "input").Output, map.In, Edge.Bounded(2));
        graph.Connect(map.Out, graph.Add(new Collect(), "sink").In);
        var live = graph.Start(new LiveOptions { Workers = workers });
        var reader = live.Read<long>("double", "Out", Edge.Bounded(8));
        var read = Task.Run(async () =>
        {
            var items = new List<long>();
            await foreach (var item in reader) items.Add(item);
            return items;
        });

        for (long i = 0; i < 1_000; i++) await live.Writer<long>("input").WriteAsync(i);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal(Enumerable.Range(0, 1_000).Select(x => x * 2L), await read.WaitAsync(Eventually.Guard));
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Orphaned);
        Assert.Throws<System.Threading.Channels.ChannelClosedException>(() => feed.Writer.WriteAsync(1).AsTask().GetAwaiter().GetResult());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task An_edit_adds_and_removes_nodes_and_rewires_while_the_rest_keeps_running(int? workers)
    {
        var graph = new RuntimeGraph("rewire");
        var first = new Collect();
        var second = new Collect();
        var inc = graph.Add(new Map(x => x + 1), "inc");
        graph.Connect(graph.Add(new Feed<long>(), "input").Output, inc.In);
        graph.Connect(inc.Out, graph.Add(first, "first").In);
        var live = graph.Start(new LiveOptions { Workers = workers });
        var writer = live.Writer<long>("input");
        for (long i = 0; i < 100; i++) await writer.WriteAsync(i);
        await Eventually.True(() => first.Items.Count == 100);
        var input = live.NodeStatus("input");

        var commit = live.Edit()
            .AddNode("x10", new Map(x => x * 10))
            .AddNode("second", second)
            .RemoveNode("first")
            .Connect("inc", "Out", "x10", "In")
            .Connect("x10", "Out", "second", "In")
            .Commit();

        Assert.Equal((2, 1, 2, 1, 0L), (commit.NodesAdded, commit.NodesRemoved, commit.EdgesAdded, commit.EdgesRemoved, commit.Orphaned));
        for (long i = 100; i < 200; i++) await writer.WriteAsync(i);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal(Enumerable.Range(1, 100).Select(x => (long)x), first.Items);
        Assert.Equal(Enumerable.Range(100, 100).Select(x => (x + 1L) * 10), second.Items);
        Assert.Equal(input.WorkerThreadId, live.NodeStatus("input").WorkerThreadId);
        Assert.Same(input.Instance, live.NodeStatus("input").Instance);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Orphaned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task An_invalid_commit_is_rejected_with_the_diagnostic_ids_and_changes_nothing(int? workers)
    {
        var (graph, sink) = Shapes.Chain(1_000, 2);
        var live = graph.Start(new LiveOptions { Workers = workers });
        var before = live.Edges;

        var cycle = Assert.Throws<InvalidGraphException>(() => live.Edit().Connect("map2", "Out", "map", "In").Commit());
        var unconnected = Assert.Throws<InvalidGraphException>(() => live.Edit().Disconnect("map", "Out", "map2", "In").Commit());
        var mismatch = Assert.Throws<InvalidGraphException>(() => live.Edit().AddNode("text", new TextSink()).Connect("map", "Out", "text", "In").Commit());

        // Edits that keep the graph's shape are checked where they apply, with the same IDs.
        var capacity = Assert.Throws<InvalidGraphException>(() => live.Edit().SetPolicy("map", "Out", "map2", "In", new EdgePolicy(EdgeKind.Bounded, 0, Overflow.Block)).Commit());
        var missing = Assert.Throws<InvalidGraphException>(() => live.Edit().SetPolicy("map", "Out", "collect", "In", Edge.Fifo).Reconfigure("nobody", new Map()).Commit());
        var port = Assert.Throws<InvalidGraphException>(() => live.Edit().Distribute("map", "Nope", FanOut.RoundRobin).Commit());
        var type = Assert.Throws<InvalidGraphException>(() => live.Edit().Reconfigure("map", new Collect()).Commit());

        Assert.StartsWith("DAE0006", Assert.Single(capacity.Errors), StringComparison.Ordinal);
        Assert.Equal(2, missing.Errors.Count);
        Assert.StartsWith("DAE0009", Assert.Single(port.Errors), StringComparison.Ordinal);
        Assert.Contains("remove it and add the new node instead", Assert.Single(type.Errors), StringComparison.Ordinal);
        Assert.Contains(cycle.Errors, error => error.StartsWith("DAE0001", StringComparison.Ordinal));
        Assert.Contains(unconnected.Errors, error => error.StartsWith("DAE0002", StringComparison.Ordinal));
        Assert.Contains(mismatch.Errors, error => error.StartsWith("DAE0009", StringComparison.Ordinal));
        Assert.Equal(before, live.Edges);
        // Stopping stops the source: let it finish first.
        await Eventually.True(() => sink.Items.Count == 1_000);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);
        Assert.Equal(1_000, sink.Items.Count);
        Assert.Equal(0, result.Accounting.Lost);
    }
}
