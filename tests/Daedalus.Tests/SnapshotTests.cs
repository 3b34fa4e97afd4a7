using System.Text.Json.Nodes;
using Daedalus.Runtime;
using Daedalus.Tests.Graphs;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests;

/// <summary>A generated graph paused half way, saved with a source-generated JSON context and resumed in a new instance.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Pausing => ["serial", "parallel"];

    [Theory]
    [MemberData(nameof(Pausing))]
    public void A_generated_graph_paused_half_way_resumes_in_a_new_instance_to_the_uninterrupted_result(string executorName)
    {
        var whole = new Tallying();
        whole.Run(new RunOptions { Executor = ExecutorFor(executorName) });
        var pause = new RunPause();
        var first = new Tallying();
        first.Tally.Pause = pause;
        first.Tally.PauseAt = 1000;

        var paused = first.Run(new RunOptions { Executor = ExecutorFor(executorName), Pause = pause });
        using var stream = new MemoryStream();
        paused.Snapshot!.Save(stream, SnapshotTestJson.Default);
        stream.Position = 0;
        var second = new Tallying();
        var resumed = second.Run(new RunOptions { Executor = ExecutorFor(executorName), Resume = GraphSnapshot.Load(stream, SnapshotTestJson.Default) });

        Assert.True(paused.Paused);
        Assert.InRange(first.Sink.Count, 1, 1999);
        Assert.True(resumed.Succeeded);
        Assert.Equal(2000, second.Sink.Count);
        Assert.Equal(whole.Sink.Total, second.Sink.Total);
        Assert.Equal(whole.Tally.Sum, second.Tally.Sum);
    }

    [Fact]
    public void A_snapshot_of_another_generated_graph_is_rejected()
    {
        var pause = new RunPause();
        var tallying = new Tallying();
        tallying.Tally.Pause = pause;
        tallying.Tally.PauseAt = 10;
        var snapshot = tallying.Run(new RunOptions { Pause = pause }).Snapshot!;

        var error = Assert.Throws<GraphSnapshotMismatchException>(() => new WithContext().Run(new RunOptions { Resume = snapshot }));

        Assert.Contains("'Tallying'", error.Message);
    }

    [Fact]
    public void A_failed_resume_leaves_the_instance_as_it_was_so_its_compiled_run_ends_as_a_fresh_instance()
    {
        var fresh = new Tallying();
        fresh.Run();
        var corrupted = SnapshotWithSlot(node: 2, slot: "count", value: "many");
        var graph = new Tallying();

        Assert.Throws<GraphRunException>(() => graph.Run(new RunOptions { Resume = corrupted }));
        graph.Run();

        Assert.Equal((fresh.Tally.Sum, fresh.Sink.Count, fresh.Sink.Total), (graph.Tally.Sum, graph.Sink.Count, graph.Sink.Total));
    }

    [Fact]
    public void A_node_failing_in_initialize_on_resume_fails_alone_and_abandons_its_inputs_as_in_a_plain_run()
    {
        var corrupted = SnapshotWithSlot(node: 1, slot: "sum", value: "many");
        var graph = new Tallying();

        var result = graph.Run(new RunOptions { Resume = corrupted, ThrowOnFailure = false });

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("tally", "initialize"), (failure.Node, failure.Phase));
        Assert.IsType<NodeStateException>(failure.Error);
        Assert.Equal(NodeOutcome.Completed, result.Node("source").Outcome);
        var queued = corrupted.QueuedItems("source.Output->tally.Value");
        Assert.Equal(queued + 2000 - corrupted.Produced("source")!.Value, result.Edge("source.Output->tally.Value").Abandoned);
    }

    /// <summary>A snapshot of Tallying paused half way, saved, with one state slot of node <paramref name="node"/> replaced, and loaded.</summary>
    private static GraphSnapshot SnapshotWithSlot(int node, string slot, string value)
    {
        var pause = new RunPause();
        var tallying = new Tallying();
        tallying.Tally.Pause = pause;
        tallying.Tally.PauseAt = 1000;
        var json = JsonNode.Parse(tallying.Run(new RunOptions { Pause = pause }).Snapshot!.ToJson(SnapshotTestJson.Default))!;
        json["nodes"]![node]!["state"]!["slots"]![slot] = value;
        return GraphSnapshot.FromJson(json.ToJsonString(), SnapshotTestJson.Default);
    }

    private static Executor ExecutorFor(string name) => name == "serial" ? Executor.Serial : Executor.Parallel(2);
}
