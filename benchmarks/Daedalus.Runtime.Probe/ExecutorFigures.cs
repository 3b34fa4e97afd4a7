using System.Diagnostics;
using Daedalus;
using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Probe;

/// <summary>Cost per firing on every executor, a million-node DAG, a 100,000-node chain.</summary>
internal static class ExecutorFigures
{
    public static void Run()
    {
        var pool = new WorkerPool();
        (string Name, Executor Executor)[] executors =
        [
            ("serial", Executor.Serial),
            ("parallel(2)", Executor.Parallel(2)),
            ("pooled-parallel(2)", Executor.Parallel(2, pool)),
            ("pipelined", Executor.Pipelined()),
            ("pooled-pipelined", Executor.Pipelined(pool)),
        ];

        // Warm-up: every executor once, so the JIT has settled before anything is timed.
        foreach (var (_, executor) in executors)
        {
            for (var i = 0; i < 5; i++) Chain(100_000, 8).Run(new RunOptions { Executor = executor });
        }

        const int items = 1_000_000;
        const int maps = 8;
        Console.WriteLine($"Chain: source of {items:N0} → {maps} maps → sink ({items * (maps + 2L):N0} firings per run)");
        foreach (var (name, executor) in executors)
        {
            var graph = Chain(items, maps);
            var best = Best(() => graph.Run(new RunOptions { Executor = executor }));
            Console.WriteLine($"  {name,-20} {best.TotalMilliseconds,8:0} ms  {best.TotalNanoseconds / (items * (maps + 2.0)),6:0.0} ns/firing");
        }

        Console.WriteLine("Wide DAG: 1 source → 499,999 maps → 499,999 sinks (999,999 nodes, one item each)");
        var clock = Stopwatch.StartNew();
        var wide = Wide(499_999);
        Console.WriteLine($"  build               {clock.ElapsedMilliseconds,8} ms");
        clock.Restart();
        _ = wide.Warnings;
        Console.WriteLine($"  validate            {clock.ElapsedMilliseconds,8} ms");
        clock.Restart();
        _ = wide.Plan;
        Console.WriteLine($"  plan                {clock.ElapsedMilliseconds,8} ms  (graph and plan hold {GC.GetTotalMemory(forceFullCollection: true) / (1 << 20)} MiB)");
        foreach (var (name, executor) in executors)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var best = Best(() => wide.Run(new RunOptions { Executor = executor }));
            allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 3;
            Console.WriteLine($"  run {name,-16}{best.TotalMilliseconds,8:0} ms  {best.TotalNanoseconds / 999_999,6:0} ns/node  {allocated / 999_999,5} B/node allocated");
        }

        Console.WriteLine("The same DAG plus a side chain streaming 100,000 items (98 passes; sleeping nodes are skipped)");
        var side = wide;
        var stream = side.Add(new Numbers(100_000), "stream");
        var sideMap = side.Add(new Map(), "sideMap");
        side.Connect(stream.Output, sideMap.In);
        side.Connect(sideMap.Out, side.Add(new Collect(), "sideSink").In);
        foreach (var (name, executor) in executors.Take(3))
        {
            var best = Best(() => side.Run(new RunOptions { Executor = executor }));
            Console.WriteLine($"  run {name,-16}{best.TotalMilliseconds,8:0} ms");
        }

        Console.WriteLine("Chain of 100,000 maps, 20 items");
        clock.Restart();
        var longChain = Chain(20, 100_000);
        _ = longChain.Plan;
        Console.WriteLine($"  build + validate    {clock.ElapsedMilliseconds,8} ms");
        foreach (var (name, executor) in executors)
        {
            var best = Best(() => longChain.Run(new RunOptions { Executor = executor }));
            Console.WriteLine($"  run {name,-16}{best.TotalMilliseconds,8:0} ms");
        }
        pool.Dispose();
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB");
    }

    private static TimeSpan Best(Action run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }

    private static RuntimeGraph Chain(int items, int maps)
    {
        var graph = new RuntimeGraph("chain");
        var output = graph.Add(new Numbers(items)).Output;
        for (var i = 0; i < maps; i++)
        {
            var map = graph.Add(new Map(x => x + 1));
            graph.Connect(output, map.In);
            output = map.Out;
        }
        graph.Connect(output, graph.Add(new Collect()).In);
        return graph;
    }

    private static RuntimeGraph Wide(int branches)
    {
        var graph = new RuntimeGraph("wide");
        var source = graph.Add(new Numbers(1));
        for (var i = 0; i < branches; i++)
        {
            var map = graph.Add(new Map());
            graph.Connect(source.Output, map.In);
            graph.Connect(map.Out, graph.Add(new Collect()).In);
        }
        return graph;
    }
}
