using System.Diagnostics;
using Daedalus.Hosting.Tests.Support;
using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Host_shutdown_drains_every_fed_item_to_the_sink_and_logs_the_final_table()
    {
        var log = new LogCollector();
        var sink = new Collect();
        using var host = TestHost.Build(services => services.AddLiveGraph("drain",
            _ => Graphs.Through("drain", new Slow { Delay = TimeSpan.FromMilliseconds(1) }, sink)), log);
        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["drain"];
        for (long i = 0; i < 500; i++) await live.Writer<long>("input").WriteAsync(i);

        await host.StopAsync().WaitAsync(Eventually.Guard);

        var result = await live.Completion;
        Assert.Equal(LiveStatus.Stopped, live.Status);
        Assert.Equal(Enumerable.Range(0, 500).Select(x => (long)x), sink.Items);
        Assert.Equal("accounting: produced=1000 delivered=1000 dropped=0 orphaned=0 lost=0", result.Accounting.ToString());
        Assert.Equal((1, 1), (sink.Initialized, sink.CleanedUp));
        var ended = Assert.Single(log.At(LogLevel.Information), entry => entry.Message.StartsWith("Live graph 'drain' stopped after ", StringComparison.Ordinal));
        Assert.EndsWith(result.ToTable(), ended.Message, StringComparison.Ordinal);
        Assert.Empty(log.At(LogLevel.Warning));
        AssertWorkerEnded(live, "sink", sink);
    }

    [Fact]
    public async Task A_shutdown_timeout_shorter_than_the_drain_aborts_the_graph_and_counts_what_was_left_as_orphaned()
    {
        var log = new LogCollector();
        var sink = new Collect();
        using var host = TestHost.Build(services => services.AddLiveGraph("slow",
            _ => Graphs.Through("slow", new Slow { Delay = TimeSpan.FromMilliseconds(20) }, sink)), log, shutdownTimeout: TimeSpan.FromMilliseconds(300));
        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["slow"];
        for (long i = 0; i < 500; i++) await live.Writer<long>("input").WriteAsync(i);   // about 10 s to drain

        var clock = Stopwatch.StartNew();
        await host.StopAsync().WaitAsync(Eventually.Guard);
        clock.Stop();

        var result = await live.Completion;
        Assert.Equal(LiveStatus.Aborted, live.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The host took {clock.Elapsed} to stop.");
        Assert.True(sink.Count < 500, $"{sink.Count} items were delivered");
        Assert.Equal(0, result.Accounting.Lost);
        // Every fed item reached the sink or was orphaned once: in the feed, on an edge, or written by a firing the abort let end.
        Assert.Equal(500 - sink.Count, result.Accounting.Orphaned);
        Assert.Equal(1, sink.CleanedUp);
        var warning = Assert.Single(log.At(LogLevel.Warning));
        Assert.Equal($"Live graph 'slow' aborted with items not delivered (orphaned on edges or feeds, or lost): {result.Accounting}", warning.Message);
        Assert.Contains(log.At(LogLevel.Information), entry => entry.Message.StartsWith("Live graph 'slow' aborted after ", StringComparison.Ordinal));
        AssertWorkerEnded(live, "sink", sink);
    }

    [Fact]
    public async Task Several_graphs_drain_at_the_same_time_although_the_host_stops_its_services_one_by_one()
    {
        var gates = new[] { new ManualResetEventSlim(false), new ManualResetEventSlim(false) };
        var sinks = new[] { new Collect(), new Collect() };
        using var host = TestHost.Build(services => services
            .AddLiveGraph("a", _ => Graphs.Through("a", new Gated { Gate = gates[0] }, sinks[0]))
            .AddLiveGraph("b", _ => Graphs.Through("b", new Gated { Gate = gates[1] }, sinks[1])), new LogCollector());
        await host.StartAsync().WaitAsync(Eventually.Guard);
        var graphs = new[] { host.Graphs()["a"], host.Graphs()["b"] };
        foreach (var graph in graphs) await graph.Writer<long>("input").WriteAsync(7);

        // Each graph's drain waits on its gate: stopped one after the other, "a" would not begin while "b" waits.
        var stopping = host.StopAsync();
        await Eventually.True(() => graphs.All(graph => graph.Status == LiveStatus.Stopping), "both graphs stopping together");
        foreach (var gate in gates) gate.Set();
        await stopping.WaitAsync(Eventually.Guard);

        Assert.All(graphs, graph => Assert.Equal(LiveStatus.Stopped, graph.Status));
        Assert.All(sinks, sink => Assert.Equal([7L], sink.Items));
    }

    [Fact]
    public async Task A_node_failure_and_the_items_it_left_are_logged_as_warnings_when_the_host_stops()
    {
        var log = new LogCollector();
        var sink = new Collect();
        using var host = TestHost.Build(services => services.AddLiveGraph("poisoned", _ => Graphs.Through("poisoned", new Poisoned(), sink)), log);
        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["poisoned"];
        for (long i = 0; i < 5; i++) await live.Writer<long>("input").WriteAsync(i);
        await Eventually.True(() => live.NodeStatus("middle").IsFailed, "the node failed on 3");

        await host.StopAsync().WaitAsync(Eventually.Guard);

        var result = await live.Completion;
        Assert.Equal([0L, 1, 2], sink.Items);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(
            [
                $"Live graph 'poisoned' stopped with items not delivered (orphaned on edges or feeds, or lost): {result.Accounting}",
                "Live graph 'poisoned' had 1 node failure(s); the table lists them",
            ],
            log.At(LogLevel.Warning).Select(entry => entry.Message));
    }

    /// <summary>The node's worker (captured by the node as it fired) is the live graph's, named after it, and has ended.</summary>
    private static void AssertWorkerEnded(LiveGraph live, string node, Collect collect)
    {
        var worker = collect.Worker ?? throw new InvalidOperationException($"Node '{node}' never fired.");
        Assert.Equal(live.NodeStatus(node).WorkerThreadId, worker.ManagedThreadId);
        Assert.Equal($"Daedalus live {live.Name}.{node}", worker.Name);
        Assert.True(worker.Join(Eventually.Guard), $"The worker of '{node}' is still alive.");
    }
}
