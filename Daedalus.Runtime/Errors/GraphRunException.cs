namespace Daedalus.Runtime;

/// <summary>
/// A run ended with failed nodes or items left queued. Every branch that did not depend on a failed
/// node ran to completion first; <see cref="Result"/> lists every failure and every edge's figures.
/// </summary>
public sealed class GraphRunException(RunResult result)
    : AggregateException(Describe(result), result.Failures.Select(f => f.Error))
{
    /// <summary>What the run did.</summary>
    public RunResult Result { get; } = result;

    private static string Describe(RunResult result)
    {
        var parts = result.Failures.Select(f => f.ToString())
            .Concat(result.Edges.Where(e => e.LeftQueued > 0 || e.Abandoned > 0)
                .Select(e => $"{e.Id}: {e.LeftQueued} left queued, {e.Abandoned} abandoned"));
        return $"Graph '{result.Graph}' ({result.Executor}) did not complete: {string.Join("; ", parts)}";
    }
}
