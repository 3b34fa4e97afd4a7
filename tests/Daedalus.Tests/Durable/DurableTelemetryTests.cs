using System.Diagnostics.Metrics;
using Daedalus.Runtime;

namespace Daedalus.Tests.Durable;

/// <summary>A durable run's hits, misses, bytes and store time reach the Daedalus meter.</summary>
public sealed class DurableTelemetryTests
{
    [Fact]
    public void Hits_misses_and_bytes_are_recorded_per_run()
    {
        var graphName = "durable-telemetry-" + Guid.NewGuid().ToString("N");
        var measured = new List<(string Instrument, long Value, string? Kind)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TelemetryNames.Source && instrument.Name.StartsWith("daedalus.durable.", StringComparison.Ordinal)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? graph = null, kind = null;
            foreach (var tag in tags)
            {
                if (tag.Key == TelemetryNames.GraphTag) graph = tag.Value as string;
                if (tag.Key is TelemetryNames.ResultTag or TelemetryNames.DirectionTag) kind = tag.Value as string;
            }
            if (graph == graphName) lock (measured) measured.Add((instrument.Name, value, kind));
        });
        listener.Start();
        using var store = new MemoryRunStore();
        var options = new RunOptions { Durable = new DurableRun(store, "telemetry") { Serializers = new ItemSerializers(DurableTestJson.Default) } };

        Build(graphName).Run(options);
        Build(graphName).Run(options);

        lock (measured)
        {
            var results = measured.Where(m => m.Instrument == TelemetryNames.DurableResults).ToList();
            Assert.Equal(5, results.Where(m => m.Kind == TelemetryNames.Miss).Sum(m => m.Value));
            Assert.Equal(5, results.Where(m => m.Kind == TelemetryNames.Hit).Sum(m => m.Value));
            Assert.True(measured.Where(m => m.Instrument == TelemetryNames.DurableBytes && m.Kind == "written").Sum(m => m.Value) > 0);
        }
    }

    private static RuntimeGraph Build(string name)
    {
        var graph = new RuntimeGraph(name);
        var chunk0 = graph.Add(new Chunk { Seed = 0 }, "chunk0");
        var chunk1 = graph.Add(new Chunk { Seed = 1 }, "chunk1");
        var summary0 = graph.Add(new Summarize(), "summary0");
        var summary1 = graph.Add(new Summarize(), "summary1");
        var merge = graph.Add(new Merge(), "merge");
        graph.Connect(chunk0.Output, summary0.Value);
        graph.Connect(chunk1.Output, summary1.Value);
        graph.Connect(summary0.Stats, merge.Left);
        graph.Connect(summary1.Stats, merge.Right);
        graph.Connect(merge.Output, graph.Add(new Final(), "final").Stats);
        return graph;
    }
}
