namespace Daedalus.Runtime.Tests.Execution;

/// <summary>Drop strategies count every item they discard; the error strategy fails the producer naming the edge.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class OverflowTests
{
    [Theory]
    [InlineData("pipelined", Overflow.DropOldest)]
    [InlineData("pipelined", Overflow.DropNewest)]
    [InlineData("pooled-pipelined", Overflow.DropOldest)]
    [InlineData("pooled-pipelined", Overflow.DropNewest)]
    [InlineData("serial", Overflow.DropOldest)]
    [InlineData("parallel", Overflow.DropNewest)]
    public void Consumed_plus_dropped_is_produced(string executor, Overflow overflow)
    {
        const int produced = 20_000;
        var (graph, sink) = Shapes.Chain(produced, 1, Edge.Bounded(4, overflow));
        var result = Executors.Run(graph, executor);

        var edge = result.Edge("numbers.Output->map.In");
        Assert.Equal(produced, edge.Written);
        // Both edges of the chain drop: every item is either dropped on one of them or reaches the sink.
        Assert.Equal(produced, sink.Items.Count + result.Edges.Sum(e => e.DroppedOldest + e.DroppedNewest));
        Assert.Equal(result.Edge("map.Out->collect.In").Delivered, sink.Items.Count);
        Assert.All(result.Edges, e => Assert.Equal(e.Written, e.Delivered + e.DroppedOldest + e.DroppedNewest));
        Assert.Equal(0, result.Edges.Sum(e => overflow == Overflow.DropOldest ? e.DroppedNewest : e.DroppedOldest));
        Assert.Equal(sink.Items.Order(), sink.Items); // what survives keeps its order
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void Error_overflow_fails_the_producer_naming_the_edge(string executor)
    {
        var graph = new RuntimeGraph("overflowing");
        var source = graph.Add(new Numbers(1000));
        var slow = graph.Add(new Map(x =>
        {
            Thread.Sleep(2);
            return x;
        }));
        graph.Connect(source.Output, slow.In, Edge.Bounded(2, Overflow.Error));
        graph.Connect(slow.Out, graph.Add(new Collect()).In);

        var error = Executors.RunThrows<GraphRunException>(graph, executor);

        var failure = Assert.Single(error.Result.Failures);
        Assert.Equal("numbers", failure.Node);
        var overflow = Assert.IsType<EdgeOverflowException>(failure.Error);
        Assert.Equal("numbers.Output->map.In", overflow.EdgeId);
        Assert.Contains("numbers.Output->map.In", error.Message);
        Assert.Equal(NodeOutcome.Completed, error.Result.Node("map").Outcome);
    }
}
