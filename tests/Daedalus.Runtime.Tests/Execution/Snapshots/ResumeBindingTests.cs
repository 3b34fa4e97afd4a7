namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// A resumed run binds its nodes as a plain run does: a node failing in initialize only abandons its inputs,
/// even while a source skips what it had produced with its outputs unbound and bound again.
/// </summary>
public sealed class ResumeBindingTests
{
    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    public void A_node_failing_in_initialize_on_resume_abandons_its_inputs_as_in_a_plain_run(string executor)
    {
        var (_, snapshot) = SnapshotPipeline.Paused(executor);
        var pipeline = new SnapshotPipeline();
        pipeline.Sum.FailInitialize = true;

        var result = pipeline.Run(executor, new RunOptions { Resume = snapshot, ThrowOnFailure = false });

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("sum", "initialize"), (failure.Node, failure.Phase));
        Assert.Equal(NodeOutcome.Completed, result.Node("numbers").Outcome);
        var queued = snapshot.QueuedItems("numbers.Output->sum.In");
        var remaining = SnapshotPipeline.Items - snapshot.Produced("numbers")!.Value;
        Assert.Equal(queued + remaining, result.Edge("numbers.Output->sum.In").Abandoned);
    }
}
