using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

// The producer's half of SpscRing: only the producer thread calls these members.
public sealed partial class SpscRing<T>
{
    /// <summary>
    /// Producer: how many items fit before the overflow strategy applies. The consumer may free more
    /// meanwhile, never less.
    /// </summary>
    public int FreeSpace => Capacity - (int)(_producer.Tail - Volatile.Read(ref _consumer.Head));

    /// <summary>Producer: writes the item if a slot is free; never waits, drops or throws for a full ring.</summary>
    /// <exception cref="InvalidOperationException">The producer already completed the ring.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryWrite(T item)
    {
        if (_producer.Completed) throw WrittenAfterCompletion();
        var tail = _producer.Tail;
        if (tail - _producer.HeadCache >= Capacity && !RefreshRoom(tail)) return false;
        _items[tail & _mask] = item;
        // Release: the slot is written before the consumer can see the tail that covers it.
        Volatile.Write(ref _producer.Tail, tail + 1);
        if (_notEmpty.IsArmed) _notEmpty.Wake();
        return true;
    }

    /// <summary>
    /// Producer: writes the item, applying the overflow strategy when the ring is full. With
    /// <see cref="Overflow.Block"/> it waits, uncancellably; prefer <see cref="Write(T, CancellationToken)"/>.
    /// </summary>
    public void Write(T item) => Write(item, CancellationToken.None);

    /// <summary>Producer: writes the item, applying the overflow strategy when the ring is full.</summary>
    /// <exception cref="OperationCanceledException">A blocked write was cancelled; the item was not written.</exception>
    /// <exception cref="EdgeOverflowException">The ring is full and its strategy is <see cref="Overflow.Error"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(T item, CancellationToken cancellation)
    {
        if (!TryWrite(item)) WriteToFullRing(item, cancellation);
    }

    /// <summary>Producer: like <see cref="Write(T, CancellationToken)"/>, but a blocked write waits asynchronously.</summary>
    public ValueTask WriteAsync(T item, CancellationToken cancellation = default)
    {
        if (TryWrite(item)) return ValueTask.CompletedTask;
        if (_overflow != Overflow.Block)
        {
            WriteToFullRing(item, cancellation);
            return ValueTask.CompletedTask;
        }
        return WriteWhenFreeAsync(item, cancellation);
    }

    /// <summary>
    /// Producer: writes as many of <paramref name="items"/> as there are free slots, publishing them
    /// together; returns how many it wrote. Never waits, drops or throws for a full ring.
    /// </summary>
    public int TryWriteMany(ReadOnlySpan<T> items)
    {
        if (_producer.Completed) throw WrittenAfterCompletion();
        var tail = _producer.Tail;
        var free = Capacity - (tail - _producer.HeadCache);
        if (free < items.Length)
        {
            RefreshRoom(tail);
            free = Capacity - (tail - _producer.HeadCache);
        }
        var count = (int)Math.Min(free, items.Length);
        if (count == 0) return 0;
        var start = (int)(tail & _mask);
        var first = Math.Min(count, _items.Length - start);
        items[..first].CopyTo(_items.AsSpan(start));
        items[first..count].CopyTo(_items);
        Volatile.Write(ref _producer.Tail, tail + count);
        if (_notEmpty.IsArmed) _notEmpty.Wake();
        return count;
    }

    /// <summary>
    /// Producer: writes every item, in batches where slots are free, applying the overflow strategy to
    /// each item that meets a full ring (a blocked write waits until a slot frees or cancellation).
    /// </summary>
    public void WriteMany(ReadOnlySpan<T> items, CancellationToken cancellation = default)
    {
        while (!items.IsEmpty)
        {
            var written = TryWriteMany(items);
            items = items[written..];
            if (items.IsEmpty) return;
            WriteToFullRing(items[0], cancellation);
            items = items[1..];
        }
    }

    private bool RefreshRoom(long tail)
    {
        var head = Volatile.Read(ref _consumer.Head);
        _producer.HeadCache = head;
        return tail - head < Capacity;
    }

    private bool HasRoom() => RefreshRoom(_producer.Tail);

    /// <summary>Producer: waits (spinning briefly, then yielding, then sleeping) until a slot is free or <paramref name="cancellation"/> fires.</summary>
    internal void WaitForRoom(CancellationToken cancellation)
    {
        if (!HasRoom()) _notFull.WaitUntil(this, HasRoomCheck, cancellation);
    }

    private void WriteToFullRing(T item, CancellationToken cancellation)
    {
        switch (_overflow)
        {
            case Overflow.Block:
                while (!TryWrite(item))
                    _notFull.WaitUntil(this, HasRoomCheck, cancellation);
                return;
            case Overflow.DropNewest:
                if (TryWrite(item)) return;
                Volatile.Write(ref _producer.DroppedNewest, _producer.DroppedNewest + 1);
                return;
            case Overflow.DropOldest:
                ReplaceOldest(item);
                return;
            default:
                if (TryWrite(item)) return;
                throw Overflowed();
        }
    }

    private async ValueTask WriteWhenFreeAsync(T item, CancellationToken cancellation)
    {
        while (!TryWrite(item))
            await _notFull.WaitUntilAsync(this, HasRoomCheck, cancellation).ConfigureAwait(false);
    }

    // Full: publish the new item first, into the spare slot a drop-oldest ring keeps, and only then evict
    // the oldest. The ring never looks emptier to the consumer than before the write, so a consumer that
    // saw an item waiting finds one when it takes. Eviction is a compare-exchange on the head, as is
    // every take in a drop-oldest ring, so each item goes to exactly one of us: if the consumer took the
    // oldest item first, the ring is back within its capacity and nothing is dropped.
    private void ReplaceOldest(T item)
    {
        var tail = _producer.Tail;
        // At most Capacity items are queued (this thread evicted down to it last time), and the slot
        // array has at least Capacity + 1 slots, so the tail slot is not one the consumer can still claim.
        _items[tail & _mask] = item;
        Volatile.Write(ref _producer.Tail, tail + 1);
        if (_notEmpty.IsArmed) _notEmpty.Wake();
        var head = Volatile.Read(ref _consumer.Head);
        while (tail + 1 - head > Capacity)
        {
            var seen = Interlocked.CompareExchange(ref _consumer.Head, head + 1, head);
            if (seen == head)
            {
                Volatile.Write(ref _producer.DroppedOldest, _producer.DroppedOldest + 1);
                head++;
                break;
            }
            head = seen;
        }
        _producer.HeadCache = head;
    }
}
