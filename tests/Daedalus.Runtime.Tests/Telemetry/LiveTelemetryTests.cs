using Daedalus.Runtime.Tests.Execution;
using Daedalus.Runtime.Tests.Live;

namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>What a live graph publishes: queue depths while it runs (following edits), its figures and span when it ends.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class LiveTelemetryTests : IDisposable
{
    private readonly RecordedSpans _spans = new();

    public void Dispose() => _spans.Dispose();

    [Fact]
    public async Task Queue_depths_follow_the_edits_and_the_figures_are_recorded_when_the_graph_stops()
    {
        using var metrics = new RecordedMetrics();
        var graph = new RuntimeGraph("live-telemetry");
        var feed = new Feed<long>(100);
        graph.Connect(graph.Add(feed, "input").Output, graph.Add(new Collect(), "sink").In, Edge.Bounded(50));
        var live = graph.Start();
        live.Pause("sink");
        for (long i = 0; i < 30; i++) await feed.Writer.WriteAsync(i);
        await Eventually.True(() => live.NodeStatus("input").Firings == 30);
        live.Edit().SetPolicy("input", "Output", "sink", "In", Edge.Bounded(40)).Commit();

        metrics.Collect();
        var depth = Assert.Single(metrics.Of(TelemetryNames.EdgeQueueDepth, graph.Name));
        Assert.Equal(30, depth.Value);
        live.Resume("sink");
        await live.StopAsync().WaitAsync(Eventually.Guard);

        var items = Assert.Single(metrics.Of(TelemetryNames.EdgeItems, graph.Name));
        Assert.Equal(30, items.Value);
        var span = Assert.Single(_spans.Of(TelemetryNames.RunActivity), activity => (string?)activity.GetTagItem(TelemetryNames.GraphTag) == graph.Name);
        Assert.Equal("live", span.GetTagItem(TelemetryNames.ExecutorTag));
    }
}
