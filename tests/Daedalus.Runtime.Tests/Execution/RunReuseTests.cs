namespace Daedalus.Runtime.Tests.Execution;

/// <summary>
/// Running one graph again (it keeps its last clean run's edges, bindings and contexts) gives exactly what a
/// fresh graph gives; earlier results stay as they were; a run after a failure or a pause starts afresh.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class RunReuseTests
{
    public static TheoryData<string> Reusing => ["serial", "parallel", "pooled-parallel"];

    private sealed record Leftovers(RuntimeGraph Graph, Collect Zipped, Collect Latest, Collect Shared);

    /// <summary>
    /// 10 and 5 numbers zipped (5 left queued), 100 numbers into a latest edge (99 dropped), and 1000 numbers
    /// shared round-robin by three maps over blocking edges (the turn ends on the second map).
    /// </summary>
    private static Leftovers Build(Func<long, long>? shared = null)
    {
        var graph = new RuntimeGraph("leftovers");
        var zip = graph.Add(new Zip(), "zip");
        graph.Connect(graph.Add(new Numbers(10), "left").Output, zip.Left);
        graph.Connect(graph.Add(new Numbers(5), "right").Output, zip.Right);
        var zipped = new Collect();
        graph.Connect(zip.Out, graph.Add(zipped, "zipped").In);
        var latest = new Collect();
        graph.Connect(graph.Add(new Numbers(100), "burst").Output, graph.Add(latest, "latest").In, Edge.Latest);
        var source = graph.Add(new Numbers(1000), "numbers");
        var sharedSink = new Collect();
        var input = graph.Add(sharedSink, "shared").In;
        for (var w = 0; w < 3; w++)
        {
            var map = graph.Add(shared is null ? new Map() : new Map(shared), $"map{w}");
            graph.Connect(source.Output, map.In, Edge.Bounded(4));
            graph.Connect(map.Out, input, Edge.Bounded(4));
        }
        graph.Distribute(source.Output, FanOut.RoundRobin);
        return new Leftovers(graph, zipped, latest, sharedSink);
    }

    /// <summary>Everything in a result but the timings.</summary>
    private static string Figures(RunResult result) => string.Join(Environment.NewLine,
        [
            $"succeeded={result.Succeeded} cancelled={result.Cancelled} paused={result.Paused} failures={result.Failures.Count}",
            .. result.Nodes.Select(n => $"{n.Name} firings={n.Firings} retries={n.Retries} {n.Outcome} inFlight={n.InFlight}"),
            .. result.Edges.Select(e => e.ToString()),
        ]);

    private static RunResult Run(RuntimeGraph graph, string executor, RunPause? pause = null, bool throwOnFailure = false) =>
        graph.Run(new RunOptions { Executor = Executors.Get(executor), Pause = pause, ThrowOnFailure = throwOnFailure });

    [Theory]
    [MemberData(nameof(Reusing))]
    public void Runs_of_one_graph_give_the_results_of_a_fresh_graph(string executor)
    {
        var fresh = Build();
        var expected = Figures(Run(fresh.Graph, executor));
        var reused = Build();

        for (var run = 1; run <= 3; run++)
        {
            var result = Run(reused.Graph, executor);

            Assert.Equal(expected, Figures(result));
            Assert.Equal(Repeat(fresh.Zipped.Items, run), reused.Zipped.Items);
            Assert.Equal(Repeat(fresh.Latest.Items, run), reused.Latest.Items);
            Assert.Equal(Repeat(fresh.Shared.Items, run), reused.Shared.Items);
        }
        Assert.Equal([0L * 1000 + 0, 1001, 2002, 3003, 4004], fresh.Zipped.Items);
        Assert.Equal([99L], fresh.Latest.Items);
    }

    [Fact]
    public void Runs_on_other_executors_in_between_give_the_same_items()
    {
        var (graph, sink) = Shapes.Chain(500, 3, Edge.Bounded(8));
        string[] executors = ["serial", "serial", "parallel", "parallel", "pipelined", "serial", "pooled-parallel", "serial"];

        for (var run = 0; run < executors.Length; run++)
        {
            var result = Run(graph, executors[run]);

            Assert.True(result.Succeeded);
            Assert.Equal(Enumerable.Range(3, 500).Select(x => (long)x), sink.Items.Skip(run * 500));
            Assert.All(result.Edges, edge => Assert.Equal((500, 500, 0), (edge.Written, edge.Delivered, edge.LeftQueued)));
        }
    }

    [Theory]
    [MemberData(nameof(Reusing))]
    public void An_earlier_result_is_not_changed_by_a_later_run(string executor)
    {
        var graph = new RuntimeGraph("flaky");
        var map = graph.Add(Map.Flaky(2), "flaky");
        graph.Connect(graph.Add(new Numbers(100), "numbers").Output, map.In, Edge.Bounded(4));
        graph.Connect(map.Out, graph.Add(new Collect(), "sink").In, Edge.Latest);
        var options = new RunOptions { Executor = Executors.Get(executor), Retry = new Dictionary<string, RetryPolicy> { ["flaky"] = new(3) } };

        var first = graph.Run(options);
        var before = Figures(first);
        var second = graph.Run(options with { Retry = new Dictionary<string, RetryPolicy>() });

        Assert.Equal(2, first.Node("flaky").Retries);
        Assert.Equal(0, second.Node("flaky").Retries);
        Assert.Equal(before, Figures(first));
        Assert.NotSame(first.Edges[0], second.Edges[0]);
        Assert.Equal(first.Edges, second.Edges);
    }

    [Theory]
    [MemberData(nameof(Reusing))]
    public void A_run_after_a_failure_starts_afresh(string executor)
    {
        var poisoned = true;
        var failing = Build(x => poisoned && x == 500 ? throw new InvalidOperationException("poisoned") : x * 3 + 1);
        var fresh = Build();
        var expected = Figures(Run(fresh.Graph, executor));

        var failed = Run(failing.Graph, executor);
        poisoned = false;
        var before = failing.Shared.Items.Count;
        var again = Run(failing.Graph, executor);
        var third = Run(failing.Graph, executor);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Edges, edge => edge.Abandoned > 0);
        Assert.Equal(expected, Figures(again));
        Assert.Equal(expected, Figures(third));
        Assert.Equal(Repeat(fresh.Shared.Items, 2), failing.Shared.Items.Skip(before));
    }

    [Theory]
    [MemberData(nameof(Reusing))]
    public void A_run_after_a_pause_starts_afresh(string executor)
    {
        var fresh = Build();
        var expected = Figures(Run(fresh.Graph, executor));
        var paused = Build();
        var pause = new RunPause();
        pause.Request();

        var first = Run(paused.Graph, executor, pause);
        var before = paused.Shared.Items.Count;
        var again = Run(paused.Graph, executor);
        var third = Run(paused.Graph, executor);

        Assert.True(first.Paused);
        Assert.InRange(before, 1, 999);
        Assert.Contains(first.Edges, edge => edge.LeftQueued > 0);
        Assert.Equal(expected, Figures(again));
        Assert.Equal(expected, Figures(third));
        Assert.Equal(Repeat(fresh.Shared.Items, 2), paused.Shared.Items.Skip(before));
    }

    [Theory]
    [MemberData(nameof(Reusing))]
    public void A_run_after_a_cancellation_starts_afresh(string executor)
    {
        using var cancel = new CancellationTokenSource();
        var cancelling = Build(x =>
        {
            if (x == 500 && !cancel.IsCancellationRequested) cancel.Cancel();
            return x * 3 + 1;
        });
        var fresh = Build();
        var expected = Figures(Run(fresh.Graph, executor));

        var error = Assert.Throws<GraphCanceledException>(() =>
            cancelling.Graph.Run(new RunOptions { Executor = Executors.Get(executor), ThrowOnFailure = false }, cancel.Token));
        var before = cancelling.Shared.Items.Count;
        var again = Run(cancelling.Graph, executor);

        Assert.True(error.Result.Cancelled);
        Assert.Equal(expected, Figures(again));
        Assert.Equal(fresh.Shared.Items, cancelling.Shared.Items.Skip(before));
    }

    [Theory]
    [MemberData(nameof(Reusing))]
    public void A_graph_changed_after_a_run_runs_in_its_new_shape(string executor)
    {
        var graph = new RuntimeGraph("growing");
        var numbers = graph.Add(new Numbers(100), "numbers");
        var first = new Collect();
        graph.Connect(numbers.Output, graph.Add(first, "first").In, Edge.Bounded(4));
        Run(graph, executor);

        var second = new Collect();
        graph.Connect(numbers.Output, graph.Add(second, "second").In, Edge.Bounded(4));
        var result = Run(graph, executor);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Edges.Count);
        Assert.All(result.Edges, edge => Assert.Equal((100, 100), (edge.Written, edge.Delivered)));
        Assert.Equal(200, first.Items.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(x => (long)x), second.Items);
    }

    private static List<long> Repeat(List<long> items, int times) => [.. Enumerable.Repeat(items, times).SelectMany(x => x)];
}
