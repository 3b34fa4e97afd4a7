using System.Diagnostics;
using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Probe;

/// <summary>
/// From <see cref="CancellationTokenSource.Cancel()"/> to the run having thrown <see cref="GraphCanceledException"/>,
/// with a source blocked on a full capacity-1 edge, a node blocked on another and a node waiting on the
/// token mid-firing (the shape of RunCancellationTests), optionally beside busy threads that load the machine.
/// The sliced rows add 2,500 maps after the waiting node, so the pipelined executor cuts the graph into
/// schedule slices (more than <c>PipelinedExecutor.MaxThreads</c> nodes).
/// </summary>
internal static class CancellationLatency
{
    private static int _collectedDuringCancellation;

    public static void Run(int runs, int busyThreads)
    {
        using var pool = new WorkerPool();
        (string Name, Executor Executor, int Tail)[] executors =
        [
            ("serial", Executor.Serial, 0),
            ("parallel(2)", Executor.Parallel(2), 0),
            ("pooled-parallel(2)", Executor.Parallel(2, pool), 0),
            ("pipelined", Executor.Pipelined(), 0),
            ("pooled-pipelined", Executor.Pipelined(pool), 0),
            ("pipelined, sliced", Executor.Pipelined(), 2500),
            ("pooled-pipelined, sliced", Executor.Pipelined(pool), 2500),
        ];
        using var stopLoad = new CancellationTokenSource();
        var load = StartLoad(busyThreads, stopLoad.Token);
        try
        {
            foreach (var (_, executor, tail) in executors) Latency(executor, tail); // warm-up
            Console.WriteLine($"Cancellation latency, {runs} runs per executor, {busyThreads} busy threads (load average {Usage.LoadAverage()})");
            foreach (var (name, executor, tail) in executors)
            {
                _collectedDuringCancellation = 0;
                var latencies = Enumerable.Range(0, runs).Select(_ => Latency(executor, tail)).Order().ToArray();
                Console.WriteLine($"  {name,-26} median {Milliseconds(latencies[runs / 2]),7:0.00} ms  p99 {Milliseconds(latencies[(int)Math.Ceiling(runs * 0.99) - 1]),7:0.00} ms  max {Milliseconds(latencies[^1]),7:0.00} ms  (a GC in {_collectedDuringCancellation} runs)");
            }
            Console.WriteLine($"  (load average {Usage.LoadAverage()} at the end)");
        }
        finally
        {
            stopLoad.Cancel();
            foreach (var thread in load) thread.Join();
        }
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static long Latency(Executor executor, int tail)
    {
        using var started = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var graph = new RuntimeGraph("stuck");
        var source = graph.Add(new Numbers(long.MaxValue), "source");
        var fast = graph.Add(new Map(), "fast");
        var slow = graph.Add(Map.Slow(started), "slow");
        graph.Connect(source.Output, fast.In, Edge.Bounded(1));
        graph.Connect(fast.Out, slow.In, Edge.Bounded(1));
        var output = slow.Out;
        for (var i = 0; i < tail; i++)
        {
            var map = graph.Add(new Map());
            graph.Connect(output, map.In, Edge.Bounded(1));
            output = map.Out;
        }
        graph.Connect(output, graph.Add(new Collect(), "sink").In);
        // A collection during the measured window would add its pause (tens of milliseconds on a loaded
        // machine, whatever the executor); start each run with the previous runs' garbage collected.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long thrown = 0;
        var run = new Thread(() =>
        {
            try
            {
                graph.Run(new RunOptions { Executor = executor }, cancel.Token);
            }
            catch (GraphCanceledException)
            {
                thrown = Stopwatch.GetTimestamp();
            }
        });
        run.Start();
        if (!started.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("The slow node never fired.");
        Thread.Sleep(20); // let the producers fill the edges and go to sleep
        var collections = GC.CollectionCount(0);
        var cancelled = Stopwatch.GetTimestamp();
        cancel.Cancel();
        run.Join();
        if (thrown == 0) throw new InvalidOperationException("The run did not throw GraphCanceledException.");
        if (GC.CollectionCount(0) != collections) _collectedDuringCancellation++;
        return thrown - cancelled;
    }

    private static Thread[] StartLoad(int threads, CancellationToken stop)
    {
        var load = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            while (!stop.IsCancellationRequested) Thread.SpinWait(1000);
        }) { IsBackground = true }).ToArray();
        foreach (var thread in load) thread.Start();
        return load;
    }
}
