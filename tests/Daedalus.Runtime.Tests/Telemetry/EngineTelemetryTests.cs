using System.Diagnostics;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>What the executors publish through the Daedalus meter and activity source while graphs run.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class EngineTelemetryTests : IDisposable
{
    private readonly RecordedSpans _spans = new();

    public void Dispose() => _spans.Dispose();

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_run_adds_its_firings_and_items_and_ends_its_span(string executor)
    {
        using var metrics = new RecordedMetrics();
        var (graph, _) = Shapes.Chain(items: 100, maps: 2);

        graph.Run(new RunOptions { Executor = Executors.Get(executor) });

        var firings = metrics.Of(TelemetryNames.NodeFirings, graph.Name);
        Assert.Equal(4, firings.Count);
        Assert.All(firings, f => Assert.Equal(100, f.Value));
        var items = metrics.Of(TelemetryNames.EdgeItems, graph.Name);
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(100, i.Value));
        var span = Assert.Single(_spans.Of(TelemetryNames.RunActivity), a => (string?)a.GetTagItem(TelemetryNames.GraphTag) == graph.Name);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Empty(_spans.Of(TelemetryNames.FiringActivity));
    }

    [Fact]
    public void TraceFirings_adds_a_span_per_firing_under_the_run()
    {
        var (graph, _) = Shapes.Chain(items: 10, maps: 1);

        graph.Run(new RunOptions { TraceFirings = true });

        var run = Assert.Single(_spans.Of(TelemetryNames.RunActivity));
        var firings = _spans.Of(TelemetryNames.FiringActivity);
        Assert.True(firings.Count >= 30, $"{firings.Count} firing spans");
        Assert.All(firings, f => Assert.Equal(run.SpanId, f.ParentSpanId));
    }

    [Fact]
    public void Queue_depth_is_observable_while_a_run_is_in_flight()
    {
        using var metrics = new RecordedMetrics();
        var graph = new RuntimeGraph("depth");
        var source = graph.Add(new Numbers(5_000));
        var probe = graph.Add(new Map(x =>
        {
            if (x == 2_500) metrics.Collect(); // mid-run: the gauge reads the live queue
            return x;
        }));
        graph.Connect(source.Output, probe.In, Edge.Bounded(64));
        graph.Connect(probe.Out, graph.Add(new Collect()).In);

        graph.Run();

        var depth = Assert.Single(metrics.Of(TelemetryNames.EdgeQueueDepth, "depth"), m => m.Tag(TelemetryNames.EdgeTag) == "numbers.Output->map.In");
        Assert.InRange(depth.Value, 1, 64);
    }
}
