namespace Daedalus.Runtime;

/// <summary>How one run of a graph (generated or run-time) executes.</summary>
public sealed class RunOptions
{
    /// <summary>The executor; <see cref="Executor.Serial"/> by default.</summary>
    public Executor Executor { get; init; } = Executor.Serial;

    /// <summary>Retry policies by node name. A name the graph does not have fails the run before it starts.</summary>
    public IReadOnlyDictionary<string, RetryPolicy> Retry { get; init; } = new Dictionary<string, RetryPolicy>();

    /// <summary>
    /// Whether <c>Run</c> throws <see cref="GraphRunException"/> when a node failed or items were left
    /// queued (the default), or returns the <see cref="RunResult"/> for the caller to inspect.
    /// </summary>
    public bool ThrowOnFailure { get; init; } = true;
}
