using System.Reactive.Subjects;
using System.Reactive.Linq;
using System.Threading.Channels;
using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// W6: N <c>long</c> values through three stages (x*3+1, x^(x>>3), x+7) into a sum.
/// Every contender's setup checks that it computes the baseline's sum before it is timed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("1 W6 stream")]
public class StreamBenchmarks
{
    private const int Capacity = 1024;
    private readonly int _count = Sizes.Stream;
    private StreamFused _fused = null!;
    private StreamFusedSpan _fusedSpan = null!;
    private StreamQueued _queued = null!;
    private readonly Counter _source = new() { Count = Sizes.Stream };
    private readonly WorkerPool _pool = new();
    private RunOptions _pipelined = null!;
    private RunOptions _pooled = null!;

    public static long ItemsPerOperation => Sizes.Stream;

    private static long Stage1(long x) => x * 3 + 1;
    private static long Stage2(long x) => x ^ (x >> 3);
    private static long Stage3(long x) => x + 7;

    [GlobalSetup]
    public void Setup()
    {
        _fused = new StreamFused(source: new Counter { Count = _count });
        _queued = new StreamQueued(source: new Counter { Count = _count });
        _fusedSpan = new StreamFusedSpan(source: new SpanCounter { Count = _count });
        _pipelined = new RunOptions { Executor = Executor.Pipelined() };
        _pooled = new RunOptions { Executor = Executor.Pipelined(_pool) };
        var expected = HandFused();
        Check(nameof(HandOverEnumerable), expected, HandOverEnumerable());
        Check(nameof(DaedalusFused), expected, DaedalusFused());
        Check(nameof(DaedalusFusedSpanSource), expected, DaedalusFusedSpanSource());
        Check(nameof(DaedalusQueuedBounded), expected, DaedalusQueuedBounded());
        Check(nameof(DaedalusPipelined), expected, DaedalusPipelined());
        Check(nameof(DaedalusPipelinedPooled), expected, DaedalusPipelinedPooled());
        Check(nameof(DataflowUnbounded), expected, DataflowUnbounded().GetAwaiter().GetResult());
        Check(nameof(DataflowBounded), expected, DataflowBounded().GetAwaiter().GetResult());
        Check(nameof(ChannelsBounded), expected, ChannelsBounded().GetAwaiter().GetResult());
        Check(nameof(RxSelect), expected, RxSelect());
    }

    internal static void Check(string contender, long expected, long actual)
    {
        if (actual != expected)
            throw new InvalidOperationException($"{contender} computed {actual}, the baseline {expected}: the contenders do not do the same work.");
    }

    [Benchmark(Baseline = true, Description = "Hand-fused loop")]
    public long HandFused()
    {
        long sum = 0;
        for (long i = 0; i < _count; i++) sum += Stage3(Stage2(Stage1(i)));
        return sum;
    }

    /// <summary>Not a contender: the hand loop pulling from the same iterator source the graph uses,
    /// to show how much of the fused graph's cost is the <c>IEnumerable</c> source itself.</summary>
    [Benchmark(Description = "(reference) hand loop over the IEnumerable source")]
    public long HandOverEnumerable()
    {
        long sum = 0;
        foreach (var i in _source.Values()) sum += Stage3(Stage2(Stage1(i)));
        return sum;
    }

    [Benchmark(Description = "Daedalus serial, fused")]
    public long DaedalusFused()
    {
        _fused.Total.Sum = 0;
        _fused.Run();
        return _fused.Total.Sum;
    }

    [Benchmark(Description = "Daedalus serial, fused, batch (Span) source")]
    public long DaedalusFusedSpanSource()
    {
        _fusedSpan.Total.Sum = 0;
        _fusedSpan.Run();
        return _fusedSpan.Total.Sum;
    }

    [Benchmark(Description = "Daedalus serial, bounded(1024) queues")]
    public long DaedalusQueuedBounded()
    {
        _queued.Total.Sum = 0;
        _queued.Run();
        return _queued.Total.Sum;
    }

    [Benchmark(Description = "Daedalus pipelined, bounded(1024) rings")]
    public long DaedalusPipelined()
    {
        _queued.Total.Sum = 0;
        _queued.Run(_pipelined);
        return _queued.Total.Sum;
    }

    [Benchmark(Description = "Daedalus pipelined, pooled workers")]
    public long DaedalusPipelinedPooled()
    {
        _queued.Total.Sum = 0;
        _queued.Run(_pooled);
        return _queued.Total.Sum;
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();

    [Benchmark(Description = "TPL Dataflow, unbounded")]
    public Task<long> DataflowUnbounded() => Dataflow(new ExecutionDataflowBlockOptions());

    [Benchmark(Description = "TPL Dataflow, BoundedCapacity 1024")]
    public Task<long> DataflowBounded() => Dataflow(new ExecutionDataflowBlockOptions { BoundedCapacity = Capacity });

    private async Task<long> Dataflow(ExecutionDataflowBlockOptions options)
    {
        long sum = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var stage1 = new TransformBlock<long, long>(Stage1, options);
        var stage2 = new TransformBlock<long, long>(Stage2, options);
        var stage3 = new TransformBlock<long, long>(Stage3, options);
        var sink = new ActionBlock<long>(x => sum += x, options);
        stage1.LinkTo(stage2, link);
        stage2.LinkTo(stage3, link);
        stage3.LinkTo(sink, link);
        for (long i = 0; i < _count; i++)
        {
            if (!stage1.Post(i)) await stage1.SendAsync(i).ConfigureAwait(false);
        }
        stage1.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }

    [Benchmark(Description = "Channels, bounded(1024), hand-wired")]
    public async Task<long> ChannelsBounded()
    {
        var options = new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var c0 = Channel.CreateBounded<long>(options);
        var c1 = Channel.CreateBounded<long>(options);
        var c2 = Channel.CreateBounded<long>(options);
        var c3 = Channel.CreateBounded<long>(options);
        var t1 = Task.Run(() => Pump(c0.Reader, c1.Writer, Stage1));
        var t2 = Task.Run(() => Pump(c1.Reader, c2.Writer, Stage2));
        var t3 = Task.Run(() => Pump(c2.Reader, c3.Writer, Stage3));
        var sink = Task.Run(() => Sum(c3.Reader));
        var writer = c0.Writer;
        for (long i = 0; i < _count; i++)
        {
            if (!writer.TryWrite(i)) await writer.WriteAsync(i).ConfigureAwait(false);
        }
        writer.Complete();
        await Task.WhenAll(t1, t2, t3).ConfigureAwait(false);
        return await sink.ConfigureAwait(false);

        static async Task Pump(ChannelReader<long> reader, ChannelWriter<long> writer, Func<long, long> stage)
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var x))
                {
                    var y = stage(x);
                    if (!writer.TryWrite(y)) await writer.WriteAsync(y).ConfigureAwait(false);
                }
            }
            writer.Complete();
        }

        static async Task<long> Sum(ChannelReader<long> reader)
        {
            long sum = 0;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var x)) sum += x;
            }
            return sum;
        }
    }

    [Benchmark(Description = "Rx, Subject + Select chain")]
    public long RxSelect()
    {
        long sum = 0;
        using var subject = new Subject<long>();
        using (subject.Select(Stage1).Select(Stage2).Select(Stage3).Subscribe(x => sum += x))
        {
            for (long i = 0; i < _count; i++) subject.OnNext(i);
            subject.OnCompleted();
        }
        return sum;
    }
}
