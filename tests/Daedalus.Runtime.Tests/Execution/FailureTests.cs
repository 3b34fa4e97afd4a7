namespace Daedalus.Runtime.Tests.Execution;

/// <summary>A failing node stops alone: its inputs are abandoned (and counted), everything not depending on it completes.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class FailureTests
{
    public static TheoryData<string, bool> AllWithPolicies() => ExecutorEquivalenceTests.AllWithPolicies();

    private static (RuntimeGraph Graph, Collect Failing, Collect Sibling) TwoBranches(Map failing, EdgePolicy? policy, int items = 100)
    {
        var graph = new RuntimeGraph("branches");
        var source = graph.Add(new Numbers(items), "source");
        var bad = graph.Add(failing, "bad");
        var good = graph.Add(new Map(), "good");
        var failingSink = new Collect();
        var siblingSink = new Collect();
        graph.Connect(source.Output, bad.In, policy);
        graph.Connect(source.Output, good.In, policy);
        graph.Connect(bad.Out, graph.Add(failingSink, "badSink").In, policy);
        graph.Connect(good.Out, graph.Add(siblingSink, "goodSink").In, policy);
        return (graph, failingSink, siblingSink);
    }

    [Theory]
    [MemberData(nameof(AllWithPolicies))]
    public void A_failure_is_isolated(string executor, bool tight)
    {
        var (graph, failingSink, siblingSink) = TwoBranches(Map.ThrowingOn(5), tight ? Edge.Bounded(1) : null);

        var error = Executors.RunThrows<GraphRunException>(graph, executor);

        var result = error.Result;
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("bad", "process", 6L), (failure.Node, failure.Phase, failure.Firing));
        Assert.Equal(["source.Output->bad.In"], failure.InputEdges);
        Assert.IsType<InvalidOperationException>(failure.Error);
        Assert.Contains(failure.Error, error.InnerExceptions);
        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * 3L + 1), siblingSink.Items);
        Assert.Equal(Enumerable.Range(0, 5).Select(x => x * 3L + 1), failingSink.Items);
        var abandoned = result.Edge("source.Output->bad.In");
        Assert.Equal(100, abandoned.Written);
        Assert.Equal(6, abandoned.Delivered);
        Assert.Equal(94, abandoned.Abandoned);
        Assert.Equal(0, abandoned.LeftQueued);
        Assert.Equal(NodeOutcome.Failed, result.Node("bad").Outcome);
        Assert.Equal(NodeOutcome.Completed, result.Node("badSink").Outcome);
        Assert.Equal(NodeOutcome.Completed, result.Node("goodSink").Outcome);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void Without_throwing_the_result_reports_the_failure(string executor)
    {
        var (graph, _, siblingSink) = TwoBranches(Map.ThrowingOn(0), null);

        var result = Executors.Run(graph, executor, throwOnFailure: false);

        Assert.False(result.Succeeded);
        Assert.Equal("bad", Assert.Single(result.Failures).Node);
        Assert.Equal(100, siblingSink.Items.Count);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_retried_node_succeeds(string executor)
    {
        var (graph, failingSink, _) = TwoBranches(Map.Flaky(2), null, items: 10);

        var result = Executors.Run(graph, executor, retry: new Dictionary<string, RetryPolicy> { ["bad"] = new(3) });

        Assert.Equal(2, result.Node("bad").Retries);
        Assert.Equal(10, result.Node("bad").Firings);
        Assert.Equal(Enumerable.Range(0, 10).Select(x => x * 3L + 1), failingSink.Items);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void Exhausted_retries_fail_with_the_last_error(string executor)
    {
        var (graph, failingSink, siblingSink) = TwoBranches(Map.Flaky(5), null, items: 10);

        var error = Executors.RunThrows<GraphRunException>(graph, executor,
            retry: new Dictionary<string, RetryPolicy> { ["bad"] = new(3, TimeSpan.FromMilliseconds(1)) });

        var failure = Assert.Single(error.Result.Failures);
        Assert.IsType<TimeoutException>(failure.Error);
        Assert.Equal(1, failure.Firing);
        Assert.Equal(2, error.Result.Node("bad").Retries);
        Assert.Empty(failingSink.Items);
        Assert.Equal(10, siblingSink.Items.Count);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void Hooks_run_exactly_once_even_when_a_node_fails(string executor)
    {
        var graph = new RuntimeGraph("hooks");
        var first = new Hooked();
        var failing = new Hooked(Map.ThrowingOn(4)); // first maps 1 to 4
        var last = new Hooked();
        var source = graph.Add(new Numbers(50));
        var a = graph.Add(first, "first");
        var b = graph.Add(failing, "failing");
        var c = graph.Add(last, "last");
        graph.Connect(source.Output, a.In);
        graph.Connect(a.Out, b.In);
        graph.Connect(b.Out, c.In);
        graph.Connect(c.Out, graph.Add(new Collect()).In);

        Executors.RunThrows<GraphRunException>(graph, executor);

        Assert.All([first, failing, last], node => Assert.Equal((1, 1), (node.Initialized, node.CleanedUp)));
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_node_whose_initialize_fails_never_fires_and_is_not_cleaned_up(string executor)
    {
        var graph = new RuntimeGraph("init");
        var broken = new Hooked(failInitialize: true);
        var sibling = new Hooked();
        var source = graph.Add(new Numbers(20), "source");
        var a = graph.Add(broken, "broken");
        var b = graph.Add(sibling, "sibling");
        var siblingSink = new Collect();
        graph.Connect(source.Output, a.In, Edge.Bounded(1));
        graph.Connect(source.Output, b.In, Edge.Bounded(1));
        graph.Connect(a.Out, graph.Add(new Collect()).In);
        graph.Connect(b.Out, graph.Add(siblingSink).In);

        var error = Executors.RunThrows<GraphRunException>(graph, executor);

        var failure = Assert.Single(error.Result.Failures);
        Assert.Equal(("broken", "initialize", 0L), (failure.Node, failure.Phase, failure.Firing));
        Assert.Equal(0, error.Result.Node("broken").Firings);
        Assert.Equal(20, error.Result.Edge("source.Output->broken.In").Abandoned);
        Assert.Equal(20, siblingSink.Items.Count);
        Assert.Equal((1, 0), (broken.Initialized, broken.CleanedUp));
        Assert.Equal((1, 1), (sibling.Initialized, sibling.CleanedUp));
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_cancellation_that_is_not_the_runs_is_a_failure(string executor)
    {
        var (graph, _, siblingSink) = TwoBranches(new Map(x => x == 3 ? throw new OperationCanceledException("own timeout") : x), null);

        var error = Executors.RunThrows<GraphRunException>(graph, executor);

        Assert.False(error.Result.Cancelled);
        Assert.IsType<OperationCanceledException>(Assert.Single(error.Result.Failures).Error);
        Assert.Equal(100, siblingSink.Items.Count);
    }
}
