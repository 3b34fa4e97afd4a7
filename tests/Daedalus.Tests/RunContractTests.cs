using Daedalus.Runtime;
using Daedalus.Tests.Graphs;
using Microsoft.Extensions.Logging;

namespace Daedalus.Tests;

/// <summary>
/// The compiled <c>Run()</c> obeys the engine's run contract: fresh state per run, the serial executor's
/// exceptions and accounting, failure isolation, prompt cancellation, one run at a time over the nodes.
/// </summary>
public sealed class RunContractTests
{
    private static readonly RunOptions Serial = new() { Executor = Executor.Serial, ThrowOnFailure = false };

    [Fact]
    public void A_failed_node_is_isolated_and_reported_as_the_serial_executor_reports_it()
    {
        var compiled = Assert.Throws<GraphRunException>(() => new TwoBranches().Run()).Result;
        var engine = new TwoBranches().Run(Serial);

        AssertSameRun(engine, compiled, TwoBranches.Plan);
        var failure = Assert.Single(compiled.Failures);
        Assert.Equal(("fail", "process", 3L), (failure.Node, failure.Phase, failure.Firing));
        Assert.Equal(["source.Output->fail.Value"], failure.InputEdges);
        Assert.Equal(new EdgeRunStats("source.Output->fail.Value", 10, 3, 0, 0, 7, 0, compiled.Edge("source.Output->fail.Value").PeakDepth)
            {
                Policy = Edge.Default(),
            },
            compiled.Edge("source.Output->fail.Value"));
        Assert.Equal(NodeOutcome.Completed, compiled.Node("sink").Outcome);
        Assert.Equal("compiled serial", compiled.Executor);
    }

    [Fact]
    public void The_branch_that_does_not_depend_on_a_failed_node_runs_to_completion()
    {
        var graph = new TwoBranches();
        Assert.Throws<GraphRunException>(() => graph.Run());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 2), graph.Sink.Items);
        Assert.Equal([1, 2], graph.FailedSink.Items);
    }

    [Fact]
    public void A_failure_inside_a_fused_chain_lets_its_upstream_run_on_and_counts_what_it_abandons()
    {
        var compiled = Assert.Throws<GraphRunException>(() => new Failing().Run()).Result;
        var engine = new Failing().Run(Serial);

        AssertSameRun(engine, compiled, Failing.Plan);
        Assert.Equal(5, compiled.Node("source").Firings);
        Assert.Equal((5L, 3L, 2L), (compiled.Edges[0].Written, compiled.Edges[0].Delivered, compiled.Edges[0].Abandoned));
    }

    [Fact]
    public void A_failure_on_one_fused_output_keeps_no_item_from_the_others()
    {
        var graph = new TupleBranches();
        var compiled = Assert.Throws<GraphRunException>(() => graph.Run()).Result;
        var engine = new TupleBranches().Run(Serial);

        AssertSameRun(engine, compiled, TupleBranches.Plan);
        Assert.Equal([0, 1, 2, 3, 0, 1, 2, 3, 0, 1], graph.Remainders.Items);
        Assert.Equal([0, 0, 0, 0], graph.Quotients.Items);
        Assert.Equal((10L, 5L, 5L), (compiled.Edges[1].Written, compiled.Edges[1].Delivered, compiled.Edges[1].Abandoned));
    }

    [Fact]
    public void An_error_edge_that_overflows_fails_its_producer_as_on_the_serial_executor()
    {
        var compiled = Assert.Throws<GraphRunException>(() => new OverflowError().Run()).Result;
        var engine = new OverflowError().Run(Serial);

        AssertSameRun(engine, compiled, OverflowError.Plan);
        Assert.IsType<EdgeOverflowException>(Assert.Single(compiled.Failures).Error);
    }

    [Fact]
    public void Items_a_port_node_leaves_unread_fail_the_run_with_the_serial_executors_exception()
    {
        var compiled = Assert.Throws<GraphRunException>(() => new Unread().Run()).Result;
        var engine = new Unread().Run(Serial);

        AssertSameRun(engine, compiled, Unread.Plan);
        Assert.Empty(compiled.Failures);
        Assert.Equal(3, compiled.Edge("source.Output->ignore.Numbers").LeftQueued);
    }

    [Fact]
    public void A_run_after_a_cancelled_one_starts_from_empty_edges_and_never_replays_its_leftovers()
    {
        var graph = new Interruptible();
        using var cancellation = new CancellationTokenSource();
        graph.Sink.Cancellation = cancellation;
        graph.Sink.CancelAt = 10;
        graph.Sink.ThrowWhenCancelled = true;
        var error = Assert.ThrowsAny<OperationCanceledException>(() => graph.Run(cancellation.Token));

        graph.Source.Count = 5;
        graph.Sink.Items.Clear();
        graph.Sink.CancelAt = int.MaxValue;
        graph.Run();

        Assert.Equal([0, 1, 2, 3, 4], graph.Sink.Items);
        var edge = Assert.Single(graph.Edges);
        Assert.Equal((5L, 5L, 5), (edge.Written, edge.Delivered, edge.PeakDepth));
        // The leftovers were reported by the cancelled run instead.
        var result = Assert.IsType<GraphCanceledException>(error).Result;
        Assert.Equal(54, result.Edge("source.Output->sink.Item").LeftQueued);
        Assert.True(result.Node("sink").InFlight);
    }

    [Fact]
    public void A_run_after_a_failed_one_starts_with_round_robin_outputs_at_their_first_edge()
    {
        var graph = new CheckedRoundRobin();
        graph.Check.Value = 3;
        Assert.Throws<GraphRunException>(() => graph.Run());
        Assert.Equal([1], graph.First.Items);
        Assert.Equal([2], graph.Second.Items);

        graph.Check.Value = 0;
        foreach (var sink in new[] { graph.First, graph.Second, graph.Third }) sink.Items.Clear();
        graph.Run();

        Assert.Equal([1, 4, 7], graph.First.Items);
        Assert.Equal([2, 5, 8], graph.Second.Items);
        Assert.Equal([3, 6, 9], graph.Third.Items);
    }

    [Fact]
    public void Discard_counters_count_one_run()
    {
        var graph = new SingleNode();
        graph.Run();
        graph.Run();
        Assert.Equal(7, Assert.Single(graph.Discards).Count);

        var ports = new UnconnectedBurst();
        ports.Run();
        ports.Run(new RunOptions { Executor = Executor.Serial });
        ports.Run();
        Assert.Equal(4, ports.Burst.Words.Discarded);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_run_starts_cancels_it_with_a_result_on_every_path()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var graph = new Lifecycle();

        var compiled = Assert.Throws<GraphCanceledException>(() => graph.Run(cancellation.Token)).Result;
        var compiledAsync = (await Assert.ThrowsAsync<GraphCanceledException>(async () => await graph.RunAsync(cancellation.Token))).Result;
        var engine = Assert.Throws<GraphCanceledException>(() => graph.Run(new RunOptions { Executor = Executor.Serial }, cancellation.Token)).Result;
        var asyncGraph = (await Assert.ThrowsAsync<GraphCanceledException>(async () => await new AsyncPipeline().RunAsync(cancellation.Token))).Result;

        AssertSameRun(engine, compiled, Lifecycle.Plan);
        AssertSameRun(engine, compiledAsync, Lifecycle.Plan);
        Assert.All(compiled.Nodes.Concat(asyncGraph.Nodes), n => Assert.Equal((NodeOutcome.Cancelled, 0L), (n.Outcome, n.Firings)));
        Assert.Empty(graph.Recorder.Calls);
    }

    [Fact]
    public void Cancellation_stops_a_source_batch_within_one_item()
    {
        var graph = new CancelInBatch();
        using var cancellation = new CancellationTokenSource();
        (graph.Sink.Cancellation, graph.Sink.CancelAt) = (cancellation, 10);

        var error = Assert.ThrowsAny<OperationCanceledException>(() => graph.Run(cancellation.Token));

        Assert.Equal(10, graph.Sink.Items.Count);
        var result = Assert.IsType<GraphCanceledException>(error).Result;
        Assert.Equal(10, result.Node("source").Firings);
        Assert.Equal(NodeOutcome.Cancelled, result.Node("sink").Outcome);
    }

    [Fact]
    public void Cancellation_stops_a_consumer_draining_a_long_queue_within_one_item()
    {
        var graph = new CancelInQueue();
        using var cancellation = new CancellationTokenSource();
        (graph.Sink.Cancellation, graph.Sink.CancelAt) = (cancellation, 10);
        var error = Assert.ThrowsAny<OperationCanceledException>(() => graph.Run(cancellation.Token));
        Assert.Equal(10, graph.Sink.Items.Count);

        var engineGraph = new CancelInQueue();
        using var engineCancellation = new CancellationTokenSource();
        (engineGraph.Sink.Cancellation, engineGraph.Sink.CancelAt) = (engineCancellation, 10);
        var engine = Assert.Throws<GraphCanceledException>(() => engineGraph.Run(new RunOptions { Executor = Executor.Serial }, engineCancellation.Token)).Result;

        var compiled = Assert.IsType<GraphCanceledException>(error).Result;
        Assert.Equal(1_014, compiled.Edge("source.Output->sink.Item").LeftQueued);
        AssertSameRun(engine, compiled, CancelInQueue.Plan);
    }

    [Fact]
    public void A_throwing_logger_factory_fails_that_run_and_the_next_run_works()
    {
        var graph = new WithContext { LoggerFactory = new ThrowingLoggerFactory() };
        var error = Record.Exception(() => graph.Run());

        graph.LoggerFactory = null;
        graph.Run();
        Assert.Equal([1, 2, 3, 4, 5], graph.Sink.Items);

        var result = Assert.IsType<GraphRunException>(error).Result;
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("counting", "initialize"), (failure.Node, failure.Phase));
        Assert.Equal("no loggers today", failure.Error.Message);
        Assert.Equal(5, result.Edge("source.Output->counting.Value").Abandoned);
    }

    [Fact]
    public async Task A_runtime_graph_of_the_instance_and_the_compiled_run_never_run_its_nodes_at_once()
    {
        var expected = Enumerable.Range(1, 20_000).Select(i => i * 2 + 1).ToList();
        for (var trial = 0; trial < 30; trial++)
        {
            var graph = new LinearChain(source: new Nodes.Range { From = 1, To = 20_000 });
            var runtime = graph.ToRuntimeGraph();
            using var start = new Barrier(2);
            var compiled = Task.Run(() => Outcome(() => graph.Run(), start));
            var engine = Task.Run(() => Outcome(() => runtime.Run(new RunOptions { Executor = Executor.Serial }), start));
            var outcomes = await Task.WhenAll(compiled, engine);

            foreach (var refused in outcomes.OfType<InvalidOperationException>())
                Assert.Equal("Graph 'LinearChain' is already running; its nodes run one run at a time.", refused.Message);
            var succeeded = outcomes.Count(o => o is null);
            Assert.Equal(Enumerable.Repeat(expected, succeeded).SelectMany(items => items), graph.Sink.Items);
        }
    }

    [Fact]
    public void Writing_past_the_free_space_of_a_block_edge_gives_the_same_items_in_the_same_order_on_every_path()
    {
        var expected = Enumerable.Range(0, 300).Select(i => "w" + i).ToList();
        var compiled = new BurstIntoBlock();
        compiled.Run();
        Assert.Equal(expected, compiled.Sink.Items);
        var edge = Assert.Single(compiled.Edges);
        Assert.Equal((296L, 300), (edge.OverCapacity, edge.PeakDepth));

        foreach (var executor in new[] { Executor.Serial, Executor.Parallel(2), Executor.Pipelined() })
        {
            var graph = new BurstIntoBlock();
            var stats = graph.Run(new RunOptions { Executor = executor }).Edge("burst.Words->sink.Item");
            Assert.Equal(expected, graph.Sink.Items);
            if (executor.Name == "pipelined")
            {
                // The pipelined executor makes the write wait for room instead.
                Assert.Equal(0, stats.OverCapacity);
                Assert.InRange(stats.PeakDepth, 1, 4);
            }
            else
            {
                Assert.Equal((296L, 300), (stats.OverCapacity, stats.PeakDepth));
            }
        }
    }

    private static Exception? Outcome(Action run, Barrier start)
    {
        start.SignalAndWait();
        try
        {
            run();
            return null;
        }
        catch (InvalidOperationException refused)
        {
            return refused;
        }
    }

    /// <summary>
    /// The two runs agree on everything but the executor's name, time and node timings, and the peak depth of
    /// edges the compiled run fused (it hands each item over at once, and marks them fused).
    /// </summary>
    private static void AssertSameRun(RunResult engine, RunResult compiled, GraphPlan plan)
    {
        Assert.Equal((engine.Graph, engine.Cancelled, engine.Succeeded), (compiled.Graph, compiled.Cancelled, compiled.Succeeded));
        Assert.Equal(engine.Nodes.Select(n => (n.Name, n.Firings, n.Outcome, n.InFlight)), compiled.Nodes.Select(n => (n.Name, n.Firings, n.Outcome, n.InFlight)));
        Assert.Equal(
            engine.Edges.Select(e => e with { PeakDepth = plan.Edges.Single(p => p.Id == e.Id).IsFused ? 0 : e.PeakDepth }),
            compiled.Edges.Select(e => e with { PeakDepth = plan.Edges.Single(p => p.Id == e.Id).IsFused ? 0 : e.PeakDepth, IsFused = false }));
        Assert.Equal(
            engine.Failures.Select(f => (f.Node, f.Phase, f.Firing, f.Error.GetType(), f.Error.Message, string.Join(",", f.InputEdges))),
            compiled.Failures.Select(f => (f.Node, f.Phase, f.Firing, f.Error.GetType(), f.Error.Message, string.Join(",", f.InputEdges))));
    }

    private sealed class ThrowingLoggerFactory : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => throw new InvalidOperationException("no loggers today");

        public void AddProvider(ILoggerProvider provider) { }

        public void Dispose() { }
    }
}
