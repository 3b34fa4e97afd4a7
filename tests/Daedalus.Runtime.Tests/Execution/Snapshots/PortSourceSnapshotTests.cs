namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>A port node without inputs fires once: resumed after it fired, it does not fire again.</summary>
public sealed class PortSourceSnapshotTests
{
    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    public void A_port_node_without_inputs_that_had_fired_does_not_fire_again(string executor)
    {
        var pause = new RunPause();
        var (first, firstSink) = Build(pause);
        var paused = first.Run(new RunOptions { Executor = Executors.Get(executor), Pause = pause });
        var (second, secondSink) = Build(pause: null);

        var resumed = second.Run(new RunOptions { Executor = Executors.Get(executor), Resume = paused.Snapshot });

        Assert.Equal(1, paused.Snapshot!.Produced("burst"));
        Assert.Equal(0, resumed.Node("burst").Firings);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), [.. firstSink.Items, .. secondSink.Items]);
    }

    /// <summary>burst (10 items in one firing) →[FIFO] map (pauses on item 5) →[bounded 1] sink.</summary>
    private static (RuntimeGraph Graph, Collect Sink) Build(RunPause? pause)
    {
        var graph = new RuntimeGraph("burst");
        var burst = graph.Add(new Burst(10), "burst");
        var map = graph.Add(new Map(x =>
        {
            if (x == 5) pause?.Request();
            return x;
        }), "map");
        var sink = new Collect();
        graph.Connect(burst.Output, map.In);
        graph.Connect(map.Out, graph.Add(sink, "sink").In, Edge.Bounded(1));
        return (graph, sink);
    }
}
