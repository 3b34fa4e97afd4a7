using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// A fixed-capacity edge for one thread. When full, a write applies the edge's <see cref="Overflow"/>:
/// drop-oldest and drop-newest count what they discard, error throws <see cref="EdgeOverflowException"/>.
/// With <see cref="Overflow.Block"/> the serial and parallel executors fire the producer only while
/// <see cref="FreeSpace"/> is positive, so a full write means a port node wrote more than the free space
/// it was given in one firing. One thread cannot wait inside that firing for the consumer, so the ring
/// holds the extra items beyond its capacity, in order, until they are read, and counts them in
/// <see cref="EdgeBuffer.OverCapacity"/>; the producer is not fired again until the ring has room.
/// </summary>
public sealed class BoundedRing<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>, IQueuedItems<T>
{
    // Grows by doubling up to Capacity, so that a graph of many default edges does not reserve every ring in full.
    private const int FirstSize = 16;

    private T[] _items;
    private int _head;

    // Items written to a full Block ring, oldest first; each moves into the ring as a slot frees up.
    private Queue<T>? _overCapacity;

    /// <summary>Creates an empty ring for the edge <paramref name="id"/>.</summary>
    public BoundedRing(string id, int capacity, Overflow overflow) : this(id, Edge.Bounded(capacity, overflow)) { }

    /// <summary>Creates an empty ring for the edge <paramref name="id"/> with a bounded <paramref name="policy"/> (a graph's default, for example).</summary>
    public BoundedRing(string id, EdgePolicy policy) : base(id, policy)
    {
        if (policy.Kind != EdgeKind.Bounded || policy.Capacity <= 0)
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "A bounded ring needs a bounded policy with a positive capacity.");
        var (capacity, overflow) = (policy.Capacity, policy.Overflow);
        _items = new T[Math.Min(capacity, FirstSize)];
        Capacity = capacity;
        OverflowStrategy = overflow;
    }

    /// <summary>The most items the ring holds (a Block ring written past it holds the extra items too, see the type).</summary>
    public int Capacity { get; }

    /// <summary>What happens to a write when the ring is full.</summary>
    public Overflow OverflowStrategy { get; }

    /// <inheritdoc/>
    public int FreeSpace => count >= Capacity ? 0 : Capacity - count;

    /// <summary>Appends an item, applying the overflow strategy when the ring is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(T item)
    {
        written++;
        if (count >= Capacity)
        {
            Overflowed(item);
            return;
        }
        if (count == _items.Length) Grow();
        var tail = _head + count;
        if (tail >= _items.Length) tail -= _items.Length;
        _items[tail] = item;
        if (++count > peakDepth) peakDepth = count;
    }

    /// <summary>Removes and returns the oldest item; the caller has checked <see cref="EdgeBuffer.Count"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Take()
    {
        if (count == 0) ThrowEmpty();
        var item = _items[_head];
        // A ring holding items over capacity is full: the freed slot is its tail, and the oldest extra item moves in.
        if (count > Capacity) _items[_head] = _overCapacity!.Dequeue();
        else if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _items[_head] = default!;
        if (++_head == _items.Length) _head = 0;
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
        var inRing = Math.Min(count, Capacity);
        for (var i = 0; i < inRing; i++) into.Add(_items[(_head + i) % _items.Length]);
        if (count > Capacity) into.AddRange(_overCapacity!);
    }

    /// <inheritdoc/>
    internal override void Reset()
    {
        Clear();
        ResetCounters();
    }

    /// <inheritdoc/>
    internal override int TakeAll()
    {
        var taken = count;
        Clear();
        count = 0;
        delivered += taken;
        return taken;
    }

    private void Clear()
    {
        if (count != 0 && RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items);
        _overCapacity?.Clear();
        _head = 0;
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
                if (++_head == _items.Length) _head = 0;
                droppedOldest++;
                return;
            case Overflow.Error:
                written--;
                throw new EdgeOverflowException(Id, Capacity,
                    $"Edge '{Id}' overflowed its capacity of {Capacity} (overflow strategy Error).");
            default:
                (_overCapacity ??= new Queue<T>()).Enqueue(item);
                overCapacity++;
                if (++count > peakDepth) peakDepth = count;
                return;
        }
    }

    // Only while count < Capacity: a full ring's array already has Capacity slots.
    private void Grow()
    {
        var larger = new T[Math.Min(_items.Length * 2, Capacity)];
        for (var i = 0; i < count; i++) larger[i] = _items[(_head + i) % _items.Length];
        _items = larger;
        _head = 0;
    }

    private void ThrowEmpty() => throw new InvalidOperationException($"Edge '{Id}' is empty.");
}
