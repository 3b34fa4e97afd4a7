using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// Concurrent invocations. I/O: 1,000 items through a node that awaits <c>Task.Delay(1)</c> per item with
/// <c>[Node(MaxDegreeOfParallelism = 64)]</c>, against a Dataflow <c>TransformBlock</c> with the same degree, ordered
/// (ideal: 1,000 / 64 × 1 ms ≈ 16 ms, more where the timer is coarser than 1 ms; one at a time would be over 1 s).
/// CPU: 400 items through a ~0.5 ms stage with N = 1 and N = 2 on the executors that run calls concurrently.
/// </summary>
[MemoryDiagnoser]
public class AsyncNodeBenchmarks
{
    public const int Degree = 64;

    private static readonly long IoSum = (long)Sizes.AsyncItems * (Sizes.AsyncItems - 1) / 2;
    private static readonly long CpuSum = (long)Sizes.CpuItems * (Sizes.CpuItems - 1) / 2;

    private readonly AsyncIo _io = new();
    private readonly CpuStage1 _cpu1 = new();
    private readonly CpuStage2 _cpu2 = new();

    [GlobalSetup]
    public void Setup()
    {
        StreamBenchmarks.Check(nameof(IoDataflow), IoSum, IoDataflow().GetAwaiter().GetResult());
        StreamBenchmarks.Check(nameof(IoPipelined), IoSum, IoPipelined());
        StreamBenchmarks.Check(nameof(IoParallel), IoSum, IoParallel());
        StreamBenchmarks.Check(nameof(IoCompiledRunAsync), IoSum, IoCompiledRunAsync().GetAwaiter().GetResult());
        StreamBenchmarks.Check(nameof(CpuPipelined1), CpuSum, CpuPipelined1());
        StreamBenchmarks.Check(nameof(CpuPipelined2), CpuSum, CpuPipelined2());
        StreamBenchmarks.Check(nameof(CpuParallel2), CpuSum, CpuParallel2());
    }

    [Benchmark(Baseline = true, Description = "I/O N=64: Dataflow TransformBlock")]
    [BenchmarkCategory("A Async I/O 1000 x 1 ms")]
    public async Task<long> IoDataflow()
    {
        long sum = 0;
        var echo = new TransformBlock<int, int>(
            async id =>
            {
                await Task.Delay(1).ConfigureAwait(false);
                return id;
            },
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = Degree, EnsureOrdered = true });
        var sink = new ActionBlock<int>(id => sum += id);
        echo.LinkTo(sink, new DataflowLinkOptions { PropagateCompletion = true });
        for (var i = 0; i < Sizes.AsyncItems; i++) echo.Post(i);
        echo.Complete();
        await sink.Completion.ConfigureAwait(false);
        return sum;
    }

    [Benchmark(Description = "I/O N=64: Daedalus pipelined")]
    [BenchmarkCategory("A Async I/O 1000 x 1 ms")]
    public long IoPipelined() => RunIo(Executor.Pipelined());

    [Benchmark(Description = "I/O N=64: Daedalus parallel")]
    [BenchmarkCategory("A Async I/O 1000 x 1 ms")]
    public long IoParallel() => RunIo(Executor.Parallel());

    [Benchmark(Description = "I/O N=64: Daedalus compiled RunAsync")]
    [BenchmarkCategory("A Async I/O 1000 x 1 ms")]
    public async Task<long> IoCompiledRunAsync()
    {
        _io.Sum.Sum = 0;
        await _io.RunAsync().ConfigureAwait(false);
        return _io.Sum.Sum;
    }

    [Benchmark(Baseline = true, Description = "CPU N=1: Daedalus pipelined")]
    [BenchmarkCategory("B CPU stage ~0.5 ms per item")]
    public long CpuPipelined1()
    {
        _cpu1.Sum.Sum = 0;
        _cpu1.Run(new RunOptions { Executor = Executor.Pipelined() });
        return _cpu1.Sum.Sum;
    }

    [Benchmark(Description = "CPU N=2: Daedalus pipelined")]
    [BenchmarkCategory("B CPU stage ~0.5 ms per item")]
    public long CpuPipelined2()
    {
        _cpu2.Sum.Sum = 0;
        _cpu2.Run(new RunOptions { Executor = Executor.Pipelined() });
        return _cpu2.Sum.Sum;
    }

    [Benchmark(Description = "CPU N=2: Daedalus parallel")]
    [BenchmarkCategory("B CPU stage ~0.5 ms per item")]
    public long CpuParallel2()
    {
        _cpu2.Sum.Sum = 0;
        _cpu2.Run(new RunOptions { Executor = Executor.Parallel() });
        return _cpu2.Sum.Sum;
    }

    private long RunIo(Executor executor)
    {
        _io.Sum.Sum = 0;
        _io.Run(new RunOptions { Executor = executor });
        return _io.Sum.Sum;
    }
}
