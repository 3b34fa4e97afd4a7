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

    private static Executor ExecutorFor(string name) => name == "serial" ? Executor.Serial : Executor.Parallel(2);
}
