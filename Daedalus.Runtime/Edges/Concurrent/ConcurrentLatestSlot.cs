namespace Daedalus.Runtime;

/// <summary>
/// A newest-wins edge shared across threads: one slot holding the latest item. A write over an unread
/// item replaces it and counts the replaced item in <see cref="EdgeBuffer.DroppedOldest"/>.
/// Any number of producer threads may write; one consumer thread reads.
/// </summary>
/// <remarks>
/// A short lock guards the slot: an item of any size must be replaced and counted as one step, and an
/// uncontended lock costs about as much as the compare-exchange a lock-free slot would need.
/// </remarks>
public sealed class ConcurrentLatestSlot<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>
{
    private static readonly Func<ConcurrentLatestSlot<T>, bool> HasValueOrCompletedCheck;

    // An explicit static constructor runs when the first instance is created, not lazily on the first
    // wait, so no wait ever allocates these delegates.
    static ConcurrentLatestSlot()
    {
        HasValueOrCompletedCheck = static slot => slot.HasValueOrCompleted();
    }

    private readonly Lock _gate = new();
    private readonly WaitSignal _hasValue;
    private T _value = default!;
    private bool _completed;

    /// <summary>Creates an empty slot for the edge <paramref name="id"/>.</summary>
    public ConcurrentLatestSlot(string id) : this(id, new WaitSignal()) { }

    /// <summary>Creates a slot whose consumer waits on <paramref name="hasValue"/>, shared with the consumer's other inputs.</summary>
    internal ConcurrentLatestSlot(string id, WaitSignal hasValue) : base(id, Edge.Latest) => _hasValue = hasValue;

    /// <summary>Whether the producers called <see cref="Complete"/>.</summary>
    internal bool IsCompletedByProducer
    {
        get
        {
            lock (_gate) return _completed;
        }
    }

    /// <summary>
    /// 1 while an item is unread, else 0. A write over an unread item replaces it without emptying the
    /// slot, so once the consumer has seen 1 its next <see cref="Take"/> finds an item.
    /// </summary>
    public override int Count => Volatile.Read(ref count);

    /// <summary>Always 1: a newest-wins edge accepts every write.</summary>
    public int FreeSpace => 1;

    /// <summary>Whether the producers completed the slot and its last item was read.</summary>
    public bool IsCompleted
    {
        get
        {
            lock (_gate) return _completed && count == 0;
        }
    }

    /// <summary>Stores the item, replacing (and counting) an unread one.</summary>
    /// <exception cref="InvalidOperationException">The slot was completed.</exception>
    public void Write(T item)
    {
        bool wake;
        lock (_gate)
        {
            if (_completed) throw new InvalidOperationException($"Edge '{Id}' was completed; no more items can be written to it.");
            written++;
            if (count == 1) droppedOldest++;
            else count = peakDepth = 1;
            _value = item;
            wake = _hasValue.IsArmed;
        }
        if (wake) _hasValue.Wake();
    }

    /// <summary>Takes the latest item, if one is unread.</summary>
    public bool TryRead(out T item)
    {
        lock (_gate)
        {
            if (count == 0)
            {
                item = default!;
                return false;
            }
            item = _value;
            _value = default!;
            count = 0;
            delivered++;
            return true;
        }
    }

    /// <summary>Takes the latest item; the caller knows one is unread.</summary>
    /// <exception cref="InvalidOperationException">The slot is empty.</exception>
    public T Take() => TryRead(out var item) ? item : throw new InvalidOperationException($"Edge '{Id}' is empty.");

    /// <summary>No more items will be written; the consumer still reads the last one.</summary>
    public void Complete()
    {
        bool wake;
        lock (_gate)
        {
            _completed = true;
            wake = _hasValue.IsArmed;
        }
        if (wake) _hasValue.Wake();
    }

    /// <summary>Waits until an item is unread (true) or the slot is completed and empty (false).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired first.</exception>
    public bool WaitToRead(CancellationToken cancellation = default)
    {
        _hasValue.WaitUntil(this, HasValueOrCompletedCheck, cancellation);
        return Count > 0;
    }

    /// <summary><see cref="WaitToRead"/>, waiting asynchronously.</summary>
    public async ValueTask<bool> WaitToReadAsync(CancellationToken cancellation = default)
    {
        await _hasValue.WaitUntilAsync(this, HasValueOrCompletedCheck, cancellation).ConfigureAwait(false);
        return Count > 0;
    }

    private bool HasValueOrCompleted()
    {
        lock (_gate) return count > 0 || _completed;
    }
}
