namespace Daedalus.Runtime;

/// <summary>How a commit stops a node between two firings, and lets it go on.</summary>
internal sealed partial class LiveNode
{
    // Whether the worker sleeps where a commit may claim it (Asleep), was claimed there (Claimed), or runs (Awake).
    private const int Awake = 0;
    private const int Asleep = 1;
    private const int Claimed = 2;
    private int _phase;
    private bool _claimed;

    /// <summary>
    /// Asks the worker to stop between two firings; <see cref="WaitParked"/> waits until it has. A worker asleep (it
    /// waits for items, room or a control) is claimed where it sleeps: no wake-up, no wait, which keeps commits that
    /// touch idle nodes free of thread switches.
    /// </summary>
    public void RequestPark()
    {
        _claimed = Interlocked.CompareExchange(ref _phase, Claimed, Asleep) == Asleep;
        if (_claimed) return;
        _parkRequested = true;
        Poke();
    }

    /// <summary>Waits until the worker parked (or was claimed asleep); false when it ended instead (the graph was aborted).</summary>
    public bool WaitParked() => _claimed || WaitHandle.WaitAny([_parked.WaitHandle, _finished.WaitHandle]) == 0;

    /// <summary>Lets a parked worker go on, or end (<paramref name="exit"/>: the node was removed and already cleaned up).</summary>
    public void Release(bool exit = false)
    {
        _exitRequested = exit;
        if (_claimed)
        {
            _claimed = false;
            // Still asleep: it goes on when it wakes, which the poke makes soon, to look at what changed. Else it woke
            // meanwhile and waits for the release.
            if (Interlocked.CompareExchange(ref _phase, Awake, Claimed) == Claimed) Poke();
            else Resume();
            return;
        }
        _parked.Reset();
        _parkRequested = false;
        Resume();
    }

    /// <summary>Lets a worker that stopped for a commit go on: its thread, or its next slice on the pool.</summary>
    private void Resume()
    {
        if (_graph.Pool is null) _released.Set();
        else Schedule();
    }
}
