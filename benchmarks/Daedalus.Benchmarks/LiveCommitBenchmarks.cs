using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// Live graphs, commit latency: edits committed to a running <see cref="LiveLanes"/> graph of 100 and 10,000 nodes
/// (one worker thread each) while a ticker sends an item into it every millisecond. Mean is BenchmarkDotNet's, per
/// operation, from the caller; the p50 / p99 columns are single commits', from <see cref="LiveProfile"/>. The setup
/// checks each kind once: it changes what it should and the changed graph carries items.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("L1 Live commit")]
[Config(typeof(LiveConfigs.Commit))]
public class LiveCommitBenchmarks
{
    private LiveLanes _lanes = null!;
    private LiveGraph _live = null!;
    private LiveCommits _commits = null!;

    /// <summary>Nodes in the graph (smaller in smoke runs).</summary>
    [ParamsSource(nameof(NodeCounts))]
    public int Nodes { get; set; }

    /// <summary>The graph sizes measured.</summary>
    public static IEnumerable<int> NodeCounts => Sizes.LiveNodes;

    [GlobalSetup]
    public void Setup()
    {
        _lanes = LiveLanes.Build(Nodes);
        _live = _lanes.Graph.Start();
        _commits = new LiveCommits(_live, _lanes);
        LiveCommits.WaitFor(() => _lanes.Sinks.All(sink => sink.Count > 0), "every lane to deliver an item");
        _commits.Verify(_lanes);
    }

    [GlobalCleanup]
    public void Cleanup() => LiveCommits.CheckAccounting(_live.StopAsync().GetAwaiter().GetResult());

    [Benchmark(Description = "add-node, then remove-node (2 commits)")]
    public int AddRemoveNode() => _commits.AddNode().NodesAdded + _commits.RemoveNode().NodesRemoved;

    [Benchmark(Description = "reconfigure (1 commit)")]
    public CommitResult Reconfigure() => _commits.Reconfigure();

    [Benchmark(Description = "resize: SetPolicy 256 <-> 512 (1 commit)")]
    public CommitResult Resize() => _commits.Resize();
}

/// <summary>
/// Live graphs, start-up: build the <see cref="LiveLanes"/> graph, <c>Start()</c> it (a worker thread per node) and
/// <c>StopAsync()</c> it. The column splits one run into start, first items out of every lane, and stop.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("L2 Live start-up")]
[Config(typeof(LiveConfigs.Start))]
public class LiveStartBenchmarks
{
    /// <summary>Nodes in the graph (smaller in smoke runs).</summary>
    [ParamsSource(nameof(NodeCounts))]
    public int Nodes { get; set; }

    /// <summary>The graph sizes measured.</summary>
    public static IEnumerable<int> NodeCounts => Sizes.LiveNodes;

    [GlobalSetup]
    public void Setup()
    {
        var result = StartAndStop();
        if (result.Run.Nodes.Count != Nodes) throw new InvalidOperationException($"The live graph ran {result.Run.Nodes.Count} nodes, expected {Nodes}.");
    }

    [Benchmark(Description = "build, Start(), StopAsync()")]
    public LiveResult StartAndStop()
    {
        var live = LiveLanes.Build(Nodes).Graph.Start();
        var result = live.StopAsync().GetAwaiter().GetResult();
        LiveCommits.CheckAccounting(result);
        return result;
    }
}
