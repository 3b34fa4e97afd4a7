using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>Counts the invocations of a node in flight at once and the most there ever were (thread-safe).</summary>
public sealed class InFlightCounter
{
    private int _now;
    private int _most;

    public int Most => Volatile.Read(ref _most);

    /// <summary>Counts an invocation in; returns how many are in flight with it.</summary>
    public int Enter()
    {
        var now = Interlocked.Increment(ref _now);
        var most = Volatile.Read(ref _most);
        while (now > most && Interlocked.CompareExchange(ref _most, now, most) != most) most = Volatile.Read(ref _most);
        return now;
    }

    public void Leave() => Interlocked.Decrement(ref _now);
}

/// <summary>
/// An I/O-like asynchronous node with up to 8 invocations in flight: every invocation waits on a gate that opens
/// only once 8 are in flight at the same time, so the run ends only if the executor really keeps 8 in flight
/// (a generous hang guard fails the node instead of hanging the test).
/// </summary>
[Node(MaxDegreeOfParallelism = Width)]
public sealed partial class GatedDouble
{
    public const int Width = 8;

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InFlightCounter InFlight { get; } = new();

    [Process]
    public async Task<int> Run(int value, CancellationToken token)
    {
        if (InFlight.Enter() == Width) _gate.TrySetResult();
        try
        {
            await _gate.Task.WaitAsync(TimeSpan.FromSeconds(30), token).ConfigureAwait(false);
            return value * 2;
        }
        finally
        {
            InFlight.Leave();
        }
    }
}

/// <summary>An asynchronous node whose invocations complete out of input order (later items sooner).</summary>
[Node(MaxDegreeOfParallelism = 4)]
public sealed partial class ShuffledSquare
{
    public InFlightCounter InFlight { get; } = new();

    [Process]
    public async ValueTask<int> Run(int value)
    {
        InFlight.Enter();
        try
        {
            await Task.Delay(value % 4 == 0 ? 3 : 0).ConfigureAwait(false);
            await Task.Yield();
            return value * value;
        }
        finally
        {
            InFlight.Leave();
        }
    }
}

/// <summary><see cref="ShuffledSquare"/> that lets results out as they complete.</summary>
[Node(MaxDegreeOfParallelism = 4, EnsureOrdered = false)]
public sealed partial class UnorderedSquare
{
    [Process]
    public async Task<int> Run(int value)
    {
        await Task.Delay(value % 4 == 0 ? 3 : 0).ConfigureAwait(false);
        await Task.Yield();
        return value * value;
    }
}

/// <summary>A synchronous CPU-bound node on two thread-pool workers, with two outputs.</summary>
[Node(MaxDegreeOfParallelism = 2)]
public sealed partial class ParallelDivide
{
    public InFlightCounter InFlight { get; } = new();

    [Process]
    public (int Quotient, int Remainder) Run(int value)
    {
        InFlight.Enter();
        Thread.SpinWait(1000);
        InFlight.Leave();
        return (value / 3, value % 3);
    }
}

/// <summary>A synchronous sink on two workers (a database writer, say); thread-safe by its lock.</summary>
[Node(MaxDegreeOfParallelism = 2)]
public sealed partial class ParallelCollect
{
    private readonly Lock _gate = new();

    public List<int> Items { get; } = [];

    [Process]
    public void Add(int item)
    {
        lock (_gate) Items.Add(item);
    }
}

/// <summary>Four invocations that wait for the run's cancellation, and count that they saw it.</summary>
[Node(MaxDegreeOfParallelism = Width)]
public sealed partial class WaitsForCancellation
{
    public const int Width = 4;

    private int _started;
    private int _observed;

    public TaskCompletionSource AllStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Observed => Volatile.Read(ref _observed);

    [Process]
    public async Task<int> Run(int value, CancellationToken token)
    {
        if (Interlocked.Increment(ref _started) == Width) AllStarted.TrySetResult();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token).ConfigureAwait(false);
            return value;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Interlocked.Increment(ref _observed);
            throw;
        }
    }
}

/// <summary>An asynchronous node with four invocations in flight that fails on item 5.</summary>
[Node(MaxDegreeOfParallelism = 4)]
public sealed partial class FailsAtFive
{
    [Process]
    public async Task<int> Run(int value)
    {
        await Task.Yield();
        if (value == 5) throw new InvalidOperationException("five");
        return value;
    }
}

/// <summary>
/// A synchronous node on two workers whose calls meet in pairs at a barrier: the run ends only if two calls really
/// run at the same time (a generous hang guard fails the node instead of hanging the test).
/// </summary>
[Node(MaxDegreeOfParallelism = 2)]
public sealed partial class PairedCalls
{
    private readonly Barrier _pair = new(2);

    [Process]
    public int Run(int value) =>
        _pair.SignalAndWait(TimeSpan.FromSeconds(30)) ? value : throw new TimeoutException("The second call never came.");
}
