namespace Daedalus.Benchmarks;

/// <summary>
/// Workload sizes. The smoke mode (<c>--smoke</c>) shrinks them through an environment variable, which
/// the benchmark processes BenchmarkDotNet starts inherit, so every process agrees on the sizes.
/// </summary>
public static class Sizes
{
    public const string Variable = "DAEDALUS_BENCH_SMOKE";

    public static bool Smoke => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>W6: values through the three-stage stream.</summary>
    public static int Stream => Smoke ? 1_000 : 1_000_000;

    /// <summary>Items through the small graphs (the same in every mode: they are small already).</summary>
    public const int Small = 100;

    /// <summary>W7: values the producer broadcasts to each of its three consumers.</summary>
    public static int FanOut => Smoke ? 1_000 : 100_000;

    /// <summary>W8: writes into the newest-wins edge.</summary>
    public static int Latest => Smoke ? 1_000 : 100_000;

    /// <summary>Shader, 1D: floats in the SAXPY vectors (1 &lt;&lt; 20).</summary>
    public static int Saxpy => Smoke ? 1 << 10 : 1 << 20;

    /// <summary>Shader, 2D: the side of the square stencil grid (1024 × 1024 floats).</summary>
    public static int StencilSide => Smoke ? 32 : 1024;

    /// <summary>DAG suite: tasks per graph (a power of two with an integer square root: 2^16 = 256×256).</summary>
    public static int DagTasks => Smoke ? 256 : 65_536;

    /// <summary>Async suite: items through the 1 ms I/O-like stage (the same in every mode: it waits, it does not compute).</summary>
    public const int AsyncItems = 1_000;

    /// <summary>Async suite: items through the CPU-bound stage whose parallelism scales.</summary>
    public static int CpuItems => Smoke ? 20 : 400;

    /// <summary>Nodes in the generated graph the generator benchmark compiles.</summary>
    public static int GeneratorNodes => Smoke ? 20 : 1_000;

    /// <summary>Live graphs: the graph sizes the commit and start-up suites measure (one worker thread per node).</summary>
    public static int[] LiveNodes => Smoke ? [10, 40] : [100, 10_000];

    /// <summary>Live graphs: items one streaming operation pushes through the feed, the map and the reader.</summary>
    public static int LiveItems => Smoke ? 1_000 : 100_000;

    /// <summary>Durable suite: chunks of the DAG (3 nodes each: 3,334 chunks make 10,002 nodes).</summary>
    public static int DurableChunks => Smoke ? 34 : 3_334;

    /// <summary>Durable suite: readings per chunk (small chunks: the figures are the per-node cost, not the work).</summary>
    public const int DurableRows = 32;
}
