namespace Daedalus.Runtime;

/// <summary>A single-thread queue whose waiting items can be copied without taking them (for snapshots).</summary>
internal interface IQueuedItems<T>
{
    /// <summary>Appends the waiting items to <paramref name="into"/>, oldest first; the queue and its counts do not change.</summary>
    void CopyQueued(List<T> into);
}
