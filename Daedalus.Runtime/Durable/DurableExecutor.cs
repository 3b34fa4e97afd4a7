using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// The executor of a durable run (<see cref="RunOptions.Durable"/>), on one thread (the serial executor asked for) or on
/// several workers (the parallel one): a node runs once all its producers' results are committed, reads them back from
/// the store, fires to completion and has its result committed before its consumers run. One per run.
/// </summary>
internal sealed class DurableExecutor : Executor, IDisposable
{
    private readonly DurableRun _durable;
    private IRunSession? _session;
    private long _openTicks;

    private DurableExecutor(DurableRun durable, int degree, WorkerPool? pool)
    {
        _durable = durable;
        Degree = degree;
        Pool = pool;
    }

    /// <summary>The most nodes running at once.</summary>
    public int Degree { get; }

    /// <summary>Where workers come from when <see cref="Degree"/> is above 1; null for dedicated threads.</summary>
    public WorkerPool? Pool { get; }

    /// <summary>The run's stats, once <see cref="Execute"/> has run.</summary>
    public DurableRunStats? Stats { get; private set; }

    public override string Name => Degree == 1 ? "durable serial" : Pool is null ? $"durable parallel({Degree})" : $"durable pooled-parallel({Degree})";

    internal override IEdgeFactory CreateEdgeFactory(RunState run) => new DurableEdgeFactory(run.Graph.Name, _durable.Serializers);

    internal override bool RunsInvocationsConcurrently => false;

    internal override bool PreparesNodes => true;

    /// <summary>The durable executor for <paramref name="options"/>, or why the run cannot be durable.</summary>
    public static DurableExecutor For(CompiledGraph graph, Executor executor, RunOptions options)
    {
        var durable = options.Durable!;
        ArgumentNullException.ThrowIfNull(durable.Store, "RunOptions.Durable.Store");
        if (string.IsNullOrWhiteSpace(durable.RunId)) throw new ArgumentException("RunOptions.Durable.RunId is empty; give the run an id to resume it by.", nameof(options));
        if (options.Pause is not null || options.Resume is not null)
            throw new NotSupportedException("A durable run resumes from its store, not from snapshots: leave RunOptions.Pause and RunOptions.Resume unset.");
        if (durable.Cached.Count > 0) RunEngine.CheckNodeNames(graph, durable.Cached, "RunOptions.Durable.Cached");
        return executor switch
        {
            SerialExecutor => new DurableExecutor(durable, 1, null),
            ParallelExecutor parallel => new DurableExecutor(durable, parallel.Degree, parallel.Pool),
            _ => throw new NotSupportedException(
                $"A durable run stores each node's result before its consumers run, so its nodes cannot stream to each other: use Executor.Serial or Executor.Parallel(), not the {executor.Name} executor."),
        };
    }

    /// <summary>Opens the run in the store, before any node runs: a store that cannot be used fails the run here.</summary>
    public void Open(RunState run)
    {
        var started = Stopwatch.GetTimestamp();
        // A token cancelled before the run started still opens the run, so the run ends as every run does: nothing fires,
        // GraphCanceledException with its result (and the store's status says how the run stands).
        var token = run.Token.IsCancellationRequested ? CancellationToken.None : run.Token;
        _session = _durable.Store.OpenRun(_durable.RunId, run.Graph.Name, token);
        _openTicks = Stopwatch.GetTimestamp() - started;
    }

    internal override void Execute(RunState run)
    {
        var session = _session ?? throw new InvalidOperationException("The durable run was not opened.");
        var scheduler = new DurableScheduler(run, _durable, session, Degree, Pool, _openTicks);
        try
        {
            scheduler.Run();
        }
        finally
        {
            Stats = scheduler.Stats();
        }
    }

    public void Dispose() => _session?.Dispose();
}
