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
