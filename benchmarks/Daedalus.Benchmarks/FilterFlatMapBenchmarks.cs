using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// W6 filter: N <c>long</c> values, those not multiples of 4 kept, x+7, summed. Every contender's setup checks
/// that it computes the hand loop's sum before it is timed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("1 W6 stream: filter")]
public class FilterBenchmarks
{
    private readonly int _count = Sizes.Stream;
    private FilterStream _compiled = null!;
    private FilterStreamBounded _bounded = null!;
    private readonly RunOptions _pipelined = new() { Executor = Executor.Pipelined() };

    public static long ItemsPerOperation => Sizes.Stream;

    private static bool Keep(long x) => (x & 3) != 0;

    [GlobalSetup]
    public void Setup()
    {
        _compiled = new FilterStream(source: new Counter { Count = _count });
        _bounded = new FilterStreamBounded(source: new Counter { Count = _count });
        var expected = HandLoop();
        StreamBenchmarks.Check(nameof(DaedalusCompiled), expected, DaedalusCompiled());
        StreamBenchmarks.Check(nameof(DaedalusPipelined), expected, DaedalusPipelined());
        StreamBenchmarks.Check(nameof(RxWhere), expected, RxWhere());
        StreamBenchmarks.Check(nameof(DataflowPredicateLink), expected, DataflowPredicateLink().GetAwaiter().GetResult());
    }

    [Benchmark(Baseline = true, Description = "Hand loop with if")]
    public long HandLoop()
    {
        long sum = 0;
        for (long i = 0; i < _count; i++)
        {
            if (Keep(i)) sum += i + 7;
        }
        return sum;
    }

    [Benchmark(Description = "Daedalus compiled, [Filter] fused into the source loop")]
    public long DaedalusCompiled()
    {
        _compiled.Total.Sum = 0;
        _compiled.Run();
        return _compiled.Total.Sum;
    }

    [Benchmark(Description = "Daedalus pipelined, bounded(1024) rings")]
    public long DaedalusPipelined()
    {
        _bounded.Total.Sum = 0;
        _bounded.Run(_pipelined);
        return _bounded.Total.Sum;
    }

    [Benchmark(Description = "Rx, Subject + Where + Select")]
    public long RxWhere()
    {
        long sum = 0;
        using var subject = new Subject<long>();
        using (subject.Where(Keep).Select(x => x + 7).Subscribe(x => sum += x))
        {
            for (long i = 0; i < _count; i++) subject.OnNext(i);
            subject.OnCompleted();
        }
        return sum;
    }

    [Benchmark(Description = "TPL Dataflow, LinkTo with a predicate")]
    public async Task<long> DataflowPredicateLink()
    {
        long sum = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var source = new BufferBlock<long>();
        var stage = new TransformBlock<long, long>(x => x + 7);
        var sink = new ActionBlock<long>(x => sum += x);
        source.LinkTo(stage, link, Keep);
        source.LinkTo(DataflowBlock.NullTarget<long>());
        stage.LinkTo(sink, link);
        for (long i = 0; i < _count; i++) source.Post(i);
        source.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }
}

/// <summary>
/// W6 flat-map: N <c>long</c> values, each into <c>x % 4</c> copies of x*3+1 (1.5 N items), summed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("1 W6 stream: flat-map")]
public class FlatMapBenchmarks
{
    private readonly int _count = Sizes.Stream;
    private FlatMapStream _compiled = null!;
    private FlatMapStreamBounded _bounded = null!;
    private readonly RunOptions _pipelined = new() { Executor = Executor.Pipelined() };

    public static long ItemsPerOperation => Sizes.Stream;

    [GlobalSetup]
    public void Setup()
    {
        _compiled = new FlatMapStream(source: new Counter { Count = _count });
        _bounded = new FlatMapStreamBounded(source: new Counter { Count = _count });
        var expected = HandLoop();
        StreamBenchmarks.Check(nameof(DaedalusCompiled), expected, DaedalusCompiled());
        StreamBenchmarks.Check(nameof(DaedalusPipelined), expected, DaedalusPipelined());
        StreamBenchmarks.Check(nameof(RxSelectMany), expected, RxSelectMany());
        StreamBenchmarks.Check(nameof(DataflowTransformMany), expected, DataflowTransformMany().GetAwaiter().GetResult());
    }

    private static IEnumerable<long> CopiesOf(long x) => Enumerable.Repeat(x * 3 + 1, (int)(x & 3));

    [Benchmark(Baseline = true, Description = "Hand loop, nested")]
    public long HandLoop()
    {
        long sum = 0;
        for (long i = 0; i < _count; i++)
        {
            var item = i * 3 + 1;
            for (var k = i & 3; k > 0; k--) sum += item;
        }
        return sum;
    }

    [Benchmark(Description = "Daedalus compiled, OutPort<T> flat-map, queued output")]
    public long DaedalusCompiled()
    {
        _compiled.Total.Sum = 0;
        _compiled.Run();
        return _compiled.Total.Sum;
    }

    [Benchmark(Description = "Daedalus pipelined, bounded(1024) rings")]
    public long DaedalusPipelined()
    {
        _bounded.Total.Sum = 0;
        _bounded.Run(_pipelined);
        return _bounded.Total.Sum;
    }

    [Benchmark(Description = "Rx, Subject + SelectMany")]
    public long RxSelectMany()
    {
        long sum = 0;
        using var subject = new Subject<long>();
        using (subject.SelectMany(CopiesOf).Subscribe(x => sum += x))
        {
            for (long i = 0; i < _count; i++) subject.OnNext(i);
            subject.OnCompleted();
        }
        return sum;
    }

    [Benchmark(Description = "TPL Dataflow, TransformManyBlock")]
    public async Task<long> DataflowTransformMany()
    {
        long sum = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var split = new TransformManyBlock<long, long>(CopiesOf);
        var sink = new ActionBlock<long>(x => sum += x);
        split.LinkTo(sink, link);
        for (long i = 0; i < _count; i++) split.Post(i);
        split.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }
}
