using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// DAG scheduling on run-time graphs: a chain (counter++), a binary tree (interlocked increment) and a
/// wavefront grid (each block returns i+j), every task firing once per run. Baseline: TPL tasks joined by
/// continuations, built as they run. Daedalus is measured run-only (graph built once in the setup) and
/// build+run (graph built inside the operation). Every setup checks the task count each contender ran.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("5 DAG scheduling")]
public class DagBenchmarks
{
    private readonly TaskCounter _counter = new();
    private RuntimeGraph _graph = null!;
    private readonly RunOptions _serial = new() { Executor = Executor.Serial };
    private readonly RunOptions _parallel = new() { Executor = Executor.Parallel() };

    [Params("chain", "tree", "wavefront")]
    public string Shape { get; set; } = "chain";

    /// <summary>Tasks per operation: 2^16 for the chain, 2^16 − 1 for the tree, 256×256 for the wavefront (smaller in smoke runs).</summary>
    public static long ItemsPerOperation => Sizes.DagTasks;

    private int Tasks => Shape == "tree" ? Sizes.DagTasks - 1 : Sizes.DagTasks;

    [GlobalSetup]
    public void Setup()
    {
        _graph = Build();
        Check("TPL continuations", Tpl());
        Check("Daedalus serial, run-only", SerialRunOnly());
        Check("Daedalus parallel, run-only", ParallelRunOnly());
        Check("Daedalus serial, build+run", SerialBuildAndRun());
        Check("Daedalus parallel, build+run", ParallelBuildAndRun());
    }

    private void Check(string contender, long ran)
    {
        if (Shape != "wavefront" && _counter.Value != Tasks)
            throw new InvalidOperationException($"{contender} ran {_counter.Value} {Shape} tasks, expected {Tasks}.");
        if (Shape == "wavefront" && ran != Tasks)
            throw new InvalidOperationException($"{contender} ran {ran} wavefront blocks, expected {Tasks}.");
    }

    private RuntimeGraph Build()
    {
        var side = (int)Math.Sqrt(Sizes.DagTasks);
        return Shape switch
        {
            "chain" => DagShapes.Chain(Tasks, _counter),
            "tree" => DagShapes.Tree(Tasks, _counter),
            _ => DagShapes.Wavefront(side),
        };
    }

    private long Run(RuntimeGraph graph, RunOptions options)
    {
        _counter.Value = 0;
        var result = graph.Run(options);
        return Shape == "wavefront" ? BlockFirings(result) : _counter.Value;
    }

    private static long BlockFirings(RunResult result)
    {
        long firings = 0;
        foreach (var node in result.Nodes) firings += node.Firings;
        return firings - 1; // the seed
    }

    [Benchmark(Baseline = true, Description = "TPL tasks + continuations")]
    public long Tpl()
    {
        _counter.Value = 0;
        return Shape switch
        {
            "chain" => TplDags.Chain(Tasks, _counter),
            "tree" => TplDags.Tree(Tasks, _counter),
            _ => TplDags.Wavefront((int)Math.Sqrt(Sizes.DagTasks)),
        };
    }

    [Benchmark(Description = "Daedalus serial, run-only")]
    public long SerialRunOnly() => Run(_graph, _serial);

    [Benchmark(Description = "Daedalus parallel, run-only")]
    public long ParallelRunOnly() => Run(_graph, _parallel);

    [Benchmark(Description = "Daedalus serial, build+run")]
    public long SerialBuildAndRun() => Run(Build(), _serial);

    [Benchmark(Description = "Daedalus parallel, build+run")]
    public long ParallelBuildAndRun() => Run(Build(), _parallel);
}
