using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;
using Daedalus.Sqlite;

namespace Daedalus.Benchmarks;

/// <summary>
/// Durable runs over the samples/Durable shape at 10,002 nodes (3,334 chunks of 32 readings: reader → sum, a tree of
/// cached merges, one sink), serial executor (one cold row on the parallel one). Baseline: the same graph without a
/// store. <c>Cold</c>: a new run in a new SQLite file (created and closed outside the timing, in the iteration setup and cleanup); <c>Warm</c>: the same
/// run id again in a store where the run completed, so every node but the sink is reused; <c>ColdMemoryStore</c>: a new
/// run in a new <see cref="MemoryRunStore"/>, to separate SQLite's cost from the executor's. The setup checks every
/// contender's grand total against the baseline's, and that the cold runs computed and the warm run reused every
/// recorded node.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("9 Durable runs")]
[Config(typeof(OverheadPerNodeColumn.ForDurable))]
// The cold rows need a new store before every invocation (an iteration setup, which forces one invocation per
// iteration); every row runs that way, so all rows share one job and the ratios and the overhead column have a baseline.
[InvocationCount(1, 1)]
public class DurableBenchmarks
{
    private const string WarmRunId = "warm";

    private RuntimeGraph _graph = null!;
    private GrandTotal _total = null!;
    private readonly RunOptions _plain = new() { Executor = Executor.Serial };
    private StoreFolder? _warmFolder;
    private SqliteRunStore? _warmStore;
    private StoreFolder? _coldFolder;
    private SqliteRunStore? _coldStore;
    private MemoryRunStore? _memoryStore;
    private long _expected;
    private RunResult? _last;

    /// <summary>Nodes per graph: the overhead column divides by it.</summary>
    public static long ItemsPerOperation => Sizes.DurableChunks * 3L;

    [GlobalSetup]
    public void Setup()
    {
        (_graph, _total) = DurableGraph.Build(Sizes.DurableChunks, Sizes.DurableRows);
        _expected = NoStore();

        _warmFolder = new StoreFolder();
        _warmStore = SqliteRunStore.Open(_warmFolder.Database);
        var recorded = _graph.NodeCount - 1; // every node but the sink
        Check("The warm store's first run", () => RunDurably(_warmStore, WarmRunId), computed: recorded, reused: 0);
        Check("Warm", Warm, computed: 0, reused: recorded);
        NewSqliteStore();
        Check("Cold", Cold, computed: recorded, reused: 0);
        DropSqliteStore();
        NewSqliteStore();
        Check("ColdParallel", ColdParallel, computed: recorded, reused: 0);
        DropSqliteStore();
        NewMemoryStore();
        Check("ColdMemoryStore", ColdMemoryStore, computed: recorded, reused: 0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _warmStore?.Dispose();
        _warmFolder?.Dispose();
        DropSqliteStore();
    }

    [IterationSetup(Targets = [nameof(Cold), nameof(ColdParallel)])]
    public void NewSqliteStore()
    {
        _coldFolder = new StoreFolder();
        _coldStore = SqliteRunStore.Open(_coldFolder.Database);
    }

    [IterationCleanup(Targets = [nameof(Cold), nameof(ColdParallel)])]
    public void DropSqliteStore()
    {
        _coldStore?.Dispose();
        _coldStore = null;
        _coldFolder?.Dispose();
        _coldFolder = null;
    }

    [IterationSetup(Target = nameof(ColdMemoryStore))]
    public void NewMemoryStore() => _memoryStore = new MemoryRunStore();

    [Benchmark(Baseline = true, Description = "No store (serial)")]
    public long NoStore()
    {
        _graph.Run(_plain);
        return _total.Value;
    }

    [Benchmark(Description = "Cold: new run, new SQLite file")]
    public long Cold() => RunDurably(_coldStore!, "cold");

    [Benchmark(Description = "Cold, parallel executor: new run, new SQLite file")]
    public long ColdParallel() => RunDurably(_coldStore!, "cold", Executor.Parallel());

    [Benchmark(Description = "Warm: same run id, every result reused")]
    public long Warm() => RunDurably(_warmStore!, WarmRunId);

    [Benchmark(Description = "Cold: new run, MemoryRunStore")]
    public long ColdMemoryStore() => RunDurably(_memoryStore!, "cold");

    private long RunDurably(IRunStore store, string runId, Executor? executor = null)
    {
        _last = _graph.Run(new RunOptions { Executor = executor ?? Executor.Serial, Durable = new DurableRun(store, runId) });
        return _total.Value;
    }

    /// <summary>
    /// A durable contender must compute the baseline's grand total, complete, and run (<paramref name="computed"/>) or
    /// reuse (<paramref name="reused"/>) the nodes it should.
    /// </summary>
    private void Check(string contender, Func<long> run, int computed, int reused)
    {
        _total.Reset();
        var total = run();
        if (total != _expected) throw new InvalidOperationException($"{contender} computed {total}, the run without a store {_expected}.");
        var durable = _last?.Durable ?? throw new InvalidOperationException($"{contender}: the run reported no durable stats.");
        if (durable.Status != DurableRunStatus.Completed || durable.Misses != computed || durable.Hits != reused)
            throw new InvalidOperationException(
                $"{contender}: {durable.Status}, {durable.Misses} nodes computed and {durable.Hits} reused of {_graph.NodeCount}; expected {computed} and {reused}.");
    }

    /// <summary>A temporary folder holding one store file (with its WAL and its <c>.locks</c> folder), deleted with it.</summary>
    private sealed class StoreFolder : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("daedalus-bench-durable-");

        public string Database => Path.Combine(_folder.FullName, "runs.db");

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
