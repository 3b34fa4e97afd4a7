using Daedalus.Runtime;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Durable;

/// <summary>Edges of capacity 1 through the store: a blocking one loses nothing, a dropping one keeps what its policy keeps.</summary>
public sealed class DurableEdgeTests
{
    public static TheoryData<string> Executors => ["serial", "parallel"];

    [Theory]
    [MemberData(nameof(Executors))]
    public void Capacity_one_edges_keep_their_policy_and_every_item_is_accounted_for(string executor)
    {
        var graph = new RuntimeGraph("capacity-one");
        var numbers = graph.Add(new Range { From = 1, To = 100 }, "numbers");
        var addOne = graph.Add(new AddOne(), "addOne");
        var all = new Collect<int>();
        var latest = new Collect<int>();
        graph.Connect(numbers.Output, addOne.Value, Edge.Bounded(1));
        graph.Connect(addOne.Output, graph.Add(all, "all").Item, Edge.Bounded(1));
        graph.Connect(numbers.Output, graph.Add(latest, "latest").Item, Edge.Bounded(1, Overflow.DropOldest));
        using var store = new MemoryRunStore();

        var result = graph.Run(new RunOptions
        {
            Executor = executor == "serial" ? Executor.Serial : Executor.Parallel(2),
            Durable = new DurableRun(store, "one"),
        });

        Assert.Equal(Enumerable.Range(2, 100), all.Items);
        Assert.Equal([100], latest.Items);
        var dropping = result.Edge("numbers.Output->latest.Item");
        Assert.Equal((100, 1, 99, 1, 1), (dropping.Written, dropping.Stored, dropping.DroppedOldest, dropping.Replayed, dropping.Delivered));
        var blocking = result.Edge("addOne.Output->all.Item");
        Assert.Equal((100, 100, 100, 100), (blocking.Written, blocking.Stored, blocking.Replayed, blocking.Delivered));
        Assert.True(result.Succeeded);
    }
}
