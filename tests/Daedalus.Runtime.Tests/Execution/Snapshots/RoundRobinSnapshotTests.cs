namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>A round-robin output takes up its turn where the snapshot left it.</summary>
public sealed class RoundRobinSnapshotTests
{
    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    public void A_resumed_round_robin_output_sends_the_next_item_where_the_paused_one_would_have(string executor)
    {
        var (whole, wholeLeft, wholeRight) = Build(pause: null);
        whole.Run(new RunOptions { Executor = Executors.Get(executor) });
        var pause = new RunPause();
        var (first, firstLeft, firstRight) = Build(pause);
        var snapshot = first.Run(new RunOptions { Executor = Executors.Get(executor), Pause = pause }).Snapshot;
        var (second, secondLeft, secondRight) = Build(pause: null);

        second.Run(new RunOptions { Executor = Executors.Get(executor), Resume = snapshot });

        Assert.Contains("\"roundRobin\"", snapshot!.ToJson(SnapshotJson.Default));
        Assert.Equal(wholeLeft.Items, [.. firstLeft.Items, .. secondLeft.Items]);
        Assert.Equal(wholeRight.Items, [.. firstRight.Items, .. secondRight.Items]);
    }

    [Fact]
    public void A_round_robin_turn_beyond_the_outputs_edges_is_refused_before_the_run_starts()
    {
        var pause = new RunPause();
        var (first, _, _) = Build(pause);
        var json = first.Run(new RunOptions { Pause = pause }).Snapshot!.ToJson(SnapshotJson.Default);
        var edited = GraphSnapshot.FromJson(json.Replace("\"Out\": 1", "\"Out\": 5", StringComparison.Ordinal), SnapshotJson.Default);
        var (second, left, right) = Build(pause: null);

        var error = Assert.Throws<GraphSnapshotException>(() => second.Run(new RunOptions { Resume = edited }));

        Assert.Contains("\"Out\": 1", json);
        Assert.Contains("output 'Out' of node 'map' sends to 2 edges, so its round-robin turn cannot be 5.", error.Message);
        Assert.Empty(left.Items);
        Assert.Empty(right.Items);
    }

    /// <summary>numbers → map (pauses on item 50, the 51st, so the next turn is the right edge) → round robin to two sinks.</summary>
    private static (RuntimeGraph Graph, Collect Left, Collect Right) Build(RunPause? pause)
    {
        var graph = new RuntimeGraph("round-robin");
        var numbers = graph.Add(new Numbers(100), "numbers");
        var map = graph.Add(new Map(x =>
        {
            if (x == 50) pause?.Request();
            return x;
        }), "map");
        Collect left = new(), right = new();
        graph.Connect(numbers.Output, map.In, Edge.Bounded(4));
        graph.Connect(map.Out, graph.Add(left, "left").In, Edge.Bounded(1));
        graph.Connect(map.Out, graph.Add(right, "right").In, Edge.Bounded(1));
        graph.Distribute(map.Out, FanOut.RoundRobin);
        return (graph, left, right);
    }
}
