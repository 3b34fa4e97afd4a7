using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;

namespace Daedalus.Benchmarks;

/// <summary>
/// Small graphs: 3 nodes × 100 items and 10 nodes × 100 items (x+K stages into a sum). "Run" reuses a
/// graph built once in setup; "build + run" constructs it in every operation.
/// </summary>
[MemoryDiagnoser]
public class SmallGraphBenchmarks
{
    private const int Items = Sizes.Small;
    private Small3 _small3 = null!;
    private Small10 _small10 = null!;

    public static long ItemsPerOperation => Items;

    [GlobalSetup]
    public void Setup()
    {
        _small3 = new Small3();
        _small10 = new Small10();
        StreamBenchmarks.Check(nameof(Small3Run), Loop3(), Small3Run());
        StreamBenchmarks.Check(nameof(Small3BuildRun), Loop3(), Small3BuildRun());
        StreamBenchmarks.Check(nameof(Small3Dataflow), Loop3(), Small3Dataflow().GetAwaiter().GetResult());
        StreamBenchmarks.Check(nameof(Small10Run), Loop10(), Small10Run());
        StreamBenchmarks.Check(nameof(Small10BuildRun), Loop10(), Small10BuildRun());
        StreamBenchmarks.Check(nameof(Small10Dataflow), Loop10(), Small10Dataflow().GetAwaiter().GetResult());
    }

    [Benchmark(Baseline = true, Description = "3 nodes: hand loop")]
    [BenchmarkCategory("2 Small 3x100")]
    public long Loop3()
    {
        long sum = 0;
        for (long i = 0; i < Items; i++) sum += i + 1;
        return sum;
    }

    [Benchmark(Description = "3 nodes: Daedalus run")]
    [BenchmarkCategory("2 Small 3x100")]
    public long Small3Run()
    {
        _small3.Total.Sum = 0;
        _small3.Run();
        return _small3.Total.Sum;
    }

    [Benchmark(Description = "3 nodes: Daedalus build + run")]
    [BenchmarkCategory("2 Small 3x100")]
    public long Small3BuildRun()
    {
        var graph = new Small3();
        graph.Run();
        return graph.Total.Sum;
    }

    [Benchmark(Description = "3 nodes: TPL Dataflow build + run")]
    [BenchmarkCategory("2 Small 3x100")]
    public async Task<long> Small3Dataflow()
    {
        long sum = 0;
        var stage = new TransformBlock<long, long>(x => x + 1);
        var sink = new ActionBlock<long>(x => sum += x);
        stage.LinkTo(sink, new DataflowLinkOptions { PropagateCompletion = true });
        for (long i = 0; i < Items; i++) stage.Post(i);
        stage.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }

    [Benchmark(Baseline = true, Description = "10 nodes: hand loop")]
    [BenchmarkCategory("3 Small 10x100")]
    public long Loop10()
    {
        long sum = 0;
        for (long i = 0; i < Items; i++) sum += i + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8;
        return sum;
    }

    [Benchmark(Description = "10 nodes: Daedalus run")]
    [BenchmarkCategory("3 Small 10x100")]
    public long Small10Run()
    {
        _small10.Total.Sum = 0;
        _small10.Run();
        return _small10.Total.Sum;
    }

    [Benchmark(Description = "10 nodes: Daedalus build + run")]
    [BenchmarkCategory("3 Small 10x100")]
    public long Small10BuildRun()
    {
        var graph = new Small10();
        graph.Run();
        return graph.Total.Sum;
    }

    [Benchmark(Description = "10 nodes: TPL Dataflow build + run")]
    [BenchmarkCategory("3 Small 10x100")]
    public async Task<long> Small10Dataflow()
    {
        long sum = 0;
        var link = new DataflowLinkOptions { PropagateCompletion = true };
        var first = new TransformBlock<long, long>(x => x + 1);
        var last = first;
        for (long k = 2; k <= 8; k++)
        {
            var constant = k;
            var next = new TransformBlock<long, long>(x => x + constant);
            last.LinkTo(next, link);
            last = next;
        }
        var sink = new ActionBlock<long>(x => sum += x);
        last.LinkTo(sink, link);
        for (long i = 0; i < Items; i++) first.Post(i);
        first.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }
}
