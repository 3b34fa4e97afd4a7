using Microsoft.Extensions.Logging;

namespace Daedalus.Runtime;

/// <summary>How one run of a graph (generated or run-time) executes.</summary>
public sealed record RunOptions
{
    /// <summary>The executor; <see cref="Executor.Serial"/> by default.</summary>
    public Executor Executor { get; init; } = Executor.Serial;

    /// <summary>Retry policies by node name. A name the graph does not have fails the run before it starts.</summary>
    public IReadOnlyDictionary<string, RetryPolicy> Retry { get; init; } = new Dictionary<string, RetryPolicy>();

    /// <summary>
    /// Calls in flight at once by node name on the parallel and pipelined executors, instead of the node's
    /// <c>[Node(MaxDegreeOfParallelism)]</c>. Only a node declared with a degree above 1 runs calls concurrently; a name
    /// the graph does not have, a node declared without, or a degree below 1 fails the run before it starts.
    /// </summary>
    public IReadOnlyDictionary<string, int> Parallelism { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Whether <c>Run</c> throws <see cref="GraphRunException"/> when a node failed or items were left
    /// queued (the default), or returns the <see cref="RunResult"/> for the caller to inspect.
    /// </summary>
    public bool ThrowOnFailure { get; init; } = true;

    /// <summary>
    /// Whether each firing gets its own <see cref="System.Diagnostics.Activity"/> (span), a child of the
    /// run's span, when something listens to the <c>Daedalus</c> activity source. Off by default: a span
    /// per firing costs far more than most firings, so turn it on only to trace a few slow runs. The
    /// run's own span does not depend on this option.
    /// </summary>
    public bool TraceFirings { get; init; }

    /// <summary>
    /// Creates the logger of each node's <see cref="NodeContext"/> (category <c>Daedalus.{graph}.{node}</c>);
    /// nodes log nothing when it is null.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Metadata by node name, handed to each node as <see cref="NodeContext.Metadata"/> (a tenant, a region, a
    /// run label). A name the graph does not have fails the run before it starts.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Metadata { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// Lets the caller (or a node) pause the run at the end of a pass with <see cref="RunPause.Request"/>;
    /// the run then returns a result with <see cref="RunResult.Paused"/> and a <see cref="RunResult.Snapshot"/>.
    /// Serial and parallel executors only: with the pipelined executor the run fails before it starts.
    /// </summary>
    public RunPause? Pause { get; init; }

    /// <summary>
    /// A snapshot to resume: the run starts with the snapshot's queued items and node states, and each source
    /// skips the items it had produced. The whole snapshot is checked against the graph before anything
    /// changes: another shape throws <see cref="GraphSnapshotMismatchException"/>, counts or items that do not
    /// fit throw <see cref="GraphSnapshotException"/>. A resumed run that does not succeed puts every node's
    /// state back as it was before the run. Serial and parallel executors only.
    /// </summary>
    public GraphSnapshot? Resume { get; init; }

    /// <summary>
    /// Receives the run's progress (<see cref="RunProgress"/>: elapsed time, each node's firings with the totals
    /// sources declare through <see cref="ICountedSource"/>, each edge's depth) every <see cref="ProgressInterval"/>,
    /// from a timer thread, and once more when the run ends, with the result's figures. Off the executors' threads:
    /// a slow receiver delays only the next report. Null (the default): nothing is reported and nothing is timed.
    /// </summary>
    public IProgress<RunProgress>? Progress { get; init; }

    /// <summary>
    /// How often <see cref="Progress"/> receives a report: every second unless set; must be positive (an interval
    /// longer than a timer's longest period, about 49.7 days, is that period).
    /// </summary>
    public TimeSpan ProgressInterval
    {
        get;
        init => field = ProgressIntervals.Checked(value, nameof(value));
    } = ProgressIntervals.Default;

    /// <summary>
    /// Makes the run durable: every node's result is written to a store before its consumers run, so the run resumes
    /// after a crash, and cached nodes reuse earlier runs' results (see <see cref="DurableRun"/> and docs/durable-runs.md).
    /// Serial and parallel executors; null (the default) for an ordinary run.
    /// </summary>
    public DurableRun? Durable { get; init; }
}
