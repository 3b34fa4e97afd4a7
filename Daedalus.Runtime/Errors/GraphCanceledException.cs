namespace Daedalus.Runtime;

/// <summary>
/// A run stopped because its cancellation token was cancelled. Cleanup hooks ran;
/// <see cref="Result"/> reports what was in flight (nodes mid-firing, items still queued).
/// </summary>
public sealed class GraphCanceledException(RunResult result, CancellationToken token)
    : OperationCanceledException($"Run of graph '{result.Graph}' ({result.Executor}) was cancelled after {result.Elapsed.TotalMilliseconds:0} ms; {result.Edges.Sum(e => (long)e.LeftQueued)} items were in flight.", token)
{
    /// <summary>What the run did before it stopped.</summary>
    public RunResult Result { get; } = result;
}
