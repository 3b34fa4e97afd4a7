using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>
/// Aggregate (<c>void Add(T item, ref TTotal total)</c>) and window (<c>[Window]</c>) nodes: the same results on the
/// compiled <c>Run()</c> and every executor, published once their inputs finish or a window closes.
/// </summary>
public sealed class AggregateWindowTests
{
    public static TheoryData<string> Executors => ["compiled", "serial", "parallel", "pipelined"];

    private static RunResult? Run(string executor, Action compiled, Func<RunOptions, RunResult> engine)
    {
        if (executor == "compiled")
        {
            compiled();
            return null;
        }
        return engine(new RunOptions { Executor = Of(executor), ThrowOnFailure = false });
    }

    private static Executor Of(string executor) => executor switch
    {
        "serial" => Executor.Serial,
        "parallel" => Executor.Parallel(),
        _ => Executor.Pipelined(),
    };

    [Theory]
    [MemberData(nameof(Executors))]
    public void An_aggregate_publishes_its_total_once_the_items_end(string executor)
    {
        var graph = new RunningSumGraph();
        var result = Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Equal([1_000L * 1_001], graph.Totals.Items);
        if (result is not null)
        {
            Assert.True(result.Succeeded);
            Assert.Equal(1_000, result.Node("sum").Firings);
            Assert.Equal(1, result.Edges.Single(e => e.Id.StartsWith("sum.")).Delivered);
        }
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void An_aggregate_of_no_items_publishes_the_default(string executor)
    {
        var graph = new RunningSumGraph(source: new Nodes.Range { From = 1, To = 0 });
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Equal([0L], graph.Totals.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_second_run_starts_from_a_fresh_total(string executor)
    {
        var graph = new RunningSumGraph();
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Equal([1_000L * 1_001, 1_000L * 1_001], graph.Totals.Items);
    }

    [Fact]
    public void The_compiled_run_fuses_the_aggregate_into_the_source_loop_and_queues_its_output()
    {
        var plan = RunningSumGraph.Plan;
        Assert.True(plan.Edges.Single(e => e.Id.StartsWith("scale.")).IsFused);
        Assert.False(plan.Edges.Single(e => e.Id.StartsWith("sum.")).IsFused);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_count_window_publishes_each_full_window_and_the_partial_last_one(string executor)
    {
        var graph = new CountWindowGraph();
        var result = Run(executor, () => graph.Run(), options => graph.Run(options));
        var expected = Enumerable.Range(0, 11).Select(w => Enumerable.Range(w * 100 + 1, Math.Min(100, 1_050 - w * 100)).Sum(i => (long)i)).ToList();
        Assert.Equal(expected, graph.Sums.Items);
        if (result is not null) Assert.Equal(1_050, result.Node("windows").Firings);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_window_of_no_items_publishes_nothing(string executor)
    {
        var graph = new CountWindowGraph(source: new Nodes.Range { From = 1, To = 0 });
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Empty(graph.Sums.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_window_sink_gets_every_window(string executor)
    {
        var graph = new WindowSinkGraph();
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Equal([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]], graph.Recorder.Windows);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void An_aggregate_with_a_window_publishes_and_resets_its_total_on_each_boundary(string executor)
    {
        var graph = new WindowedTotalGraph();
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Equal([6L, 15, 24, 10], graph.Split.Items);
        Assert.Equal([55L], graph.Total.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_time_window_longer_than_the_run_is_published_whole_at_the_end(string executor)
    {
        var graph = new TimeWindowGraph();
        Run(executor, () => graph.Run(), options => graph.Run(options));
        Assert.Equal([5], graph.PerMinute.Items);
        Assert.Equal(5, graph.PerTick.Items.Sum());
    }

    [Fact]
    public void In_the_compiled_run_a_time_window_closes_when_an_item_arrives_after_its_time()
    {
        // Slow waits 3 ms before each item, fused in the source's loop: every item finds a 1 ms window due.
        var graph = new TimeWindowGraph();
        graph.Run();
        Assert.Equal([1, 1, 1, 1, 1], graph.PerTick.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_failing_aggregate_or_window_fails_alone_and_publishes_nothing_more(string executor)
    {
        var graph = new FailingFoldGraph();
        RunResult result;
        if (executor == "compiled") result = Assert.Throws<GraphRunException>(() => graph.Run()).Result;
        else result = graph.Run(new RunOptions { Executor = Of(executor), ThrowOnFailure = false });
        Assert.Equal(["failing", "window"], result.Failures.Select(f => f.Node).Order());
        Assert.Empty(graph.Failed.Items);
        Assert.Equal(Enumerable.Range(0, 9).Select(w => Enumerable.Range(w * 10 + 1, 10).Sum(i => (long)i)), graph.Windows.Items);
        Assert.Equal([5_050L], graph.Total.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void An_aggregate_behind_a_failed_node_publishes_the_total_of_what_it_received(string executor)
    {
        var graph = new SumAfterFailureGraph();
        var result = executor == "compiled"
            ? Assert.Throws<GraphRunException>(() => graph.Run()).Result
            : graph.Run(new RunOptions { Executor = Of(executor), ThrowOnFailure = false });
        Assert.Equal("check", Assert.Single(result.Failures).Node);
        Assert.Equal([49L * 50 / 2], graph.Totals.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_cancelled_run_publishes_no_total_and_no_partial_window(string executor)
    {
        using var cancellation = new CancellationTokenSource();
        var graph = new CancelledSumGraph(cancel: new Nodes.CancelAt { Cancellation = cancellation, At = 2_050 });
        var error = executor == "compiled"
            ? Assert.Throws<GraphCanceledException>(() => graph.Run(cancellation.Token))
            : Assert.Throws<GraphCanceledException>(() => graph.Run(new RunOptions { Executor = Of(executor) }, cancellation.Token));
        Assert.True(error.Result.Cancelled);
        Assert.Empty(graph.Totals.Items);
        // Full windows may have been published before the cancellation; never the partial one (2 001..2 050).
        Assert.All(graph.Windows.Items, sum => Assert.Equal(0, (sum - 5_050) % 10_000));
    }

    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    [InlineData("pipelined")]
    public void A_retried_aggregate_starts_each_attempt_from_the_total_before_the_item(string executor)
    {
        var graph = new FailingFoldGraph(failing: new Nodes.FailingSum { FailAt = 50, Failures = 2 }, window: new Nodes.FailingWindow { FailOn = -1 });
        var result = graph.Run(new RunOptions
        {
            Executor = Of(executor),
            Retry = new Dictionary<string, RetryPolicy> { ["failing"] = new(maxAttempts: 3) },
        });
        Assert.True(result.Succeeded);
        Assert.Equal([5_050L], graph.Failed.Items);
    }

    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    public void A_graph_with_an_aggregate_refuses_to_pause(string executor)
    {
        var graph = new RunningSumGraph();
        var error = Assert.Throws<NotSupportedException>(() => graph.Run(new RunOptions { Executor = Of(executor), Pause = new RunPause() }));
        Assert.Contains("node 'sum' is an aggregate or window node", error.Message);
        Assert.Empty(graph.Totals.Items);
    }
}
