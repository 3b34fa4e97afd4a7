namespace Daedalus.Runtime;

/// <summary>
/// Passes over the graph in which a node is activated once every predecessor finished its activation
/// of the pass, so independent branches run at the same time on up to the degree of parallelism.
/// A queue is never touched by two threads at once: its producer is done for the pass before its
/// consumer starts (the interlocked dependency counters order the two), so single-thread queues serve.
/// </summary>
internal sealed class ParallelExecutor(int degree, WorkerPool? pool) : Executor
{
    /// <summary>The most workers at once.</summary>
    public int Degree => degree;

    /// <summary>Where workers come from; null for dedicated threads.</summary>
    public WorkerPool? Pool => pool;

    public override string Name => pool is null ? $"parallel({degree})" : $"pooled-parallel({degree})";

    internal override IEdgeFactory CreateEdgeFactory(RunState run) => LocalEdgeFactory.Instance;

    internal override bool SupportsSnapshots => true;

    internal override bool ReusesRunState => true;

    internal override void Execute(RunState run)
    {
        var passes = new ParallelPasses(run);
        if (!passes.Start()) return;
        var workers = Math.Max(1, Math.Min(degree, run.Graph.Nodes.Length));
        using (run.Token.UnsafeRegister(static state => ((ParallelPasses)state!).Stop(), passes))
        {
            Workers(pool).Run(workers, passes.Work);
        }
        if (!run.IsCancelled && run.EngineError is null && !run.Paused) SerialExecutor.MarkCompleted(run);
    }
}
