namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// numbers →[bounded 64] sum →[bounded 4] relay →[bounded 1] sink (all blocking): the sum keeps its total in
/// node state, and the blocking edges hold the source back and leave items queued at the end of every pass,
/// so a pause catches the source half way and items on two edges of two item types.
/// </summary>
internal sealed class SnapshotPipeline
{
    public const int Items = 3000;

    public SnapshotPipeline(RunPause? pause = null, long pauseAt = -1, string sumName = "sum", EdgePolicy? middle = null, IRuntimeNode<SourcePorts>? source = null)
    {
        Graph = new RuntimeGraph("snapshots");
        Sum = new RunningSum(pause, pauseAt);
        var numbers = source is null ? Graph.Add(new Numbers(Items), "numbers") : Graph.Add(source, "numbers");
        var sum = Graph.Add(Sum, sumName);
        var relay = Graph.Add(new Relay(), "relay");
        var sink = Graph.Add(Sink, "sink");
        Graph.Connect(numbers.Output, sum.In, Edge.Bounded(64));
        Graph.Connect(sum.Out, relay.In, middle ?? Edge.Bounded(4));
        Graph.Connect(relay.Out, sink.In, Edge.Bounded(1));
    }

    public RuntimeGraph Graph { get; }

    public RunningSum Sum { get; }

    public ReadingSink Sink { get; } = new();

    /// <summary>Runs the graph on <paramref name="executor"/> with <paramref name="options"/>, guarded against deadlocks.</summary>
    public RunResult Run(string executor, RunOptions? options = null, CancellationToken cancellation = default)
    {
        var run = Graph.RunAsync((options ?? new RunOptions()) with { Executor = Executors.Get(executor) }, cancellation);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(Executors.Guard))
            Assert.Fail($"Graph '{Graph.Name}' on {executor} did not finish within {Executors.Guard.TotalSeconds} s: deadlock.");
        return run.GetAwaiter().GetResult();
    }

    /// <summary>A run paused on item <paramref name="pauseAt"/> of a fresh pipeline; returns the pipeline and the snapshot.</summary>
    public static (SnapshotPipeline Pipeline, GraphSnapshot Snapshot) Paused(string executor, long pauseAt = Items / 2)
    {
        var pause = new RunPause();
        var pipeline = new SnapshotPipeline(pause, pauseAt);
        var result = pipeline.Run(executor, new RunOptions { Pause = pause });
        Assert.True(result.Paused, $"The run on {executor} did not pause.");
        return (pipeline, result.Snapshot!);
    }
}
