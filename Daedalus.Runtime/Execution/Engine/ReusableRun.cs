namespace Daedalus.Runtime;

/// <summary>
/// The per-run state of a serial or parallel run that ended cleanly, kept on its <see cref="CompiledGraph"/>
/// for the next run: the edges (queues emptied, counters zeroed), the adapters' bindings to them, the
/// blocking-edge index and the fire contexts. A run takes it (so no two runs share it) and gives it back only
/// when nothing it holds can carry the run's traces: no failure, cancellation, pause, resume or refused edge.
/// </summary>
internal sealed class ReusableRun
{
    private ReusableRun(Type executor, RunEdge[] edges, int[] blockStart, RunEdge[] blockEdges, FireContext[] contexts)
    {
        Executor = executor;
        Edges = edges;
        BlockStart = blockStart;
        BlockEdges = blockEdges;
        Contexts = contexts;
    }

    /// <summary>The kind of executor whose run left this state.</summary>
    public Type Executor { get; }

    public RunEdge[] Edges { get; }

    public int[] BlockStart { get; }

    public RunEdge[] BlockEdges { get; }

    public FireContext[] Contexts { get; }

    /// <summary>Whether a run of <paramref name="executor"/> with <paramref name="options"/> may start from this state.</summary>
    public bool Fits(Executor executor, RunOptions options) =>
        executor.GetType() == Executor && options.Resume is null;

    /// <summary>
    /// The state <paramref name="run"/> leaves for the next run, emptied; <see langword="null"/> when the run
    /// cannot be reused (its executor does not, or it did not end cleanly). Call after its result is built.
    /// </summary>
    public static ReusableRun? From(RunState run, Executor executor)
    {
        if (!executor.ReusesRunState || !EndedCleanly(run)) return null;
        foreach (var edge in run.Edges) edge.ResetForReuse();
        return new ReusableRun(executor.GetType(), run.Edges, run.BlockStart, run.BlockEdges, run.Contexts);
    }

    
    private static bool EndedCleanly(RunState run)
    {
        if (run.IsCancelled || run.EngineError is not null || run.Paused || run.Snapshot is not null
            || run.Options.Resume is not null || run.Failures.Count != 0) return false;
        foreach (var edge in run.Edges)
        {
            if (edge.IsRefusing) return false;
        }
        return true;
    }
}
