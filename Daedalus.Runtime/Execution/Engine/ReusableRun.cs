namespace Daedalus.Runtime;

/// <summary>
/// The per-run state of a serial or parallel run that ended cleanly, kept on its <see cref="CompiledGraph"/>
/// for the next run: the edges (queues emptied, counters zeroed), the adapters' bindings to them, the
/// blocking-edge index, the fire contexts (detached from the run) and the per-node arrays (zeroed). A run
/// takes it (so no two runs share it) and gives it back only when nothing it holds can carry the run's
/// traces: no failure, cancellation, pause, resume or refused edge.
/// </summary>
internal sealed class ReusableRun
{
    private ReusableRun(Type executor, RunState run)
    {
        Executor = executor;
        Edges = run.Edges;
        BlockStart = run.BlockStart;
        BlockEdges = run.BlockEdges;
        Contexts = run.Contexts;
        foreach (var context in Contexts) context.Detach();
        Firings = Zeroed(run.Firings);
        BusyTicks = Zeroed(run.BusyTicks);
        States = Zeroed(run.States);
        InFlight = Zeroed(run.InFlight);
        Initialized = Zeroed(run.Initialized);
        Opened = Zeroed(run.Opened);
        Awake = run.Awake;
        Array.Fill(Awake, true);
    }

    /// <summary>The kind of executor whose run left this state.</summary>
    public Type Executor { get; }

    public RunEdge[] Edges { get; }

    public int[] BlockStart { get; }

    public RunEdge[] BlockEdges { get; }

    public FireContext[] Contexts { get; }

    public long[] Firings { get; }

    public long[] BusyTicks { get; }

    public byte[] States { get; }

    public bool[] InFlight { get; }

    public bool[] Initialized { get; }

    public bool[] Opened { get; }

    public bool[] Awake { get; }

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
        return new ReusableRun(executor.GetType(), run);
    }

    private static T[] Zeroed<T>(T[] array)
    {
        Array.Clear(array);
        return array;
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
