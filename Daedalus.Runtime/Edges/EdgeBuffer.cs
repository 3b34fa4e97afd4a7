namespace Daedalus.Runtime;

/// <summary>
/// What every edge queue counts, whatever its policy. Invariant, checked by the tests:
/// <c>Written == Delivered + Dropped + Count</c>, so no item is ever lost without a count.
/// The single-threaded queues keep their counts in the fields below. The counters are virtual so that
/// the concurrent queues can keep theirs in per-thread (cache-line padded) places instead; calls through
/// a sealed single-threaded type are devirtualized by the JIT, so the serial path pays nothing for it.
/// </summary>
public abstract class EdgeBuffer
{
    private protected int count;
    private protected int peakDepth;
    private protected long written;
    private protected long delivered;
    private protected long droppedOldest;
    private protected long droppedNewest;
    private protected long overCapacity;

    private protected EdgeBuffer(string id, EdgePolicy policy)
    {
        Id = id;
        Policy = policy;
    }

    /// <summary>The edge's stable name, <c>from.Port->to.Port</c>.</summary>
    public string Id { get; }

    /// <summary>The edge's buffering policy.</summary>
    public EdgePolicy Policy { get; }

    /// <summary>Items waiting to be read.</summary>
    public virtual int Count => count;

    /// <summary>The largest number of items that waited at once.</summary>
    public virtual int PeakDepth => peakDepth;

    /// <summary>Items the producer wrote to the edge.</summary>
    public virtual long Written => written;

    /// <summary>Items the consumer read from the edge.</summary>
    public virtual long Delivered => delivered;

    /// <summary>Items discarded because a newer item arrived while the edge was full (drop-oldest, newest-wins).</summary>
    public virtual long DroppedOldest => droppedOldest;

    /// <summary>Items discarded on arrival because the edge was full (drop-newest).</summary>
    public virtual long DroppedNewest => droppedNewest;

    /// <summary>All items discarded by the edge's overflow strategy.</summary>
    public long Dropped => DroppedOldest + DroppedNewest;

    /// <summary>
    /// Items written to a full <see cref="Overflow.Block"/> edge of one thread and held beyond its capacity
    /// until they were read: a port node wrote more than <c>FreeSpace</c> in one firing (see
    /// <see cref="BoundedRing{T}"/>). Always 0 for the other edges.
    /// </summary>
    public long OverCapacity => overCapacity;

    /// <summary>
    /// Empties the queue and zeroes its counters, so a later run of the same graph can use it as new. Only
    /// the single-threaded queues support it, and only between runs.
    /// </summary>
    internal virtual void Reset() => throw new NotSupportedException($"Edge '{Id}' ({GetType().Name}) cannot be reset for another run.");

    /// <summary>
    /// Removes every waiting item, counting each as delivered (the caller counts them again as abandoned), and
    /// returns how many there were. Only the single-threaded queues support it.
    /// </summary>
    internal virtual int TakeAll() => throw new NotSupportedException($"Edge '{Id}' ({GetType().Name}) cannot be emptied at once.");

    /// <summary>Zeroes the counters kept in this class's fields.</summary>
    private protected void ResetCounters()
    {
        count = 0;
        peakDepth = 0;
        written = 0;
        delivered = 0;
        droppedOldest = 0;
        droppedNewest = 0;
        overCapacity = 0;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id} [{Policy}] written={Written} delivered={Delivered} dropped={Dropped} queued={Count} peak={PeakDepth}"
        + (OverCapacity > 0 ? $" over-capacity={OverCapacity}" : "");
}
