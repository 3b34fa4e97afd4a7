namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>What <see cref="DaedalusTelemetry.RecordRun"/> adds to the instruments at the end of a run.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class RecordRunTests
{
    private const string Graph = "RecordRunTests";

    [Fact]
    public void Firings_count_per_node_with_graph_node_and_executor_tags()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));

        var firings = metrics.Of(TelemetryNames.NodeFirings, Graph);
        Assert.Equal(["source:1200", "parse:3", "sink:0"], firings.Select(m => $"{m.Tag(TelemetryNames.NodeTag)}:{m.Value}"));
        Assert.All(firings, m =>
        {
            Assert.Equal("{firing}", m.Unit);
            Assert.Equal("serial", m.Tag(TelemetryNames.ExecutorTag));
            Assert.Equal(3, m.Tags.Count);
        });
    }

    [Fact]
    public void Node_duration_is_one_value_in_seconds_per_node_per_run()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));

        var durations = metrics.Of(TelemetryNames.NodeDuration, Graph);
        Assert.Equal(["source:0.003", "parse:0.00075", "sink:0"],
            durations.Select(m => $"{m.Tag(TelemetryNames.NodeTag)}:{m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.All(durations, m => Assert.Equal("s", m.Unit));
    }

    [Fact]
    public void Retries_and_failures_count_only_nodes_that_had_them()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));

        var retry = Assert.Single(metrics.Of(TelemetryNames.NodeRetries, Graph));
        Assert.Equal(("parse", 2.0, "{retry}"), (retry.Tag(TelemetryNames.NodeTag), retry.Value, retry.Unit));

        var failure = Assert.Single(metrics.Of(TelemetryNames.NodeFailures, Graph));
        Assert.Equal(("parse", "process", 1.0, "{failure}"),
            (failure.Tag(TelemetryNames.NodeTag), failure.Tag(TelemetryNames.PhaseTag), failure.Value, failure.Unit));
    }

    [Fact]
    public void Items_count_what_was_written_per_edge()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));

        var items = metrics.Of(TelemetryNames.EdgeItems, Graph);
        Assert.Equal(["source.Out->parse.In:1200", "parse.Out->sink.In:3"], items.Select(m => $"{m.Tag(TelemetryNames.EdgeTag)}:{m.Value}"));
        Assert.All(items, m => Assert.Equal("{item}", m.Unit));
    }

    [Fact]
    public void Drops_count_per_edge_and_reason_and_skip_zeros()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));

        var drops = metrics.Of(TelemetryNames.EdgeDrops, Graph);
        Assert.Equal(
            ["source.Out->parse.In/drop-oldest:100", "source.Out->parse.In/drop-newest:50", "source.Out->parse.In/abandoned:1040"],
            drops.Select(m => $"{m.Tag(TelemetryNames.EdgeTag)}/{m.Tag(TelemetryNames.ReasonTag)}:{m.Value}"));
        Assert.All(drops, m => Assert.Equal("serial", m.Tag(TelemetryNames.ExecutorTag)));
    }

    [Fact]
    public void Items_held_over_capacity_count_per_edge_that_held_any()
    {
        using var metrics = new RecordedMetrics();
        var result = SampleRuns.Failed(Graph) with
        {
            Edges = [new EdgeRunStats("burst.Out->sink.In", 300, 300, 0, 0, 0, 0, 300, OverCapacity: 296), new EdgeRunStats("sink.Out->end.In", 3, 3, 0, 0, 0, 0, 1)],
        };
        DaedalusTelemetry.RecordRun(result);

        var held = Assert.Single(metrics.Of(TelemetryNames.EdgeOverCapacity, Graph));
        Assert.Equal(("burst.Out->sink.In", 296.0, "{item}"), (held.Tag(TelemetryNames.EdgeTag), held.Value, held.Unit));
        Assert.Equal("serial", held.Tag(TelemetryNames.ExecutorTag));
    }

    [Fact]
    public void Run_duration_is_tagged_with_the_outcome()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));
        DaedalusTelemetry.RecordRun(SampleRuns.Succeeded(Graph));
        DaedalusTelemetry.RecordRun(SampleRuns.Succeeded(Graph) with { Cancelled = true });

        Assert.Equal(["failed:0.0125", "succeeded:2.25", "cancelled:2.25"],
            metrics.Of(TelemetryNames.RunDuration, Graph).Select(m =>
                $"{m.Tag(TelemetryNames.OutcomeTag)}:{m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public void Instruments_are_published_under_their_names_and_units()
    {
        using var metrics = new RecordedMetrics();
        DaedalusTelemetry.RecordRun(SampleRuns.Failed(Graph));

        var units = metrics.All.GroupBy(m => m.Instrument).ToDictionary(g => g.Key, g => g.First().Unit);
        Assert.Equal("{firing}", units[TelemetryNames.NodeFirings]);
        Assert.Equal("s", units[TelemetryNames.NodeDuration]);
        Assert.Equal("{retry}", units[TelemetryNames.NodeRetries]);
        Assert.Equal("{failure}", units[TelemetryNames.NodeFailures]);
        Assert.Equal("{item}", units[TelemetryNames.EdgeItems]);
        Assert.Equal("{item}", units[TelemetryNames.EdgeDrops]);
        Assert.Equal("s", units[TelemetryNames.RunDuration]);
        Assert.Equal(TelemetryNames.Source, DaedalusTelemetry.Meter.Name);
        Assert.False(string.IsNullOrEmpty(DaedalusTelemetry.Meter.Version));
        Assert.Equal(DaedalusTelemetry.Meter.Version, DaedalusTelemetry.ActivitySource.Version);
    }
}
