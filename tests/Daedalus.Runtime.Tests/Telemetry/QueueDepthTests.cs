using System.Runtime.CompilerServices;

namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>The queue-depth gauge and <see cref="DaedalusTelemetry.TrackDepth"/>.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class QueueDepthTests
{
    private static FifoQueue<int> Queue(string id, int items)
    {
        var queue = new FifoQueue<int>(id);
        for (var i = 0; i < items; i++) queue.Write(i);
        return queue;
    }

    private static IEnumerable<string> Depths(RecordedMetrics metrics, string graph) =>
        metrics.Of(TelemetryNames.EdgeQueueDepth, graph).Select(m => $"{m.Tag(TelemetryNames.EdgeTag)}={m.Value}");

    [Fact]
    public void Reports_each_edge_of_a_tracked_run_when_collected()
    {
        using var metrics = new RecordedMetrics();
        var a = Queue("a.Out->b.In", 3);
        var b = Queue("b.Out->c.In", 0);
        using (DaedalusTelemetry.TrackDepth("Depths", [a, b]))
        {
            metrics.Collect();
            a.Take();
            b.Write(7);
            metrics.Collect();
        }

        Assert.Equal(["a.Out->b.In=3", "b.Out->c.In=0", "a.Out->b.In=2", "b.Out->c.In=1"], Depths(metrics, "Depths"));
        var measurement = metrics.Of(TelemetryNames.EdgeQueueDepth, "Depths")[0];
        Assert.Equal("{item}", measurement.Unit);
        Assert.Equal(2, measurement.Tags.Count);
    }

    [Fact]
    public void A_disposed_run_is_no_longer_reported()
    {
        using var metrics = new RecordedMetrics();
        var tracking = DaedalusTelemetry.TrackDepth("Disposed", [Queue("a.Out->b.In", 1)]);
        tracking.Dispose();
        tracking.Dispose();
        metrics.Collect();

        Assert.Empty(Depths(metrics, "Disposed"));
    }

    [Fact]
    public void A_disposed_run_keeps_no_reference_to_its_edges()
    {
        using var metrics = new RecordedMetrics();
        var edge = TrackAndDispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(edge.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference TrackAndDispose()
    {
        var queue = Queue("a.Out->b.In", 2);
        DaedalusTelemetry.TrackDepth("Leak", [queue]).Dispose();
        return new WeakReference(queue);
    }

    [Fact]
    public async Task Runs_tracked_and_disposed_on_many_threads_leave_nothing_behind()
    {
        using var metrics = new RecordedMetrics();
        using var stop = new CancellationTokenSource();
        var collector = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) metrics.Collect();
        });

        Parallel.For(0, 2_000, i =>
        {
            using var tracking = DaedalusTelemetry.TrackDepth("Concurrent", [Queue($"n{i}.Out->m.In", 1)]);
        });
        stop.Cancel();
        await collector;

        var before = metrics.Of(TelemetryNames.EdgeQueueDepth, "Concurrent").Count;
        metrics.Collect();
        Assert.Equal(before, metrics.Of(TelemetryNames.EdgeQueueDepth, "Concurrent").Count);
    }

    [Fact]
    public void A_run_with_no_edges_is_not_tracked()
    {
        using var metrics = new RecordedMetrics();
        using var tracking = DaedalusTelemetry.TrackDepth("Empty", []);
        metrics.Collect();

        Assert.Empty(Depths(metrics, "Empty"));
    }
}
