using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests.Live;

public sealed class LiveAbortTests
{
    [Fact]
    public async Task Abort_ends_a_node_after_the_firing_in_flight_even_when_the_node_ignores_the_token()
    {
        // A node whose firings do not look at the token, with items queued: abort must not wait for it to drain them.
        using var gate = new ManualResetEventSlim(false);
        var graph = new RuntimeGraph("abort-batch");
        var feed = new Feed<long>(100);
        var blocked = graph.Add(new Map(x =>
        {
            gate.Wait();
            return x;
        }), "blocked");
        graph.Connect(graph.Add(feed, "input").Output, blocked.In);
        graph.Connect(blocked.Out, graph.Add(new Collect(), "sink").In);
        var live = graph.Start();
        for (long i = 0; i < 100; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => live.Snapshot().Run.Edge("input.Output->blocked.In").Written == 100, "the feed wrote every item");

        var abort = Task.Run(live.Abort);
        await Eventually.True(() => live.Status == LiveStatus.Aborted, "abort began");
        gate.Set();
        var result = await abort.WaitAsync(Eventually.Guard);

        Assert.Equal(1, result.Run.Node("blocked").Firings);
        Assert.Equal(1, result.Run.Edge("input.Output->blocked.In").Delivered);
        Assert.True(result.Accounting.Orphaned >= 99, result.Accounting.ToString());
        Assert.Equal(0, result.Accounting.Lost);
    }
}
