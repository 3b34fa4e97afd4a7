using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>
/// Filter, try-map and flat-map nodes (0..N items per firing) through generated graphs: the same results on
/// the compiled run and every executor, and counters that reconcile (firings = items in; edges = items out).
/// </summary>
public sealed class FlowShapeTests
{
    public static TheoryData<string> Executors => new() { "serial", "parallel", "pipelined" };

    private static RunOptions On(string executor, Dictionary<string, RetryPolicy>? retry = null) => new()
    {
        Executor = executor switch { "serial" => Executor.Serial, "parallel" => Executor.Parallel(), _ => Executor.Pipelined() },
        Retry = retry ?? [],
        ThrowOnFailure = false,
    };

    private static readonly int[] EvenTimesThree = Enumerable.Range(1, 100).Where(i => i % 2 == 0).Select(i => i * 3).ToArray();

    [Fact]
    public void A_filter_passes_the_items_it_keeps_on_the_compiled_run()
    {
        var graph = new EvenSquares();
        graph.Run();
        graph.Run();
        Assert.Equal(EvenTimesThree.Concat(EvenTimesThree), graph.Sink.Items);
        Assert.Equal(NodeKind.Function, EvenSquares.Plan.Node("even").Kind);
        // The filter is called in its source's loop, and what it keeps goes on within the loop.
        Assert.All(EvenSquares.Plan.Edges, e => Assert.True(e.IsFused, e.Id));
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_filter_gives_the_compiled_result_on_every_executor_and_counts_what_it_dropped(string executor)
    {
        var graph = new EvenSquares();
        var result = graph.Run(On(executor));
        Assert.True(result.Succeeded);
        Assert.Equal(EvenTimesThree, graph.Sink.Items.Order());
        Assert.Equal(100, result.Node("even").Firings);
        var passed = result.Edge("even.Output->scale.Value");
        Assert.Equal((50L, 50L), (passed.Written, passed.Delivered));
        Assert.Equal(50, result.Node("scale").Firings);
    }

    [Fact]
    public void A_failing_filter_and_a_failing_node_after_it_are_reported_as_the_serial_executor_reports_them()
    {
        var compiledGraph = new FilterThenFail();
        var compiled = Assert.Throws<GraphRunException>(() => compiledGraph.Run()).Result;
        var engineGraph = new FilterThenFail();
        var engine = engineGraph.Run(On("serial"));

        AssertSameRun(engine, compiled, FilterThenFail.Plan);
        Assert.Equal(["even", "fail"], compiled.Failures.Select(f => f.Node).Order());
        // even saw 1..14, passing 7 items, and failed on 15; fail took 2, 4, failed on 6, and the 4 after it were abandoned.
        Assert.Equal(14, compiled.Node("even").Firings);
        Assert.Equal(
            new EdgeRunStats("even.Output->fail.Value", 7, 3, 0, 0, 4, 0, compiled.Edge("even.Output->fail.Value").PeakDepth) { Policy = Edge.Default(), IsFused = true },
            compiled.Edge("even.Output->fail.Value"));
        Assert.Equal(5, compiled.Edge("source.Output->even.Value").Abandoned);
        Assert.Equal([2, 4], compiledGraph.FailedSink.Items);
        // The branch that does not depend on the failed nodes runs to completion.
        Assert.Equal(Enumerable.Range(1, 10), compiledGraph.Sink.Items);
        Assert.Equal(engineGraph.Sink.Items, compiledGraph.Sink.Items);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_filter_is_retried_under_the_run_s_retry_policy(string executor)
    {
        var graph = new FlakyFilterChain();
        var result = graph.Run(On(executor, new() { ["flaky"] = new RetryPolicy(2) }));
        Assert.True(result.Succeeded);
        Assert.Equal(Enumerable.Range(1, 30).Where(i => i % 3 != 0), graph.Sink.Items.Order());
        Assert.Equal(30, result.Node("flaky").Firings);
    }

    [Fact]
    public void A_try_map_writes_the_out_value_when_it_returns_true()
    {
        var graph = new ParseLines();
        graph.Run();
        Assert.Equal([1, 22, -3, 5], graph.Sink.Items);
        Assert.Equal("Number", Assert.Single(ParseLines.Plan.Node("parse").Outputs).Name);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_try_map_gives_the_compiled_result_on_every_executor(string executor)
    {
        var graph = new ParseLines();
        var result = graph.Run(On(executor));
        Assert.True(result.Succeeded);
        Assert.Equal([1, 22, -3, 5], graph.Sink.Items);
        Assert.Equal(7, result.Node("parse").Firings);
        Assert.Equal(4, result.Edge("parse.Number->sink.Item").Written);
    }

    [Fact]
    public void A_flat_map_writes_any_number_of_items_per_call()
    {
        var graph = new WordSplit();
        graph.Run();
        graph.Run();
        string[] words = ["the", "quick", "brown", "fox", "jumps", "over"];
        Assert.Equal(words.Concat(words), graph.Sink.Items);
        Assert.Equal("Words", Assert.Single(WordSplit.Plan.Node("split").Outputs).Name);
        Assert.Equal(NodeKind.Function, WordSplit.Plan.Node("split").Kind);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_flat_map_gives_the_compiled_result_on_every_executor(string executor)
    {
        var graph = new WordSplit();
        var result = graph.Run(On(executor));
        Assert.True(result.Succeeded);
        Assert.Equal(["the", "quick", "brown", "fox", "jumps", "over"], graph.Sink.Items);
        Assert.Equal(4, result.Node("split").Firings);
        Assert.Equal(6, result.Edge("split.Words->sink.Item").Delivered);
    }

    [Fact]
    public void A_failing_flat_map_keeps_what_it_wrote_and_deals_round_robin_as_the_serial_executor_does()
    {
        var compiledGraph = new RepeatFanOut();
        var compiled = Assert.Throws<GraphRunException>(() => compiledGraph.Run()).Result;
        var engineGraph = new RepeatFanOut();
        var engine = engineGraph.Run(On("serial"));

        AssertSameRun(engine, compiled, RepeatFanOut.Plan);
        var failure = Assert.Single(compiled.Failures);
        Assert.Equal(("repeat", "process", 40L), (failure.Node, failure.Phase, failure.Firing));
        // Items written before the call threw stay written: 40 % 3 = 1 copy of 40.
        var copies = Enumerable.Range(1, 40).SelectMany(i => Enumerable.Repeat(i, i % 3)).ToArray();
        Assert.Equal(copies, compiledGraph.Copies.Items);
        Assert.Equal(copies.Length, compiled.Edge("repeat.Copies->copies.Item").Written);
        var odd = Enumerable.Range(1, 39).Where(i => i % 2 != 0).Select(i => -i).ToArray();
        Assert.Equal(odd.Where((_, i) => i % 2 == 0), compiledGraph.Left.Items);
        Assert.Equal(odd.Where((_, i) => i % 2 == 1), compiledGraph.Right.Items);
        Assert.Equal(engineGraph.Left.Items, compiledGraph.Left.Items);
        Assert.Equal(10, compiled.Edge("source.Output->repeat.Value").Abandoned);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_flat_map_with_two_outputs_gives_the_same_items_on_every_executor(string executor)
    {
        var compiledGraph = new RepeatFanOut();
        Assert.Throws<GraphRunException>(() => compiledGraph.Run());
        var graph = new RepeatFanOut();
        var result = graph.Run(On(executor));
        Assert.Equal(compiledGraph.Copies.Items, graph.Copies.Items);
        Assert.Equal(compiledGraph.Left.Items.Concat(compiledGraph.Right.Items).Order(), graph.Left.Items.Concat(graph.Right.Items).Order());
        Assert.Equal(39, result.Node("repeat").Firings);
    }

    [Theory]
    [InlineData("compiled")]
    [InlineData("serial")]
    [InlineData("parallel")]
    [InlineData("pipelined")]
    public async Task An_asynchronous_flat_map_writes_across_its_awaits(string executor)
    {
        var graph = new TwiceAsyncChain();
        if (executor == "compiled") await graph.RunAsync();
        else Assert.True((await graph.RunAsync(On(executor))).Succeeded);
        Assert.Equal(Enumerable.Range(1, 20).SelectMany(i => new[] { i, i }), graph.Sink.Items);
    }

    [Fact]
    public void Cancellation_during_a_fused_flat_map_stops_the_run_after_that_call_and_counts_what_was_written()
    {
        var graph = new CancelInFlatMap();
        using var cancellation = new CancellationTokenSource();
        graph.Split.Cancellation = cancellation;

        var result = Assert.Throws<GraphCanceledException>(() => graph.Run(cancellation.Token)).Result;

        // source → even → split is one fused loop: split saw 2, 4, 6, 8, 10 and cancelled during its call for 10,
        // which still wrote both of its items; the loop stopped before the source's 11th item.
        Assert.True(result.Cancelled);
        Assert.Equal([10L, 10L, 5L, 0L], result.Nodes.Select(n => n.Firings));
        Assert.Equal((5L, 5L), (result.Edge("even.Output->split.Value").Written, result.Edge("even.Output->split.Value").Delivered));
        var queued = result.Edge("split.Items->sink.Item");
        Assert.Equal((10L, 0L, 10), (queued.Written, queued.Delivered, queued.LeftQueued));
        Assert.Empty(graph.Sink.Items);
    }

    private static void AssertSameRun(RunResult engine, RunResult compiled, GraphPlan plan)
    {
        Assert.Equal((engine.Graph, engine.Cancelled, engine.Succeeded), (compiled.Graph, compiled.Cancelled, compiled.Succeeded));
        Assert.Equal(engine.Nodes.Select(n => (n.Name, n.Firings, n.Outcome, n.InFlight)), compiled.Nodes.Select(n => (n.Name, n.Firings, n.Outcome, n.InFlight)));
        Assert.Equal(
            engine.Edges.Select(e => e with { PeakDepth = plan.Edges.Single(p => p.Id == e.Id).IsFused ? 0 : e.PeakDepth }),
            compiled.Edges.Select(e => e with { PeakDepth = plan.Edges.Single(p => p.Id == e.Id).IsFused ? 0 : e.PeakDepth, IsFused = false }));
        // A fused chain calls its nodes item by item where the serial executor fires node by node, so two failures
        // may be recorded in either order.
        Assert.Equal(
            engine.Failures.Select(f => (f.Node, f.Phase, f.Firing, f.Error.Message)).Order(),
            compiled.Failures.Select(f => (f.Node, f.Phase, f.Firing, f.Error.Message)).Order());
    }
}
