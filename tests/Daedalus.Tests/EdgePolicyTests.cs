using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>Edge policies chosen in graph definitions behave as documented and count every drop.</summary>
public sealed class EdgePolicyTests
{
    [Fact]
    public void Drop_oldest_drop_newest_and_latest_keep_the_documented_items()
    {
        var graph = new OverflowStrategies();
        graph.Run();
        Assert.Equal(["w1", "w2"], graph.OldestDropped.Items);
        Assert.Equal(["w0", "w1"], graph.NewestDropped.Items);
        Assert.Equal(["w2"], graph.Latest.Items);

        var edges = graph.Edges.ToDictionary(e => e.Id);
        Assert.Equal(1, edges["burst.Words->oldestDropped.Item"].DroppedOldest);
        Assert.Equal(1, edges["burst.Words->newestDropped.Item"].DroppedNewest);
        Assert.Equal(2, edges["burst.Words->latest.Item"].DroppedOldest);
        Assert.All(graph.Edges, e => Assert.Equal(e.Written, e.Delivered + e.Dropped + e.Count));
    }

    [Fact]
    public void Error_overflow_fails_the_producer_naming_the_edge()
    {
        var error = Assert.Throws<GraphRunException>(() => new OverflowError().Run());
        var failure = Assert.Single(error.Result.Failures);
        Assert.Equal(("burst", "process", 1), (failure.Node, failure.Phase, failure.Firing));
        var overflow = Assert.IsType<EdgeOverflowException>(failure.Error);
        Assert.Equal("burst.Words->sink.Item", overflow.EdgeId);
        Assert.Contains("burst.Words->sink.Item", error.Message);
        // The items written before the overflow still reach the sink: the failure is the producer's alone.
        Assert.Equal(2, error.Result.Edge("burst.Words->sink.Item").Delivered);
        Assert.Equal(NodeOutcome.Completed, error.Result.Node("sink").Outcome);
    }

    [Fact]
    public void Plan_records_each_policy()
    {
        var policies = OverflowStrategies.Plan.Edges.Select(e => e.Policy).ToList();
        Assert.Equal([Edge.Bounded(2, Overflow.DropOldest), Edge.Bounded(2, Overflow.DropNewest), Edge.Latest], policies);
    }
}
