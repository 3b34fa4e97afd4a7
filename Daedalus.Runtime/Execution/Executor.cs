namespace Daedalus.Runtime;

/// <summary>
/// How a graph runs. Pick one in <see cref="RunOptions.Executor"/>; node code never changes, and every
/// executor gives the same results for deterministic nodes on FIFO and blocking edges.
/// </summary>
public abstract class Executor
{
    private protected Executor() { }

    /// <summary>The executor's name, as shown in run results.</summary>
    public abstract string Name { get; }

    /// <summary>One thread, deterministic: passes over the schedule order until no node can fire.</summary>
    public static Executor Serial => SerialExecutor.Instance;

    /// <summary>
    /// Passes over the graph in which nodes whose predecessors finished the pass run at the same time,
    /// on up to <paramref name="maxDegreeOfParallelism"/> workers (the processor count by default), taken
    /// from <paramref name="pool"/> when given (the pooled executor) or started for the run.
    /// </summary>
    public static Executor Parallel(int? maxDegreeOfParallelism = null, WorkerPool? pool = null)
    {
        var degree = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1, nameof(maxDegreeOfParallelism));
        return new ParallelExecutor(degree, pool);
    }

    /// <summary>
    /// Every node on its own worker, joined by single-producer/single-consumer rings, so a stream flows
    /// through all stages at once. Workers come from <paramref name="pool"/> when given (the pooled
    /// executor) or are started for the run.
    /// </summary>
    public static Executor Pipelined(WorkerPool? pool = null) => new PipelinedExecutor(pool);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>The kind of queue each edge gets in a run of this executor.</summary>
    internal abstract IEdgeFactory CreateEdgeFactory(RunState run);

    /// <summary>Whether the executor can pause a run at a consistent point and resume one from a snapshot.</summary>
    internal virtual bool SupportsSnapshots => false;

    /// <summary>
    /// Whether a clean run's edges, bindings and fire contexts can serve the next run of the same graph on an
    /// executor of the same kind (<see cref="ReusableRun"/>): single-thread queues, nothing left running.
    /// </summary>
    internal virtual bool ReusesRunState => false;

    /// <summary>
    /// Whether a node with <c>[Node(MaxDegreeOfParallelism = N)]</c> has up to N invocations in flight; the serial
    /// executor calls every node one item at a time.
    /// </summary>
    internal virtual bool RunsInvocationsConcurrently => true;

    /// <summary>Whether a write to a full blocking edge waits inside the firing (for a consumer on another thread).</summary>
    internal virtual bool WaitsForRoomInFirings => false;

    /// <summary>Whether the executor runs each node's <c>Initialize</c> hook and opens it itself, just before the node first fires.</summary>
    internal virtual bool PreparesNodes => false;

    /// <summary>Fires the nodes of a prepared run (hooks ran, edges bound) until none can fire.</summary>
    internal abstract void Execute(RunState run);

    /// <summary>Where a run's worker threads come from.</summary>
    internal static IWorkerSource Workers(WorkerPool? pool) => (IWorkerSource?)pool ?? DedicatedWorkers.Instance;
}
