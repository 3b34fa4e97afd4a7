using System.Globalization;
using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;

namespace Daedalus.Benchmarks;

/// <summary>
/// W7: one producer broadcasts every value to three consumers (sum of x+3, of x-3, of x&amp;0xFF).
/// TPL's <see cref="BroadcastBlock{T}"/> keeps only its newest value, so a consumer that is busy or
/// full misses items; the Counted column reports how many one run lost (Daedalus counts its own).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("4 W7 fan-out")]
public class FanOutBenchmarks
{
    private readonly int _count = Sizes.FanOut;
    private FanOutFifo _fifo = null!;
    private FanOutBounded _bounded = null!;

    public static long ItemsPerOperation => Sizes.FanOut;

    /// <summary>The three sums, combined into one number the contenders must agree on.</summary>
    private static long Combine(long add, long subtract, long and) => add * 31 + subtract * 17 + and;

    [GlobalSetup]
    public void Setup()
    {
        _fifo = new FanOutFifo(source: new Counter { Count = _count });
        _bounded = new FanOutBounded(source: new Counter { Count = _count });
        var expected = HandLoop();
        StreamBenchmarks.Check(nameof(DaedalusFifo), expected, DaedalusFifo());
        StreamBenchmarks.Check(nameof(DaedalusBounded), expected, DaedalusBounded());
        StreamBenchmarks.Check(nameof(BroadcastUnboundedTargets), expected, BroadcastUnboundedTargets().GetAwaiter().GetResult());
        // BroadcastBlock with bounded targets may lose items, so its sum is not checked; its loss is counted.
        BroadcastBoundedTargets().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Hand loop, three sums")]
    public long HandLoop()
    {
        long add = 0, subtract = 0, and = 0;
        for (long i = 0; i < _count; i++)
        {
            add += i + 3;
            subtract += i - 3;
            and += i & 0xFF;
        }
        return Combine(add, subtract, and);
    }

    [Benchmark(Description = "Daedalus serial, FIFO fan-out")]
    public long DaedalusFifo()
    {
        _fifo.Add.Sum = _fifo.Subtract.Sum = _fifo.And.Sum = 0;
        _fifo.Run();
        return Combine(_fifo.Add.Sum, _fifo.Subtract.Sum, _fifo.And.Sum);
    }

    [Benchmark(Description = "Daedalus serial, bounded(1024) fan-out")]
    public long DaedalusBounded()
    {
        _bounded.Add.Sum = _bounded.Subtract.Sum = _bounded.And.Sum = 0;
        _bounded.Run();
        return Combine(_bounded.Add.Sum, _bounded.Subtract.Sum, _bounded.And.Sum);
    }

    public static string Probe_DaedalusFifo() => DaedalusLoss(new FanOutFifo(source: new Counter { Count = Sizes.FanOut }));

    public static string Probe_DaedalusBounded() => DaedalusLoss(new FanOutBounded(source: new Counter { Count = Sizes.FanOut }));

    private static string DaedalusLoss(FanOutFifo graph)
    {
        graph.Run();
        return Lost(graph.Edges.Sum(e => e.Dropped + (e.Written - e.Delivered)));
    }

    private static string DaedalusLoss(FanOutBounded graph)
    {
        graph.Run();
        return Lost(graph.Edges.Sum(e => e.Dropped + (e.Written - e.Delivered)));
    }

    private static string Lost(long lost) =>
        string.Create(CultureInfo.InvariantCulture, $"lost {lost} of {3L * Sizes.FanOut}");

    [Benchmark(Description = "TPL BroadcastBlock, unbounded targets")]
    public async Task<long> BroadcastUnboundedTargets() => (await Broadcast(new ExecutionDataflowBlockOptions()).ConfigureAwait(false)).Result;

    [Benchmark(Description = "TPL BroadcastBlock, targets BoundedCapacity 1024")]
    public async Task<long> BroadcastBoundedTargets() => (await Broadcast(new ExecutionDataflowBlockOptions { BoundedCapacity = 1024 }).ConfigureAwait(false)).Result;

    public static string Probe_BroadcastUnboundedTargets() => Lost(Broadcast(Sizes.FanOut, new ExecutionDataflowBlockOptions()).GetAwaiter().GetResult().Lost);

    public static string Probe_BroadcastBoundedTargets() => Lost(Broadcast(Sizes.FanOut, new ExecutionDataflowBlockOptions { BoundedCapacity = 1024 }).GetAwaiter().GetResult().Lost);

    private Task<(long Result, long Lost)> Broadcast(ExecutionDataflowBlockOptions targetOptions) => Broadcast(_count, targetOptions);

    private static async Task<(long Result, long Lost)> Broadcast(int count, ExecutionDataflowBlockOptions targetOptions)
    {
        long add = 0, subtract = 0, and = 0;
        long addCount = 0, subtractCount = 0, andCount = 0;   // each block runs one item at a time
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var broadcast = new BroadcastBlock<long>(null);
        var addBlock = new ActionBlock<long>(x => { add += x + 3; addCount++; }, targetOptions);
        var subtractBlock = new ActionBlock<long>(x => { subtract += x - 3; subtractCount++; }, targetOptions);
        var andBlock = new ActionBlock<long>(x => { and += x & 0xFF; andCount++; }, targetOptions);
        broadcast.LinkTo(addBlock, link);
        broadcast.LinkTo(subtractBlock, link);
        broadcast.LinkTo(andBlock, link);
        for (long i = 0; i < count; i++) broadcast.Post(i);
        broadcast.Complete();
        await Task.WhenAll(addBlock.Completion, subtractBlock.Completion, andBlock.Completion).ConfigureAwait(false);
        return (Combine(add, subtract, and), 3L * count - (addCount + subtractCount + andCount));
    }
}
