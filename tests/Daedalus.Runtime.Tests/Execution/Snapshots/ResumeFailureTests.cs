namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// A resume that fails leaves the graph as it was, and cancellation stops a resume before it starts or while
/// a source skips what it had produced.
/// </summary>
public sealed class ResumeFailureTests
{
    public static TheoryData<string> Corruptions => [.. Corrupted.Keys];

    private static readonly Dictionary<string, Func<string>> Corrupted = new()
    {
        // The sum's state is restored before the sink's is found to be another node's.
        ["a state of another node"] = () => SnapshotEdits.Edit(root => root.State(3)["node"] = "sum"),
        // Found only when the sink declares its slot in initialize: the node fails, after the sum's state was restored.
        ["a slot value that does not fit"] = () => SnapshotEdits.Edit(root => root.State(3)["slots"]!["count"] = "many"),
        // Found only when the source runs out while skipping, after every state was restored.
        ["more produced than the source has"] = () => SnapshotEdits.Edit(root => root.Node(0)["produced"] = 1_000_000),
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void A_failed_resume_leaves_node_state_as_it_was_so_a_plain_run_ends_as_on_a_fresh_graph(string corruption)
    {
        var fresh = new SnapshotPipeline();
        fresh.Run("serial");
        var snapshot = GraphSnapshot.FromJson(Corrupted[corruption](), SnapshotJson.Default);
        var pipeline = new SnapshotPipeline();

        Assert.ThrowsAny<Exception>(() => pipeline.Run("serial", new RunOptions { Resume = snapshot }));
        var plain = pipeline.Run("serial");

        Assert.True(plain.Succeeded);
        Assert.Equal(fresh.Sum.Sum!.Value, pipeline.Sum.Sum!.Value);
        Assert.Equal(fresh.Sink.Count!.Value, pipeline.Sink.Count!.Value);
        Assert.Equal(fresh.Sink.Total!.Value, pipeline.Sink.Total!.Value);
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void A_failed_resume_into_a_graph_that_ran_before_leaves_its_state_as_the_last_run_did(string corruption)
    {
        var pipeline = new SnapshotPipeline();
        pipeline.Run("serial");
        var before = (pipeline.Sum.Sum!.Value, pipeline.Sink.Count!.Value, pipeline.Sink.Total!.Value);
        var snapshot = GraphSnapshot.FromJson(Corrupted[corruption](), SnapshotJson.Default);

        Assert.ThrowsAny<Exception>(() => pipeline.Run("serial", new RunOptions { Resume = snapshot }));

        Assert.Equal(before, (pipeline.Sum.Sum!.Value, pipeline.Sink.Count!.Value, pipeline.Sink.Total!.Value));
    }

    [Fact]
    public void A_resume_whose_token_is_cancelled_before_it_starts_restores_nothing_and_is_cancelled()
    {
        var snapshot = GraphSnapshot.FromJson(SnapshotEdits.Valid, SnapshotJson.Default);
        var pipeline = new SnapshotPipeline();

        var error = Assert.Throws<GraphCanceledException>(() =>
            pipeline.Run("serial", new RunOptions { Resume = snapshot }, new CancellationToken(canceled: true)));

        Assert.True(error.Result.Cancelled);
        Assert.Equal(0, error.Result.Edge("numbers.Output->sum.In").Written);
        Assert.Null(pipeline.Sum.Sum);
    }

    [Fact]
    public void A_source_skipping_a_huge_produced_count_observes_the_runs_cancellation()
    {
        var json = SnapshotEdits.Edit(root => root.Node(0)["produced"] = long.MaxValue);
        using var cancellation = new CancellationTokenSource();
        var source = new EndlessNumbers(cancellation, cancelAt: 100_000);
        var pipeline = new SnapshotPipeline(source: source);

        var error = Assert.Throws<GraphCanceledException>(() =>
            pipeline.Run("serial", new RunOptions { Resume = GraphSnapshot.FromJson(json, SnapshotJson.Default) }, cancellation.Token));

        Assert.True(error.Result.Cancelled);
        Assert.Equal(0, error.Result.Node("sink").Firings);
    }
}
