using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// W6 aggregate and window: N <c>long</c> values through W6's first stage (x*3+1) into a running sum
/// (an aggregate node), and into the maximum of each window of <see cref="Window"/> values, the maxima summed
/// (a count-window node). Every contender's setup checks that it computes the baseline's result before it is timed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("1 W6 stream")]
public class AggregateBenchmarks
{
    public const int Window = 100;
    private readonly int _count = Sizes.Stream;
    private readonly RunOptions _pipelined = new() { Executor = Executor.Pipelined() };
    private AggregateFused _aggregateFused = null!;
    private AggregateFusedSpan _aggregateFusedSpan = null!;
    private AggregateQueued _aggregateQueued = null!;
    private WindowFused _windowFused = null!;
    private WindowQueued _windowQueued = null!;

    public static long ItemsPerOperation => Sizes.Stream;

    private static long Stage1(long x) => x * 3 + 1;

    [GlobalSetup]
    public void Setup()
    {
        _aggregateFused = new AggregateFused(source: new Counter { Count = _count });
        _aggregateFusedSpan = new AggregateFusedSpan(source: new SpanCounter { Count = _count });
        _aggregateQueued = new AggregateQueued(source: new Counter { Count = _count });
        _windowFused = new WindowFused(source: new Counter { Count = _count });
        _windowQueued = new WindowQueued(source: new Counter { Count = _count });
        var sum = HandSum();
        StreamBenchmarks.Check(nameof(DaedalusSum), sum, DaedalusSum());
        StreamBenchmarks.Check(nameof(DaedalusSumSpanSource), sum, DaedalusSumSpanSource());
        StreamBenchmarks.Check(nameof(DaedalusSumPipelined), sum, DaedalusSumPipelined());
        StreamBenchmarks.Check(nameof(RxAggregate), sum, RxAggregate());
        StreamBenchmarks.Check(nameof(DataflowSum), sum, DataflowSum().GetAwaiter().GetResult());
        var maxima = HandWindows();
        StreamBenchmarks.Check(nameof(DaedalusWindows), maxima, DaedalusWindows());
        StreamBenchmarks.Check(nameof(DaedalusWindowsPipelined), maxima, DaedalusWindowsPipelined());
        StreamBenchmarks.Check(nameof(RxBuffer), maxima, RxBuffer());
        StreamBenchmarks.Check(nameof(DataflowBatch), maxima, DataflowBatch().GetAwaiter().GetResult());
    }

    [Benchmark(Baseline = true, Description = "Running sum: hand loop")]
    [BenchmarkCategory("aggregate")]
    public long HandSum()
    {
        long sum = 0;
        for (long i = 0; i < _count; i++) sum += Stage1(i);
        return sum;
    }

    [Benchmark(Description = "Running sum: Daedalus serial, aggregate fused")]
    [BenchmarkCategory("aggregate")]
    public long DaedalusSum()
    {
        _aggregateFused.Run();
        return _aggregateFused.Last.Value;
    }

    [Benchmark(Description = "Running sum: Daedalus serial, aggregate fused, batch (Span) source")]
    [BenchmarkCategory("aggregate")]
    public long DaedalusSumSpanSource()
    {
        _aggregateFusedSpan.Run();
        return _aggregateFusedSpan.Last.Value;
    }

    [Benchmark(Description = "Running sum: Daedalus pipelined, bounded(1024) rings")]
    [BenchmarkCategory("aggregate")]
    public long DaedalusSumPipelined()
    {
        _aggregateQueued.Run(_pipelined);
        return _aggregateQueued.Last.Value;
    }

    [Benchmark(Description = "Running sum: Rx, Select + Aggregate")]
    [BenchmarkCategory("aggregate")]
    public long RxAggregate()
    {
        long sum = 0;
        using var subject = new Subject<long>();
        using (subject.Select(Stage1).Aggregate(0L, (total, x) => total + x).Subscribe(total => sum = total))
        {
            for (long i = 0; i < _count; i++) subject.OnNext(i);
            subject.OnCompleted();
        }
        return sum;
    }

    [Benchmark(Description = "Running sum: TPL Dataflow, Transform + Action")]
    [BenchmarkCategory("aggregate")]
    public async Task<long> DataflowSum()
    {
        long sum = 0;
        var stage1 = new TransformBlock<long, long>(Stage1);
        var sink = new ActionBlock<long>(x => sum += x);
        stage1.LinkTo(sink, new DataflowLinkOptions { PropagateCompletion = true });
        for (long i = 0; i < _count; i++) stage1.Post(i);
        stage1.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }

    [Benchmark(Baseline = true, Description = "Window max: hand loop")]
    [BenchmarkCategory("window")]
    public long HandWindows()
    {
        long total = 0, max = long.MinValue;
        var count = 0;
        for (long i = 0; i < _count; i++)
        {
            max = Math.Max(max, Stage1(i));
            if (++count < Window) continue;
            total += max;
            max = long.MinValue;
            count = 0;
        }
        return count > 0 ? total + max : total;
    }

    [Benchmark(Description = "Window max: Daedalus serial, window fused")]
    [BenchmarkCategory("window")]
    public long DaedalusWindows()
    {
        _windowFused.Total.Sum = 0;
        _windowFused.Run();
        return _windowFused.Total.Sum;
    }

    [Benchmark(Description = "Window max: Daedalus pipelined, bounded(1024) rings")]
    [BenchmarkCategory("window")]
    public long DaedalusWindowsPipelined()
    {
        _windowQueued.Total.Sum = 0;
        _windowQueued.Run(_pipelined);
        return _windowQueued.Total.Sum;
    }

    [Benchmark(Description = "Window max: Rx, Select + Buffer(n)")]
    [BenchmarkCategory("window")]
    public long RxBuffer()
    {
        long total = 0;
        using var subject = new Subject<long>();
        using (subject.Select(Stage1).Buffer(Window).Subscribe(window => total += window.Max()))
        {
            for (long i = 0; i < _count; i++) subject.OnNext(i);
            subject.OnCompleted();
        }
        return total;
    }

    [Benchmark(Description = "Window max: TPL Dataflow, Transform + BatchBlock(n)")]
    [BenchmarkCategory("window")]
    public async Task<long> DataflowBatch()
    {
        long total = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var stage1 = new TransformBlock<long, long>(Stage1);
        var batch = new BatchBlock<long>(Window);
        var sink = new ActionBlock<long[]>(window => total += window.Max());
        stage1.LinkTo(batch, link);
        batch.LinkTo(sink, link);
        for (long i = 0; i < _count; i++) stage1.Post(i);
        stage1.Complete();
        await sink.Completion.ConfigureAwait(false);
        return total;
    }
}
