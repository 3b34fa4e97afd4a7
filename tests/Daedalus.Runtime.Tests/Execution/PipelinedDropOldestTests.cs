namespace Daedalus.Runtime.Tests.Execution;

/// <summary>
/// Drop-oldest edges of capacity 1 on the pipelined executors: the producer evicts while the consumer
/// checks and takes, and the run must still succeed with every item delivered in order or counted as dropped.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class PipelinedDropOldestTests
{
    private const int Items = 20_000;
    private const int Runs = 12;

    private static readonly EdgePolicy DropOldest = Edge.Bounded(1, Overflow.DropOldest);

    public static TheoryData<string> Pipelined => ["pipelined", "pooled-pipelined"];

    [Theory]
    [MemberData(nameof(Pipelined))]
    public void A_chain_delivers_or_counts_every_item(string executor)
    {
        var (graph, sink) = Shapes.Chain(Items, 2, DropOldest);
        for (var run = 0; run < Runs; run++)
        {
            var before = sink.Items.Count;
            var result = Executors.Run(graph, executor);

            AssertAccounted(result);
            Assert.Equal(Items, result.Edge("numbers.Output->map.In").Written);
            var received = sink.Items.Skip(before).ToList();
            Assert.Equal(result.Edge("map2.Out->collect.In").Delivered, received.Count);
            AssertIncreasing(received);
        }
    }

    [Theory]
    [MemberData(nameof(Pipelined))]
    public void A_fan_in_delivers_or_counts_every_item(string executor)
    {
        // Three sources, each through its own map (adding source × 1,000,000) into one sink input.
        var (graph, sink) = Shapes.FanIn(3, Items, DropOldest);
        for (var run = 0; run < Runs; run++)
        {
            var before = sink.Items.Count;
            var result = Executors.Run(graph, executor);

            AssertAccounted(result);
            var received = sink.Items.Skip(before).ToList();
            Assert.Equal(result.Edges.Where(e => e.Id.EndsWith("->collect.In", StringComparison.Ordinal)).Sum(e => e.Delivered), received.Count);
            // Items from one source keep their order; sources interleave.
            foreach (var fromOneSource in received.GroupBy(x => x / 1_000_000)) AssertIncreasing(fromOneSource);
        }
    }

    [Theory]
    [MemberData(nameof(Pipelined))]
    public void A_fan_out_delivers_or_counts_every_item(string executor)
    {
        var graph = new RuntimeGraph("dropFanOut");
        var source = graph.Add(new Numbers(Items), "source");
        var sinks = new[] { new Collect(), new Collect() };
        for (var s = 0; s < sinks.Length; s++)
        {
            var map = graph.Add(new Map(x => x), $"map{s}");
            graph.Connect(source.Output, map.In, DropOldest);
            graph.Connect(map.Out, graph.Add(sinks[s], $"sink{s}").In, DropOldest);
        }

        for (var run = 0; run < Runs; run++)
        {
            var before = sinks.Select(s => s.Items.Count).ToArray();
            var result = Executors.Run(graph, executor);

            AssertAccounted(result);
            for (var s = 0; s < sinks.Length; s++)
            {
                Assert.Equal(Items, result.Edge($"source.Output->map{s}.In").Written);
                var received = sinks[s].Items.Skip(before[s]).ToList();
                Assert.Equal(result.Edge($"map{s}.Out->sink{s}.In").Delivered, received.Count);
                AssertIncreasing(received);
            }
        }
    }

    private static void AssertAccounted(RunResult result)
    {
        Assert.True(result.Succeeded, $"The run did not succeed: {string.Join("; ", result.Failures)}");
        Assert.All(result.Edges, e =>
        {
            Assert.Equal(e.Written, e.Delivered + e.DroppedOldest);
            Assert.Equal(0, e.DroppedNewest);
            Assert.Equal(0, e.Abandoned);
            Assert.Equal(0, e.LeftQueued);
            Assert.InRange(e.PeakDepth, 0, 1);
        });
    }

    private static void AssertIncreasing(IEnumerable<long> items)
    {
        var last = long.MinValue;
        foreach (var item in items)
        {
            Assert.True(item > last, $"Read {item} after {last}: reordered or duplicated.");
            last = item;
        }
    }
}
