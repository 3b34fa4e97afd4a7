namespace Daedalus.Runtime;

/// <summary>
/// A source adapter that behaves differently in a live graph (<see cref="Feed{T}"/>, <see cref="Ticker"/>): once
/// attached, its firings never wait (the live worker waits for it, where an edit can reach it), and it tells the
/// worker when to fire next.
/// </summary>
internal interface ILiveSource
{
    /// <summary>Live graphs call this before the first firing: firings must not wait from now on; <paramref name="wake"/> wakes the worker.</summary>
    void AttachLive(Action wake);

    /// <summary>When the source can fire next, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp; 0 when it can fire now or waits for something else.</summary>
    long DueTimestamp { get; }

    /// <summary>The graph is stopping: accept nothing new; the source is finished once <see cref="IsDrained"/>.</summary>
    void Stop();

    /// <summary>Whether the source has nothing left to write after <see cref="Stop"/>.</summary>
    bool IsDrained { get; }

    /// <summary>The graph was aborted: what the source held but never wrote, now discarded (counted as orphaned).</summary>
    long Abandon();
}
