using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// A node of a pooled live graph (<see cref="LiveOptions.Workers"/>): it runs in turns on the graph's shared workers and
/// holds none while it waits; a wake-up (an item, room, a control, its deadline's timer) schedules its next turn.
/// </summary>
internal sealed partial class LiveNode
{
    private Action? _slice;
    private Timer? _timer;

    private void Schedule() => _graph.Pool!.Schedule(_slice!);

    /// <summary>
    /// A pooled node's turn on a worker: runs until it would wait (it then holds no thread until a wake-up schedules it
    /// again), or until it finished.
    /// </summary>
    private void RunSlice()
    {
        // Claimed by a commit while it was suspended: the commit's release schedules it again. A node that ended (an
        // abort while a commit held it) has nothing left to run.
        if (Interlocked.Exchange(ref _phase, Awake) == Claimed || _finished.IsSet) return;
        _starved = false;
        if (!Turn()) return;
        _timer?.Dispose();
        _finished.Set();
    }

    /// <summary>A pooled node's wait: suspended (true) until a wake-up, the deadline's timer or a control schedules it.</summary>
    private bool Suspend(Func<LiveNode, bool> ready, long deadline)
    {
        var expired = deadline != 0 && Stopwatch.GetTimestamp() >= deadline;
        if (!expired && Signal.TrySuspend(this, ready))
        {
            // Set once armed: a timer that fired before the arming would wake nobody, and the node would sleep for ever.
            if (deadline != 0) WakeAt(deadline);
            return true;
        }
        // Going on; a commit that claimed the node meanwhile resumes it when it releases it.
        return Interlocked.Exchange(ref _phase, Awake) == Claimed;
    }

    private void WakeAt(long deadline)
    {
        _timer ??= new Timer(static node => ((LiveNode)node!).Signal.Wake(), this, Timeout.Infinite, Timeout.Infinite);
        var due = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
