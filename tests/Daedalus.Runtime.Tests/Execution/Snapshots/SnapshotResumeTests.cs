namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>A stateful pipeline paused half way and resumed in a new graph ends exactly as an uninterrupted run.</summary>
public sealed class SnapshotResumeTests
{
    public static TheoryData<string> Pausing => ["serial", "parallel", "pooled-parallel"];

    [Theory]
    [MemberData(nameof(Pausing))]
    public void A_run_paused_half_way_and_resumed_from_json_in_a_new_graph_ends_as_an_uninterrupted_run(string executor)
    {
        var whole = new SnapshotPipeline();
        whole.Run(executor);
        var (first, snapshot) = SnapshotPipeline.Paused(executor);
        using var stream = new MemoryStream();
        snapshot.Save(stream, SnapshotJson.Default);
        stream.Position = 0;

        var second = new SnapshotPipeline();
        var result = second.Run(executor, new RunOptions { Resume = GraphSnapshot.Load(stream, SnapshotJson.Default) });

        Assert.True(result.Succeeded);
        Assert.False(result.Paused);
        Assert.InRange(first.Sink.Readings.Count, 1, SnapshotPipeline.Items - 1);
        Assert.InRange(snapshot.Produced("numbers")!.Value, 1, SnapshotPipeline.Items - 1);
        Assert.Equal(whole.Sink.Readings, [.. first.Sink.Readings, .. second.Sink.Readings]);
        Assert.Equal(SnapshotPipeline.Items, second.Sink.Count!.Value);
        Assert.Equal(whole.Sink.Total!.Value, second.Sink.Total!.Value);
        Assert.Equal(whole.Sum.Sum!.Value, second.Sum.Sum!.Value);
    }

    [Theory]
    [MemberData(nameof(Pausing))]
    public void A_snapshot_resumes_in_memory_without_being_saved(string executor)
    {
        var whole = new SnapshotPipeline();
        whole.Run(executor);
        var (first, snapshot) = SnapshotPipeline.Paused(executor);

        var second = new SnapshotPipeline();
        second.Run(executor, new RunOptions { Resume = snapshot });

        Assert.Equal(whole.Sink.Readings, [.. first.Sink.Readings, .. second.Sink.Readings]);
        Assert.Equal(whole.Sink.Total!.Value, second.Sink.Total!.Value);
    }

    [Fact]
    public void A_run_paused_twice_and_resumed_twice_ends_as_an_uninterrupted_run()
    {
        var whole = new SnapshotPipeline();
        whole.Run("serial");
        var (first, snapshot) = SnapshotPipeline.Paused("serial", pauseAt: 1000);
        var pause = new RunPause();
        var second = new SnapshotPipeline(pause, pauseAt: 2000);
        var middle = second.Run("serial", new RunOptions { Pause = pause, Resume = snapshot });
        var third = new SnapshotPipeline();
        third.Run("serial", new RunOptions { Resume = middle.Snapshot });

        Assert.True(middle.Paused);
        Assert.Equal(whole.Sink.Readings, [.. first.Sink.Readings, .. second.Sink.Readings, .. third.Sink.Readings]);
        Assert.Equal(whole.Sink.Total!.Value, third.Sink.Total!.Value);
    }

    [Theory]
    [MemberData(nameof(Pausing))]
    public void A_paused_run_succeeds_with_its_snapshot_and_clears_the_request(string executor)
    {
        var pause = new RunPause();
        var pipeline = new SnapshotPipeline(pause, pauseAt: 100);

        var result = pipeline.Run(executor, new RunOptions { Pause = pause });

        Assert.True(result.Paused);
        Assert.True(result.Succeeded);
        Assert.False(pause.IsRequested);
        Assert.Equal(NodeOutcome.Paused, result.Node("numbers").Outcome);
        var snapshot = Assert.IsType<GraphSnapshot>(result.Snapshot);
        Assert.Equal(["numbers", "sum", "relay", "sink"], snapshot.NodeNames);
        Assert.Equal(result.Node("numbers").Firings, snapshot.Produced("numbers"));
        Assert.Null(snapshot.Produced("sum"));
        Assert.Equal(result.Edge("numbers.Output->sum.In").LeftQueued, snapshot.QueuedItems("numbers.Output->sum.In"));
        Assert.True(snapshot.QueuedItems("numbers.Output->sum.In") > 0);
        Assert.StartsWith("Snapshot of 'snapshots': 4 nodes, ", snapshot.ToString());
    }

    [Fact]
    public void A_source_that_keeps_its_position_in_its_state_is_not_skipped()
    {
        var pause = new RunPause();
        var first = new SnapshotPipeline(pause, pauseAt: 1500, source: new PositionedNumbers(SnapshotPipeline.Items));
        var snapshot = first.Run("serial", new RunOptions { Pause = pause }).Snapshot;
        var source = new PositionedNumbers(SnapshotPipeline.Items);
        var second = new SnapshotPipeline(source: source);

        second.Run("serial", new RunOptions { Resume = snapshot });

        Assert.Equal(SnapshotPipeline.Items, snapshot!.Produced("numbers") + source.Fired);
        Assert.Equal(Enumerable.Range(0, SnapshotPipeline.Items).Select(i => (long)i), [.. first.Sink.Readings.Concat(second.Sink.Readings).Select(r => r.Index)]);
    }

    [Fact]
    public void A_run_that_can_finish_in_the_pass_of_the_request_finishes()
    {
        var (graph, sink) = Shapes.Chain(10, maps: 1);
        var pause = new RunPause();
        pause.Request();

        var result = graph.Run(new RunOptions { Pause = pause });

        Assert.False(result.Paused);
        Assert.Null(result.Snapshot);
        Assert.Equal(10, sink.Items.Count);
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void The_pipelined_executor_refuses_to_pause_or_resume_before_the_run_starts(string executor)
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");
        var pipeline = new SnapshotPipeline();

        var pausing = Assert.Throws<NotSupportedException>(() => pipeline.Graph.Run(new RunOptions { Executor = Executors.Get(executor), Pause = new RunPause() }));
        var resuming = Assert.Throws<NotSupportedException>(() => pipeline.Graph.Run(new RunOptions { Executor = Executors.Get(executor), Resume = snapshot }));

        Assert.Contains("cannot pause", pausing.Message);
        Assert.Contains("Executor.Serial", resuming.Message);
        Assert.Null(pipeline.Sum.Sum);
    }
}
