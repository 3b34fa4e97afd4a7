using System.Diagnostics;

namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>The run and firing spans of the Daedalus activity source.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class SpanTests : IDisposable
{
    private readonly RecordedSpans _spans = new();

    public void Dispose() => _spans.Dispose();

    [Fact]
    public void A_run_span_carries_graph_and_executor()
    {
        var run = DaedalusTelemetry.StartRun("Spans", "serial");

        Assert.NotNull(run);
        Assert.Equal(TelemetryNames.RunActivity, run.OperationName);
        Assert.Equal("run Spans", run.DisplayName);
        Assert.Equal("Spans", run.GetTagItem(TelemetryNames.GraphTag));
        Assert.Equal("serial", run.GetTagItem(TelemetryNames.ExecutorTag));
        Assert.Equal(TelemetryNames.Source, run.Source.Name);
        DaedalusTelemetry.EndRun(run, SampleRuns.Succeeded("Spans"));
    }

    [Fact]
    public void Ending_a_successful_run_stops_it_with_its_outcome()
    {
        var run = DaedalusTelemetry.StartRun("Spans", "parallel");
        DaedalusTelemetry.EndRun(run, SampleRuns.Succeeded("Spans"));

        var stopped = Assert.Single(_spans.Stopped);
        Assert.Same(run, stopped);
        Assert.Equal(TelemetryNames.Succeeded, stopped.GetTagItem(TelemetryNames.OutcomeTag));
        Assert.Equal(ActivityStatusCode.Unset, stopped.Status);
    }

    [Fact]
    public void Ending_a_paused_run_tags_it_paused_without_an_error_status()
    {
        var run = DaedalusTelemetry.StartRun("Spans", "serial");
        var sample = SampleRuns.Succeeded("Spans");
        DaedalusTelemetry.EndRun(run, sample with { Edges = [sample.Edges[0] with { LeftQueued = 3 }], Paused = true });

        var stopped = Assert.Single(_spans.Stopped);
        Assert.Equal(TelemetryNames.Paused, stopped.GetTagItem(TelemetryNames.OutcomeTag));
        Assert.Equal(ActivityStatusCode.Unset, stopped.Status);
    }

    [Fact]
    public void Ending_a_failed_run_records_each_failure_and_an_error_status()
    {
        var run = DaedalusTelemetry.StartRun("Spans", "serial");
        DaedalusTelemetry.EndRun(run, SampleRuns.Failed("Spans"));

        var stopped = Assert.Single(_spans.Stopped);
        Assert.Equal(ActivityStatusCode.Error, stopped.Status);
        Assert.Equal("1 failure(s), 6 item(s) left queued, 1040 abandoned", stopped.StatusDescription);
        var exception = Assert.Single(stopped.Events);
        Assert.Equal("exception", exception.Name);
        var tags = exception.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal("parse", tags[TelemetryNames.NodeTag]);
        Assert.Equal("System.FormatException", tags["exception.type"]);
    }

    [Fact]
    public void Firings_get_no_span_unless_asked_for()
    {
        var run = DaedalusTelemetry.StartRun("Spans", "serial");

        Assert.Null(DaedalusTelemetry.StartFiring(run, traceFirings: false, "parse", 1));
        Assert.Null(DaedalusTelemetry.StartFiring(null, traceFirings: true, "parse", 1));
        DaedalusTelemetry.EndRun(run, SampleRuns.Succeeded("Spans"));
    }

    [Fact]
    public async Task A_traced_firing_is_a_child_of_its_run_on_any_thread()
    {
        var run = DaedalusTelemetry.StartRun("Spans", "pipelined")!;
        var firing = await Task.Run(() =>
        {
            using var span = DaedalusTelemetry.StartFiring(run, traceFirings: true, "parse", 42);
            return span;
        });
        DaedalusTelemetry.EndRun(run, SampleRuns.Succeeded("Spans"));

        Assert.NotNull(firing);
        Assert.Equal(run.SpanId, firing.ParentSpanId);
        Assert.Equal(run.TraceId, firing.TraceId);
        Assert.Equal(TelemetryNames.FiringActivity, firing.OperationName);
        Assert.Equal("fire parse", firing.DisplayName);
        Assert.Equal(42L, firing.GetTagItem(TelemetryNames.FiringTag));
    }
}
