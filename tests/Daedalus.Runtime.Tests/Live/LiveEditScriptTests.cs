using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests.Live;

public sealed class LiveEditScriptTests
{
    private const int Items = 2_000;

    /// <summary>Every seed with a thread per node, and on two shared workers (<see cref="LiveOptions.Workers"/>).</summary>
    public static TheoryData<int, int?> Seeds
    {
        get
        {
            var seeds = new TheoryData<int, int?>();
            foreach (var seed in Enumerable.Range(1, 50))
            {
                seeds.Add(seed, null);
                seeds.Add(seed, 2);
            }
            return seeds;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_edits_while_items_flow_lose_nothing_and_restart_nothing_untouched(int seed, int? workers)
    {
        var random = new Random(seed);
        var feed = new Feed<long>(capacity: random.Next(1, 64));
        var graph = EditScript.Build($"script{seed}", EditScript.LosslessPolicy, random, out var sink, feed);
        var live = graph.Start(new LiveOptions { Workers = workers });
        var script = new EditScript(live, random);
        script.RememberThreads();
        var feeding = Task.Run(async () =>
        {
            for (long i = 0; i < Items; i++) await feed.Writer.WriteAsync(i);
        });

        for (var step = 0; step < 12; step++) await script.Step().WaitAsync(Eventually.Guard);
        await feeding.WaitAsync(Eventually.Guard);
        var result = await live.StopAsync().WaitAsync(Eventually.Guard);

        // Every edge, removed ones and plugs included: written = delivered + dropped + orphaned, exactly.
        foreach (var edge in result.Run.Edges)
            Assert.Equal(edge.Written, edge.Delivered + edge.DroppedOldest + edge.DroppedNewest + edge.Abandoned + edge.LeftQueued);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Queued);
        Assert.Empty(result.Run.Failures);
        // The chain orphaned nothing, so its sink got what a static run of the final graph gives for the same inputs.
        var expected = StaticRun(script.Chain, seed);
        Assert.Equal(expected, sink.Items);
        Assert.Equal(Enumerable.Range(0, Items).Select(x => x + 3L), sink.Items);
    }

    private static List<long> StaticRun(IReadOnlyList<string> chain, int seed)
    {
        var graph = new RuntimeGraph($"final{seed}");
        var sink = new Collect();
        var output = graph.Add(new Numbers(Items), "src").Output;
        foreach (var node in chain.Skip(1).SkipLast(1))
        {
            var map = graph.Add(new Map(node.StartsWith("inc", StringComparison.Ordinal) ? x => x + 1 : x => x), node);
            graph.Connect(output, map.In);
            output = map.Out;
        }
        graph.Connect(output, graph.Add(sink, "sink").In);
        graph.Run(new RunOptions { Executor = Executor.Serial });
        return sink.Items;
    }
}
