namespace Daedalus.Runtime;

/// <summary>
/// The invocations of a node with <c>[Node(MaxDegreeOfParallelism = N)]</c> that are in flight in one run,
/// oldest first. A generated adapter starts invocations while its inputs have items and
/// <see cref="HasRoom"/>, then takes one result per firing: the oldest invocation's when ordered (a reorder
/// window of at most N), else whichever completed first.
/// </summary>
/// <typeparam name="T">The invocation's result (<see cref="ValueTuple"/> for a sink).</typeparam>
public sealed class ConcurrentInvocations<T>(bool ordered)
{
    // How long a firing waits for a result before it looks for new input again: on the pipelined executor
    // items arrive while invocations are in flight, and a free slot should start one soon.
    private const int InputPollMilliseconds = 1;

    private readonly List<Task<T>> _inFlight = [];

    /// <summary>Invocations started and not yet taken.</summary>
    public int Count => _inFlight.Count;

    /// <summary>
    /// Whether another invocation may start: fewer than the context's degree of parallelism are in flight, and
    /// fewer than its <see cref="FireContext.ResultRoom"/>.
    /// </summary>
    public bool HasRoom(FireContext context) => _inFlight.Count < context.MaxDegreeOfParallelism && _inFlight.Count < context.ResultRoom;

    /// <summary>Adds a started invocation.</summary>
    public void Start(Task<T> invocation) => _inFlight.Add(invocation);

    /// <summary>Adds a started invocation.</summary>
    public void Start(ValueTask<T> invocation) => _inFlight.Add(invocation.AsTask());

    /// <summary>
    /// Takes the next result, waiting for it until <paramref name="token"/> is cancelled; while
    /// <paramref name="mayStartMore"/>, at most a millisecond, returning false when none is ready by then.
    /// A failed invocation's exception is thrown here, when its result is due.
    /// </summary>
    public bool TryTakeNext(bool mayStartMore, CancellationToken token, out T result)
    {
        var index = Completed();
        if (index < 0)
        {
            WaitForOne(mayStartMore ? InputPollMilliseconds : Timeout.Infinite, token);
            index = Completed();
        }
        if (index < 0)
        {
            result = default!;
            return false;
        }
        var invocation = _inFlight[index];
        _inFlight.RemoveAt(index);
        result = invocation.GetAwaiter().GetResult();
        return true;
    }

    /// <summary>
    /// The compiled <c>RunAsync</c>: awaits and takes the next result (the oldest invocation's when ordered, else
    /// the first to complete) without blocking a thread; there is at least one in flight.
    /// </summary>
    public async ValueTask<T> TakeNextAsync(CancellationToken token)
    {
        var index = Completed();
        var next = index >= 0 ? _inFlight[index]
            : ordered ? _inFlight[0]
            : await Task.WhenAny(_inFlight).WaitAsync(token).ConfigureAwait(false);
        await ((Task)next).WaitAsync(token).ConfigureAwait(false);
        _inFlight.Remove(next);
        return next.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Ends the run's invocations (the node failed or the run was cancelled): waits for those still in flight,
    /// whose results and exceptions are dropped; the items they took count as delivered to the node.
    /// </summary>
    public void Abandon()
    {
        foreach (var invocation in _inFlight)
        {
            ((Task)invocation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
        _inFlight.Clear();
    }

    /// <summary>
    /// The compiled <c>RunAsync</c>'s <see cref="Abandon"/>: awaits the invocations still in flight without blocking
    /// a thread and drops their results and exceptions.
    /// </summary>
    public async ValueTask AbandonAsync()
    {
        foreach (var invocation in _inFlight)
        {
            await ((Task)invocation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        _inFlight.Clear();
    }

    private int Completed()
    {
        if (_inFlight.Count == 0) return -1;
        if (ordered) return _inFlight[0].IsCompleted ? 0 : -1;
        for (var i = 0; i < _inFlight.Count; i++)
        {
            if (_inFlight[i].IsCompleted) return i;
        }
        return -1;
    }

    private void WaitForOne(int milliseconds, CancellationToken token)
    {
        if (ordered) Task.WaitAny([_inFlight[0]], milliseconds, token);
        else Task.WaitAny([.. _inFlight], milliseconds, token);
    }
}
