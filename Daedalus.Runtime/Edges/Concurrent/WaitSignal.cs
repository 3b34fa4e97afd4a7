using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// Lets one waiter sleep until a condition another thread makes true holds, at almost no cost to that
/// other thread while nobody waits: its fast path is one plain read of <see cref="IsArmed"/>.
/// </summary>
/// <remarks>
/// The handshake is an asymmetric Dekker protocol. The signalling side stores its state (a ring index,
/// a completion flag) and then reads <see cref="IsArmed"/> with no fence in between, so on its own the
/// processor could let that read pass the store and both sides could miss each other. The waiter closes
/// that window: it arms, then issues <see cref="Interlocked.MemoryBarrierProcessWide"/>, which makes every
/// other thread of the process execute a full fence, and only then re-checks the condition. Either the
/// signaller's store was flushed by that fence (the re-check sees it and the waiter does not sleep), or
/// the signaller's read of the flag comes after the fence (it sees the waiter armed and wakes it).
/// A waiter spins for a few microseconds, then yields the processor for up to <see cref="YieldBudget"/>,
/// and only then arms and sleeps. So while items flow, even through a ring of capacity 1, nobody is armed:
/// the signaller never makes a system call and the fence is paid only on the way to a real sleep. Sleeping
/// sooner made every hand-off between two busy threads a sleep and a wake-up (a woken thread needs tens of
/// microseconds to run again, by which time its partner had gone to sleep in turn).
/// One waiter at a time; a spurious wake-up only costs another check of the condition.
/// Sleeping uses a monitor created up front (not a lazily initialised event), so that after its first
/// use a wait allocates nothing.
/// </remarks>
internal sealed class WaitSignal
{
    private static readonly Action<object?> Interrupt;

    // An explicit static constructor runs when the first instance is created, not lazily on the first
    // wait, so no wait ever allocates these delegates.
    static WaitSignal()
    {
        Interrupt = static signal => ((WaitSignal)signal!).PulseSleeper();
    }

    /// <summary>
    /// How long a waiter yields after spinning before it sleeps: longer than a woken thread usually
    /// takes to be scheduled, so two threads handing items over do not fall into sleeping and waking
    /// each other for every item, yet short enough that waiting for a slow partner costs little.
    /// </summary>
    public static readonly TimeSpan YieldBudget = TimeSpan.FromMicroseconds(100);

    private static readonly long YieldTicks = (long)(YieldBudget.TotalSeconds * Stopwatch.Frequency);

    private readonly object _gate = new();
    private bool _woken;
    private TaskCompletionSource? _asyncWaiter;
    private Action? _onWake;
    private int _armed;

    /// <summary>Whether a waiter has committed to sleep (armed, re-checking or asleep); the signaller then calls <see cref="Wake"/>.</summary>
    public bool IsArmed => Volatile.Read(ref _armed) != 0;

    /// <summary>Wakes the waiter, if one is armed. Safe to call from several threads.</summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 0) return;
        if (_onWake is { } onWake)
        {
            onWake();
            return;
        }
        lock (_gate)
        {
            _woken = true;
            Monitor.Pulse(_gate);
        }
        Volatile.Read(ref _asyncWaiter)?.TrySetResult();
    }

    /// <summary>
    /// Makes this a signal whose waiter holds no thread: <see cref="TrySuspend{TState}"/> arms it and returns, and the
    /// wake-up calls <paramref name="onWake"/> (once per arming) instead of waking a sleeping thread. Set it before
    /// the first wait; the blocking waits are then not used.
    /// </summary>
    public void OnWake(Action onWake) => _onWake = onWake;

    /// <summary>
    /// With <see cref="OnWake"/>: arms the signal unless <paramref name="ready"/> holds. Returns true when the waiter is
    /// suspended (armed, or a wake-up already on its way will call the callback) and false when it should go on.
    /// </summary>
    public bool TrySuspend<TState>(TState state, Func<TState, bool> ready)
    {
        if (ready(state)) return false;
        Volatile.Write(ref _armed, 1);
        Interlocked.MemoryBarrierProcessWide();
        if (!ready(state)) return true;
        // Ready after all: go on, unless a waker took the arming first; its callback then resumes the waiter.
        return Interlocked.Exchange(ref _armed, 0) == 0;
    }

    /// <summary>
    /// Blocks until <paramref name="ready"/> holds: spins briefly, then yields the processor for up to
    /// <see cref="YieldBudget"/>, then sleeps until woken (and starts over if woken early).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled first.</exception>
    public void WaitUntil<TState>(TState state, Func<TState, bool> ready, CancellationToken cancellation)
    {
        var spinner = new SpinWait();
        long parkAt = 0;
        while (!ready(state))
        {
            if (spinner.NextSpinWillYield)
            {
                cancellation.ThrowIfCancellationRequested();
                var now = Stopwatch.GetTimestamp();
                if (parkAt == 0)
                {
                    parkAt = now + YieldTicks;
                }
                else if (now >= parkAt)
                {
                    Park(state, ready, cancellation);
                    spinner.Reset();
                    parkAt = 0;
                    continue;
                }
            }
            // Past the spinning phase this yields (sleep1Threshold -1: never Sleep(1), which would
            // oversleep a hand-off by a millisecond or more).
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>
    /// For waiters that mostly wait (a live graph's nodes): spins briefly, then sleeps until woken, without the yielding
    /// phase of <see cref="WaitUntil{TState}(TState, Func{TState, bool}, CancellationToken)"/> — thousands of idle
    /// nodes each yielding for <see cref="YieldBudget"/> after every item would keep every processor busy. Gives up at
    /// <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp; 0 waits without one).
    /// </summary>
    /// <returns>Whether <paramref name="ready"/> held; false when the deadline passed first.</returns>
    public bool SleepUntil<TState>(TState state, Func<TState, bool> ready, long deadline, CancellationToken cancellation)
    {
        var spinner = new SpinWait();
        while (!ready(state))
        {
            if (!spinner.NextSpinWillYield)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                continue;
            }
            cancellation.ThrowIfCancellationRequested();
            if (deadline != 0 && Stopwatch.GetTimestamp() >= deadline) return false;
            Park(state, ready, cancellation, deadline);
            spinner.Reset();
        }
        return true;
    }

    private void Park<TState>(TState state, Func<TState, bool> ready, CancellationToken cancellation, long deadline = 0)
    {
        lock (_gate) _woken = false;
        Volatile.Write(ref _armed, 1);
        Interlocked.MemoryBarrierProcessWide();
        if (ready(state))
        {
            Disarm();
            return;
        }
        try
        {
            Sleep(cancellation, deadline);
        }
        finally
        {
            Disarm();
        }
    }

    /// <summary>Waits asynchronously until <paramref name="ready"/> holds.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled first.</exception>
    public async ValueTask WaitUntilAsync<TState>(TState state, Func<TState, bool> ready, CancellationToken cancellation)
    {
        while (!ready(state))
        {
            cancellation.ThrowIfCancellationRequested();
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // Published before arming, so a signaller that sees the flag also sees this waiter.
            Volatile.Write(ref _asyncWaiter, waiter);
            Volatile.Write(ref _armed, 1);
            Interlocked.MemoryBarrierProcessWide();
            if (ready(state))
            {
                Disarm();
                return;
            }
            try
            {
                await waiter.Task.WaitAsync(cancellation).ConfigureAwait(false);
            }
            finally
            {
                Disarm();
            }
        }
    }

    private void Disarm() => Volatile.Write(ref _armed, 0);

    private void Sleep(CancellationToken cancellation, long deadline)
    {
        using var registration = cancellation.CanBeCanceled ? cancellation.UnsafeRegister(Interrupt, this) : default;
        lock (_gate)
        {
            // Checked under the lock that Wake and Interrupt take to pulse, so neither can slip in
            // between the check and the wait.
            while (!_woken && !cancellation.IsCancellationRequested)
            {
                if (deadline == 0)
                {
                    Monitor.Wait(_gate);
                    continue;
                }
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero) break;
                Monitor.Wait(_gate, left);
            }
        }
        cancellation.ThrowIfCancellationRequested();
    }

    private void PulseSleeper()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
