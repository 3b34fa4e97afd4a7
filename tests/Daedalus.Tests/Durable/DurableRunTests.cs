using Daedalus.Runtime;

namespace Daedalus.Tests.Durable;

/// <summary>Durable runs through the public surface: results stored before consumers run, resumed, reused, budgeted.</summary>
public sealed class DurableRunTests
{
    public static TheoryData<string> Executors => ["serial", "parallel"];

    private static Executor ExecutorFor(string name) => name == "serial" ? Executor.Serial : Executor.Parallel(3);

    private static RunOptions Options(IRunStore store, string runId, string executor = "serial", RunBudget? budget = null) => new()
    {
        Executor = ExecutorFor(executor),
        Durable = new DurableRun(store, runId) { Serializers = new ItemSerializers(DurableTestJson.Default), Budget = budget },
    };

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_durable_run_gives_the_plain_run_s_result_and_records_every_node_with_edges_out(string executor)
    {
        var journal = new Journal();
        var (graph, final) = DurableGraphs.Tree(8, journal);
        using var store = new MemoryRunStore();

        var result = graph.Run(Options(store, "r1", executor));

        Assert.Equal(DurableGraphs.Expected(8), final.Result);
        var durable = result.Durable!;
        Assert.Equal(DurableRunStatus.New, durable.StartedAs);
        Assert.Equal(DurableRunStatus.Completed, durable.Status);
        Assert.Equal(8 + 8 + 7, durable.Misses);
        Assert.Equal(1, durable.Unrecorded);
        Assert.Equal(0, durable.Hits);
        Assert.True(durable.BytesWritten > 0);
        Assert.StartsWith("durable ", result.Executor);
        var edge = result.Edge("chunk0.Output->summary0.Value");
        Assert.Equal(100, edge.Written);
        Assert.Equal(100, edge.Stored);
        Assert.Equal(100, edge.Replayed);
        Assert.Equal(100, edge.Delivered);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void Running_the_same_run_id_again_reuses_every_result_and_fires_only_the_sink(string executor)
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        var (first, _) = DurableGraphs.Tree(8, journal);
        first.Run(Options(store, "again", executor));
        journal.Clear();

        var (second, final) = DurableGraphs.Tree(8, journal);
        var result = second.Run(Options(store, "again", executor));

        Assert.Empty(journal.Nodes);
        Assert.Equal(DurableGraphs.Expected(8), final.Result);
        Assert.Equal(DurableRunStatus.Completed, result.Durable!.StartedAs);
        Assert.Equal(23, result.Durable.Hits);
        Assert.Equal(0, result.Durable.Misses);
        Assert.Equal(NodeOutcome.Reused, result.Node("merge3").Outcome);
        Assert.Equal(0, result.Node("chunk0").Firings);
        Assert.Equal(1, result.Node("final").Firings);
    }

    [Fact]
    public void A_new_run_reuses_only_the_cached_nodes_of_earlier_runs()
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        DurableGraphs.Tree(4, journal).Graph.Run(Options(store, "one"));
        journal.Clear();

        var (graph, final) = DurableGraphs.Tree(4, journal);
        var result = graph.Run(Options(store, "two"));

        // Chunks and summaries are not cached: they run again, give the same content, and every merge (cached) is a hit.
        Assert.Equal(4, journal.Nodes.Count(n => n.StartsWith("chunk", StringComparison.Ordinal)));
        Assert.DoesNotContain(journal.Nodes, n => n.StartsWith("merge", StringComparison.Ordinal));
        Assert.Equal(3, result.Durable!.HitsFromOtherRuns);
        Assert.Equal(DurableGraphs.Expected(4), final.Result);
    }

    [Fact]
    public void Nodes_named_in_the_options_are_cached_like_declared_ones()
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        var cached = new HashSet<string> { "chunk0", "chunk1" };
        DurableGraphs.Tree(2, journal).Graph.Run(Options(store, "a") with { Durable = Options(store, "a").Durable! with { Cached = cached } });
        journal.Clear();

        var (graph, final) = DurableGraphs.Tree(2, journal);
        var result = graph.Run(Options(store, "b") with { Durable = Options(store, "b").Durable! with { Cached = cached } });

        Assert.DoesNotContain(journal.Nodes, n => n.StartsWith("chunk", StringComparison.Ordinal));
        Assert.Equal(NodeOutcome.Reused, result.Node("chunk1").Outcome);
        Assert.Equal(DurableGraphs.Expected(2), final.Result);
        Assert.Throws<ArgumentException>(() => graph.Run(Options(store, "c") with { Durable = Options(store, "c").Durable! with { Cached = new HashSet<string> { "nope" } } }));
    }

    [Fact]
    public void Changing_a_node_s_configuration_invalidates_that_node_and_its_dependents_only()
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        DurableGraphs.Tree(4, journal).Graph.Run(Options(store, "cfg"));
        journal.Clear();

        // chunk1's seed changes: chunk1, summary1, merge0 (its parent), merge2 (the root) run; the rest is reused.
        var (changed, changedFinal) = DurableGraphs.Tree(4, journal, seedOf: i => i == 1 ? 99 : i);
        var result = changed.Run(Options(store, "cfg"));

        Assert.Equal(["chunk1", "merge0", "merge2", "summary1"], journal.Nodes.Order(StringComparer.Ordinal));
        Assert.Equal(4, result.Durable!.Misses);
        Assert.NotEqual(DurableGraphs.Expected(4), changedFinal.Result);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_failed_node_runs_again_on_resume_and_nothing_recorded_runs_twice(string executor)
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        Merge.FailOnce = "merge1";
        var (first, _) = DurableGraphs.Tree(4, journal);

        var error = Assert.Throws<GraphRunException>(() => first.Run(Options(store, "fail", executor)));
        Assert.Equal(DurableRunStatus.Failed, error.Result.Durable!.Status);
        journal.Clear();

        var (second, final) = DurableGraphs.Tree(4, journal);
        var result = second.Run(Options(store, "fail", executor));

        Assert.Equal(["merge1", "merge2"], journal.Nodes.Order(StringComparer.Ordinal));
        Assert.Equal(DurableRunStatus.Failed, result.Durable!.StartedAs);
        Assert.Equal(DurableGraphs.Expected(4), final.Result);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_budget_stops_the_run_resumably_and_a_larger_one_finishes_it(string executor)
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        var budget = new RunBudget { Meters = new Dictionary<string, long> { ["merges"] = 3 } };
        var (first, firstFinal) = DurableGraphs.Tree(8, journal);

        var error = Assert.Throws<GraphBudgetExceededException>(() => first.Run(Options(store, "budget", executor, budget)));

        var stopped = error.Result;
        Assert.Equal(DurableRunStatus.BudgetExceeded, stopped.Durable!.Status);
        Assert.StartsWith("merges: ", stopped.Durable.BudgetExceeded);
        Assert.Null(firstFinal.Result);
        // Checked before every firing: a merge in flight on each worker may finish past the limit, no more.
        Assert.InRange(stopped.Durable.Totals.Meters["merges"], 3, executor == "serial" ? 3 : 5);
        Assert.Contains(stopped.Nodes, n => n.Outcome == NodeOutcome.Stopped);
        Assert.False(stopped.Succeeded);
        journal.Clear();

        var (second, final) = DurableGraphs.Tree(8, journal);
        var resumed = second.Run(Options(store, "budget", executor, budget with { Meters = new Dictionary<string, long> { ["merges"] = 100 } }));

        Assert.Equal(DurableGraphs.Expected(8), final.Result);
        Assert.Equal(DurableRunStatus.BudgetExceeded, resumed.Durable!.StartedAs);
        Assert.Equal(7, resumed.Durable.Totals.Meters["merges"]);
        // What the stopped session finished (committed) does not run again; with several workers, chunks may still have
        // been waiting when the budget stopped the run.
        var finished = stopped.Nodes.Where(n => n.Outcome == NodeOutcome.Completed && n.Name != "final").Select(n => n.Name).ToList();
        Assert.NotEmpty(finished);
        Assert.Empty(journal.Nodes.Intersect(finished));
    }

    [Fact]
    public void A_firing_budget_counts_the_firings_of_every_session()
    {
        using var store = new MemoryRunStore();
        var journal = new Journal();
        var error = Assert.Throws<GraphBudgetExceededException>(() =>
            DurableGraphs.Tree(2, journal).Graph.Run(Options(store, "firings", budget: new RunBudget { MaxFirings = 150 })));

        Assert.Equal(150, error.Result.Durable!.Totals.Firings);
        Assert.Contains("firings: 150 of 150", error.Message);
    }

    [Fact]
    public void An_item_type_without_a_serializer_fails_before_anything_runs()
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        var (graph, _) = DurableGraphs.Tree(2, journal);

        var error = Assert.Throws<InvalidOperationException>(() => graph.Run(new RunOptions { Durable = new DurableRun(store, "x") }));

        Assert.Contains("has no serializer for", error.Message);
        Assert.Contains("ChunkStats", error.Message);
        Assert.Empty(journal.Nodes);
    }

    [Fact]
    public void The_pipelined_executor_and_snapshots_are_refused()
    {
        using var store = new MemoryRunStore();
        var (graph, _) = DurableGraphs.Tree(2, new Journal());

        Assert.Throws<NotSupportedException>(() => graph.Run(Options(store, "p") with { Executor = Executor.Pipelined() }));
        Assert.Throws<NotSupportedException>(() => graph.Run(Options(store, "p") with { Pause = new RunPause() }));
    }

    [Fact]
    public void A_run_open_in_another_session_is_refused()
    {
        using var store = new MemoryRunStore();
        using var session = store.OpenRun("held", "durable-tree");
        var (graph, _) = DurableGraphs.Tree(2, new Journal());

        Assert.Throws<RunStoreLockedException>(() => graph.Run(Options(store, "held")));
    }

    [Fact]
    public void The_table_shows_what_was_reused_and_stored()
    {
        using var store = new MemoryRunStore();
        DurableGraphs.Tree(2, new Journal()).Graph.Run(Options(store, "t"));

        var table = DurableGraphs.Tree(2, new Journal()).Graph.Run(Options(store, "t")).ToTable();

        Assert.Contains("reused", table);
        Assert.Contains("Durable run 't'", table);
    }

    [Fact]
    public void A_generated_graph_runs_durably_through_Run_with_options_and_resumes_in_a_new_instance()
    {
        using var store = new MemoryRunStore();
        var first = new CompiledTree();
        var cold = first.Run(Options(store, "compiled"));
        var second = new CompiledTree();

        var warm = second.Run(Options(store, "compiled"));

        Assert.Equal(DurableGraphs.Expected(4), first.Final.Result);
        Assert.Equal(DurableGraphs.Expected(4), second.Final.Result);
        Assert.Equal(11, cold.Durable!.Misses);
        Assert.Equal(11, warm.Durable!.Hits);
        Assert.All(warm.Nodes.Where(n => n.Name != "final"), n => Assert.Equal(NodeOutcome.Reused, n.Outcome));
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void A_run_cancelled_before_it_starts_runs_nothing_and_resumes_later(string executor)
    {
        var journal = new Journal();
        using var store = new MemoryRunStore();
        var (first, _) = DurableGraphs.Tree(4, journal);

        var error = Assert.Throws<GraphCanceledException>(() => first.Run(Options(store, "cancelled", executor), new CancellationToken(canceled: true)));

        Assert.Empty(journal.Nodes);
        Assert.DoesNotContain(error.Result.Nodes, n => n.Outcome == NodeOutcome.Completed);
        Assert.Equal(DurableRunStatus.Failed, error.Result.Durable!.Status);
        var (second, final) = DurableGraphs.Tree(4, journal);
        second.Run(Options(store, "cancelled", executor));
        Assert.Equal(DurableGraphs.Expected(4), final.Result);
    }
}
