using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// A fixed-capacity edge for one thread. When full, a write applies the edge's <see cref="Overflow"/>:
/// drop-oldest and drop-newest count what they discard, error throws <see cref="EdgeOverflowException"/>.
/// With <see cref="Overflow.Block"/> the serial executor fires the producer only while
/// <see cref="FreeSpace"/> is positive, so a full write means a port node wrote past the free space
/// it was given; that is reported as an <see cref="EdgeOverflowException"/> too.
/// </summary>
public sealed class BoundedRing<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>, IQueuedItems<T>
{
    private readonly T[] _items;
    private int _head;

    /// <summary>Creates an empty ring for the edge <paramref name="id"/>.</summary>
    public BoundedRing(string id, int capacity, Overflow overflow) : base(id, Edge.Bounded(capacity, overflow))
    {
        _items = new T[capacity];
        Capacity = capacity;
        OverflowStrategy = overflow;
    }

    /// <summary>The most items the ring holds.</summary>
    public int Capacity { get; }

    /// <summary>What happens to a write when the ring is full.</summary>
    public Overflow OverflowStrategy { get; }

    /// <inheritdoc/>
    public int FreeSpace => Capacity - count;

    /// <summary>Appends an item, applying the overflow strategy when the ring is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(T item)
    {
        written++;
        if (count == Capacity)
        {
            Overflowed(item);
            return;
        }
        var tail = _head + count;
        if (tail >= Capacity) tail -= Capacity;
        _items[tail] = item;
        if (++count > peakDepth) peakDepth = count;
    }

    /// <summary>Removes and returns the oldest item; the caller has checked <see cref="EdgeBuffer.Count"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Take()
    {
        if (count == 0) ThrowEmpty();
        var item = _items[_head];
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _items[_head] = default!;
        if (++_head == Capacity) _head = 0;
        count--;
        delivered++;
        return item;
    }

    /// <inheritdoc/>
    public bool TryRead(out T item)
    {
        if (count == 0)
        {
            item = default!;
            return false;
        }
        item = Take();
        return true;
    }

    void IQueuedItems<T>.CopyQueued(List<T> into)
    {
        for (var i = 0; i < count; i++) into.Add(_items[(_head + i) % Capacity]);
    }

    /// <inheritdoc/>
    internal override void Reset()
    {
        if (count != 0 && RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items);
        _head = 0;
        ResetCounters();
    }

    private void Overflowed(T item)
    {
        switch (OverflowStrategy)
        {
            case Overflow.DropNewest:
                droppedNewest++;
                return;
            case Overflow.DropOldest:
                _items[_head] = item;
                if (++_head == Capacity) _head = 0;
                droppedOldest++;
                return;
            case Overflow.Error:
                written--;
                throw new EdgeOverflowException(Id, Capacity,
                    $"Edge '{Id}' overflowed its capacity of {Capacity} (overflow strategy Error).");
            default:
                written--;
                throw new EdgeOverflowException(Id, Capacity,
                    $"Edge '{Id}' is full (capacity {Capacity}, overflow strategy Block): a port node wrote more items in one firing than the edge had room for. Write at most OutPort.FreeSpace items per firing.");
        }
    }

    private void ThrowEmpty() => throw new InvalidOperationException($"Edge '{Id}' is empty.");
}
