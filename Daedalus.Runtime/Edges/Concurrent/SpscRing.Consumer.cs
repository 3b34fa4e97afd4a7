using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

// The consumer's half of SpscRing: only the consumer thread calls these members.
public sealed partial class SpscRing<T>
{
    /// <summary>Consumer: takes the oldest item, if one is queued; never waits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(out T item)
    {
        if (_overflow == Overflow.DropOldest) return TryReadRacingDrops(out item);
        var head = _consumer.Head;
        if (head == _consumer.TailCache && !RefreshItems(head))
        {
            item = default!;
            return false;
        }
        var slot = (int)(head & _mask);
        item = _items[slot];
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _items[slot] = default!;
        _consumer.Delivered++;
        // Release: the slot is read (and cleared) before the producer can see it free.
        Volatile.Write(ref _consumer.Head, head + 1);
        if (_notFull.IsArmed) _notFull.Wake();
        return true;
    }

    /// <summary>Consumer: removes and returns the oldest item; the caller knows one is queued.</summary>
    /// <exception cref="InvalidOperationException">The ring is empty.</exception>
    public T Take() =>
        TryRead(out var item) ? item : throw new InvalidOperationException($"Edge '{Id}' is empty.");

    /// <summary>
    /// Consumer: moves up to <paramref name="destination"/>'s length of the oldest items into it,
    /// freeing their slots together; returns how many. Never waits.
    /// </summary>
    public int TryReadMany(Span<T> destination)
    {
        if (_overflow == Overflow.DropOldest) return TryReadManyRacingDrops(destination);
        var head = _consumer.Head;
        var available = _consumer.TailCache - head;
        if (available < destination.Length)
        {
            RefreshItems(head);
            available = _consumer.TailCache - head;
        }
        var count = (int)Math.Min(available, destination.Length);
        if (count == 0) return 0;
        CopyOut(head, destination[..count]);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) ClearSlots(head, count);
        _consumer.Delivered += count;
        Volatile.Write(ref _consumer.Head, head + count);
        if (_notFull.IsArmed) _notFull.Wake();
        return count;
    }

    /// <summary>
    /// Consumer: waits until an item is queued (true) or the producer has completed and every item
    /// was read (false). Spins briefly, then yields, then sleeps until the producer writes or completes.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired first.</exception>
    public bool WaitToRead(CancellationToken cancellation = default)
    {
        _notEmpty.WaitUntil(this, HasItemsOrCompletedCheck, cancellation);
        return HasItemsAfterWait();
    }

    /// <summary>Consumer: <see cref="WaitToRead"/>, waiting asynchronously.</summary>
    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellation = default)
    {
        if (HasItemsOrCompleted()) return new(HasItemsAfterWait());
        return WaitToReadSlowAsync(cancellation);
    }

    private async ValueTask<bool> WaitToReadSlowAsync(CancellationToken cancellation)
    {
        await _notEmpty.WaitUntilAsync(this, HasItemsOrCompletedCheck, cancellation).ConfigureAwait(false);
        return HasItemsAfterWait();
    }

    // The completion flag is read before the final look at the tail: the producer published its last
    // tail before setting the flag, so after seeing the flag that look is final.
    private bool HasItemsAfterWait() => !IsCompletedByProducer || HasItems();

    internal bool HasItems()
    {
        var head = Volatile.Read(ref _consumer.Head);
        return _consumer.TailCache - head > 0 || RefreshItems(head);
    }

    private bool RefreshItems(long head)
    {
        // Acquire: the slots below the tail we see hold the producer's items.
        var tail = Volatile.Read(ref _producer.Tail);
        _consumer.TailCache = tail;
        var depth = tail - head;
        // In a drop-oldest ring the head may have moved on meanwhile, and a write briefly holds one item
        // over the capacity, so the peak is capped at the capacity (a depth the full ring really had).
        var peak = (int)Math.Min(depth, Capacity);
        if (peak > _consumer.PeakDepth) Volatile.Write(ref _consumer.PeakDepth, peak);
        return depth > 0;
    }

    private void CopyOut(long head, Span<T> destination)
    {
        var start = (int)(head & _mask);
        var first = Math.Min(destination.Length, _items.Length - start);
        _items.AsSpan(start, first).CopyTo(destination);
        _items.AsSpan(0, destination.Length - first).CopyTo(destination[first..]);
    }

    private void ClearSlots(long head, int count)
    {
        var start = (int)(head & _mask);
        var first = Math.Min(count, _items.Length - start);
        _items.AsSpan(start, first).Clear();
        _items.AsSpan(0, count - first).Clear();
    }

    // In a drop-oldest ring the producer may move the head past items the consumer is copying. The
    // consumer claims what it copied with a compare-exchange on the head; if the head moved, some of
    // those items were dropped (and counted by the producer) and the copy is retried from the new head.
    // A slot is only rewritten by the producer after the head has moved past it, so a successful
    // exchange proves the copy was not torn. Slots are not cleared here: the producer may already be
    // reusing them; a reference stays reachable until its slot is overwritten.

    private bool TryReadRacingDrops(out T item)
    {
        while (true)
        {
            var head = Volatile.Read(ref _consumer.Head);
            // A drop can move the head past the cached tail, so compare, don't test for equality.
            if (_consumer.TailCache - head <= 0 && !RefreshItems(head))
            {
                item = default!;
                return false;
            }
            item = _items[head & _mask];
            if (Interlocked.CompareExchange(ref _consumer.Head, head + 1, head) != head) continue;
            Volatile.Write(ref _consumer.Delivered, _consumer.Delivered + 1);
            return true;
        }
    }

    private int TryReadManyRacingDrops(Span<T> destination)
    {
        while (true)
        {
            var head = Volatile.Read(ref _consumer.Head);
            RefreshItems(head);
            // A head that evictions have already moved past may be more than a slot array behind the
            // tail; the copy is then bounded by the array, and the exchange below fails and retries.
            var available = Math.Min(_consumer.TailCache - head, _items.Length);
            var count = (int)Math.Min(available, destination.Length);
            if (count <= 0) return 0;
            CopyOut(head, destination[..count]);
            if (Interlocked.CompareExchange(ref _consumer.Head, head + count, head) != head) continue;
            Volatile.Write(ref _consumer.Delivered, _consumer.Delivered + count);
            return count;
        }
    }
}
