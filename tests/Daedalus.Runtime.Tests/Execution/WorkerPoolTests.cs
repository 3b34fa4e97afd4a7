namespace Daedalus.Runtime.Tests.Execution;

/// <summary>A pool's threads are started once and reused by every run.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class WorkerPoolTests
{
    [Fact]
    public void A_pool_starts_threads_only_when_a_run_first_needs_them()
    {
        using var pool = new WorkerPool();
        Assert.Equal(0, pool.Workers);

        var (graph, _) = Shapes.Chain(10, 3);
        graph.Run(new RunOptions { Executor = Executor.Parallel(2, pool) });

        Assert.Equal(2, pool.Workers);
    }

    [Fact]
    public void The_thread_count_stays_constant_across_20_runs()
    {
        using var pool = new WorkerPool();
        var (graph, sink) = Shapes.Diamond(50);
        var pipelined = new RunOptions { Executor = Executor.Pipelined(pool) };
        var parallel = new RunOptions { Executor = Executor.Parallel(2, pool) };
        graph.Run(pipelined);
        var workers = pool.Workers;

        for (var run = 0; run < 20; run++)
        {
            graph.Run(run % 2 == 0 ? pipelined : parallel);
            Assert.Equal(workers, pool.Workers);
        }
        Assert.Equal(5, workers); // one per node of the diamond, the most any of these runs needs
        Assert.Equal(21 * 50, sink.Items.Count);
    }

    [Fact]
    public async Task Graphs_share_a_pool_concurrently()
    {
        using var pool = new WorkerPool();
        var graphs = Enumerable.Range(0, 4).Select(_ => Shapes.Chain(500, 3)).ToList();

        var runs = graphs.Select(g => g.Graph.RunAsync(new RunOptions { Executor = Executor.Pipelined(pool) })).ToArray();

        await Task.WhenAll(runs).WaitAsync(Executors.Guard);
        Assert.All(graphs, g => Assert.Equal(500, g.Sink.Items.Count));
        Assert.InRange(pool.Workers, 5, 4 * 5); // each run needs 5 at once; overlapping runs need more
    }

    [Fact]
    public void A_disposed_pool_refuses_runs_and_the_hooks_still_run()
    {
        var pool = new WorkerPool();
        pool.Dispose();
        var graph = new RuntimeGraph("late");
        var hooked = new Hooked();
        var map = graph.Add(hooked);
        graph.Connect(graph.Add(new Numbers(3)).Output, map.In);
        graph.Connect(map.Out, graph.Add(new Collect()).In);

        Assert.Throws<ObjectDisposedException>(() => graph.Run(new RunOptions { Executor = Executor.Parallel(2, pool) }));
        Assert.Equal((1, 1), (hooked.Initialized, hooked.CleanedUp));
        Assert.Equal(3, graph.Run().Node("collect").Firings); // the graph is not left running
    }
}
