namespace Daedalus.Runtime;

/// <summary>
/// What an executor hands a <see cref="NodeAdapter"/> for each firing and hook: the node's
/// <see cref="NodeContext"/> (with the run's cancellation token) and its retry policy. One instance per node
/// per run; adapters do not keep it.
/// </summary>
public sealed class FireContext
{
    private RunState? _run;
    private readonly int _index;
    private NodeContext? _node;
    private int _retries;

    /// <summary>Creates the context of one node for one run.</summary>
    public FireContext(NodeContext node, RetryPolicy? retry)
    {
        ArgumentNullException.ThrowIfNull(node);
        _node = node;
        CancellationToken = node.CancellationToken;
        Retry = retry;
    }

    /// <summary>An executor's context for node <paramref name="index"/>; its <see cref="NodeContext"/> is made on first use.</summary>
    internal FireContext(RunState run, int index, RetryPolicy? retry)
    {
        _run = run;
        _index = index;
        CancellationToken = run.Token;
        Retry = retry;
    }

    /// <summary>
    /// Prepares an executor's context for another run of the same graph (<see cref="ReusableRun"/>): the new
    /// run's token and retry policy, no retries, and a new <see cref="NodeContext"/> on first use.
    /// </summary>
    internal void Reuse(RunState run, RetryPolicy? retry)
    {
        _run = run;
        _node = null;
        CancellationToken = run.Token;
        Retry = retry;
        _retries = 0;
    }

    /// <summary>Between runs: lets go of the finished run (its options, span and node context) until <see cref="Reuse"/>.</summary>
    internal void Detach()
    {
        _run = null;
        _node = null;
    }

    /// <summary>
    /// The node's context for the run, passed to <c>NodeContext</c> parameters. Executors create it when a node
    /// first asks, so nodes that never do (most of a million-node DAG) cost nothing.
    /// </summary>
    /// <remarks>Concurrent invocations of one node may ask at once; they all get the same context.</remarks>
    public NodeContext Node => _node ?? Interlocked.CompareExchange(ref _node, _run!.CreateNodeContext(_index), null) ?? _node;

    /// <summary>The run's cancellation token; async nodes receive it.</summary>
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>The node's retry policy, if it has one.</summary>
    public RetryPolicy? Retry { get; private set; }

    /// <summary>Attempts that failed and were retried in this run.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>
    /// How many invocations of the node may be in flight at once in this run: its
    /// <c>[Node(MaxDegreeOfParallelism)]</c> on the parallel and pipelined executors, 1 on the serial one.
    /// </summary>
    public int MaxDegreeOfParallelism { get; internal set; } = 1;

    /// <summary>
    /// How many more results a concurrent node may start computing. Where a firing never waits for a full
    /// blocking edge (the serial and parallel executors) it is the least free space of the node's blocking
    /// outputs, so every call in flight can write its result and an activation never ends with calls in flight;
    /// on the pipelined executor, whose writes wait for room, it is unlimited.
    /// </summary>
    public int ResultRoom => Draining ? 0 : LimitsResultsByRoom && _run is { } run ? run.Room(_index) : int.MaxValue;

    /// <summary>Live graphs, before a node closes: no invocation may start, so firings only write the results of those in flight.</summary>
    internal bool Draining { get; set; }

    /// <summary>Whether <see cref="ResultRoom"/> follows the blocking outputs' free space.</summary>
    internal bool LimitsResultsByRoom { get; set; }

    /// <summary>
    /// Called by generated code when attempt <paramref name="attempt"/> (1-based) of a firing threw:
    /// whether to call the node again with the same inputs. Safe to call from concurrent invocations. Waits the policy's backoff before returning
    /// <see langword="true"/>. Never retries cancellation.
    /// </summary>
    public bool ShouldRetry(Exception error, int attempt)
    {
        if (Retry is not { } policy || error is OperationCanceledException || !policy.Allows(error, attempt)) return false;
        Interlocked.Increment(ref _retries);
        var delay = policy.DelayBefore(attempt + 1);
        if (delay > TimeSpan.Zero) CancellationToken.WaitHandle.WaitOne(delay);
        CancellationToken.ThrowIfCancellationRequested();
        return true;
    }
}
