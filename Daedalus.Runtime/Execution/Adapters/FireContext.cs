namespace Daedalus.Runtime;

/// <summary>
/// What an executor hands a <see cref="NodeAdapter"/> for each firing and hook: the node's
/// <see cref="NodeContext"/> (with the run's cancellation token) and its retry policy. One instance per node
/// per run; adapters do not keep it.
/// </summary>
public sealed class FireContext
{
    /// <summary>Creates the context of one node for one run.</summary>
    public FireContext(NodeContext node, RetryPolicy? retry)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        CancellationToken = node.CancellationToken;
        Retry = retry;
    }

    /// <summary>The node's context for the run, passed to <c>NodeContext</c> parameters.</summary>
    public NodeContext Node { get; }

    /// <summary>The run's cancellation token; async nodes receive it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The node's retry policy, if it has one.</summary>
    public RetryPolicy? Retry { get; }

    /// <summary>Attempts that failed and were retried in this run.</summary>
    public int Retries { get; private set; }

    /// <summary>
    /// Called by generated code when attempt <paramref name="attempt"/> (1-based) of a firing threw:
    /// whether to call the node again with the same inputs. Waits the policy's backoff before returning
    /// <see langword="true"/>. Never retries cancellation.
    /// </summary>
    public bool ShouldRetry(Exception error, int attempt)
    {
        if (Retry is not { } policy || error is OperationCanceledException || !policy.Allows(error, attempt)) return false;
        Retries++;
        var delay = policy.DelayBefore(attempt + 1);
        if (delay > TimeSpan.Zero) CancellationToken.WaitHandle.WaitOne(delay);
        CancellationToken.ThrowIfCancellationRequested();
        return true;
    }
}
