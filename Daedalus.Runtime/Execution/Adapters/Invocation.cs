namespace Daedalus.Runtime;

/// <summary>
/// Turns a sink's <c>Task</c>/<c>ValueTask</c> invocation into one that <see cref="ConcurrentInvocations{T}"/>
/// keeps (its result is <see cref="ValueTuple"/>). Called by generated code.
/// </summary>
public static class Invocation
{
    /// <summary>Completes when <paramref name="invocation"/> does, as it does.</summary>
    public static async Task<ValueTuple> Completion(Task invocation)
    {
        await invocation.ConfigureAwait(false);
        return default;
    }

    /// <summary>Completes when <paramref name="invocation"/> does, as it does.</summary>
    public static async Task<ValueTuple> Completion(ValueTask invocation)
    {
        await invocation.ConfigureAwait(false);
        return default;
    }
}
