namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>A snapshot resumes only into a graph of its own shape, and says what differs.</summary>
public sealed class SnapshotShapeTests
{
    [Fact]
    public void A_renamed_node_is_rejected_before_the_run_starts()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");
        var renamed = new SnapshotPipeline(sumName: "total");

        var error = Assert.Throws<GraphSnapshotMismatchException>(() => renamed.Graph.Run(new RunOptions { Resume = snapshot }));

        Assert.Equal("node 2 is 'sum' (RunningSum) in the snapshot but 'total' (RunningSum) in the graph.", error.Difference);
        Assert.StartsWith("Snapshot of graph 'snapshots': it was taken from a graph of another shape:", error.Message);
        Assert.Null(renamed.Sum.Sum);
    }

    [Fact]
    public void An_edge_with_another_policy_is_rejected()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");
        var other = new SnapshotPipeline(middle: Edge.Bounded(8));

        var error = Assert.Throws<GraphSnapshotMismatchException>(() => other.Graph.Run(new RunOptions { Resume = snapshot }));

        Assert.Equal("edge 2 is 'sum.Out->relay.In' [bounded(4, Block)] of Reading in the snapshot but 'sum.Out->relay.In' [bounded(8, Block)] of Reading in the graph.", error.Difference);
    }

    [Fact]
    public void Another_graph_and_a_missing_node_are_rejected()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");
        var (chain, _) = Shapes.Chain(10, maps: 1);
        var shorter = new RuntimeGraph("snapshots");
        shorter.Add(new Numbers(3), "numbers");

        var otherGraph = Assert.Throws<GraphSnapshotMismatchException>(() => chain.Run(new RunOptions { Resume = snapshot }));
        var missing = Assert.Throws<GraphSnapshotMismatchException>(() => shorter.Run(new RunOptions { Resume = snapshot }));

        Assert.Equal("the snapshot is of graph 'snapshots', not 'chain1'.", otherGraph.Difference);
        Assert.Equal("node 2 is 'sum' (RunningSum) in the snapshot but the graph has no node 2.", missing.Difference);
    }
}
