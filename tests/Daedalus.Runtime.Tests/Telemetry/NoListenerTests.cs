namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>With nothing listening, telemetry does no work: no spans, no measurements, no allocations.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class NoListenerTests
{
    [Fact]
    public void Nothing_is_started_tracked_or_allocated()
    {
        var failed = SampleRuns.Failed("Quiet");
        var succeeded = SampleRuns.Succeeded("Quiet");
        FifoQueue<int>[] edges = [new("a.Out->b.In")];
        void Exercise()
        {
            var run = DaedalusTelemetry.StartRun("Quiet", "serial");
            var firing = DaedalusTelemetry.StartFiring(run, traceFirings: true, "a", 1);
            using (DaedalusTelemetry.TrackDepth("Quiet", edges)) firing?.Dispose();
            DaedalusTelemetry.RecordRun(failed);
            DaedalusTelemetry.RecordRun(succeeded);
            DaedalusTelemetry.EndRun(run, failed);
        }

        Exercise();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++) Exercise();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Null(DaedalusTelemetry.StartRun("Quiet", "serial"));
        Assert.Same(DaedalusTelemetry.TrackDepth("Quiet", edges), DaedalusTelemetry.TrackDepth("Other", edges));
    }

    [Fact]
    public void A_listener_that_starts_later_sees_nothing_of_earlier_runs()
    {
        DaedalusTelemetry.RecordRun(SampleRuns.Failed("Earlier"));
        var tracking = DaedalusTelemetry.TrackDepth("Earlier", [new FifoQueue<int>("a.Out->b.In")]);

        using var metrics = new RecordedMetrics();
        metrics.Collect();
        tracking.Dispose();

        Assert.DoesNotContain(metrics.All, m => m.Tag(TelemetryNames.GraphTag) == "Earlier");
    }
}
