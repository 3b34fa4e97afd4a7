using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// An unbounded first-in first-out edge for one thread: a power-of-two ring that doubles when full.
/// Writes and reads do not allocate once the ring has grown to the working depth.
/// </summary>
public sealed class FifoQueue<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>, IQueuedItems<T>
{
    private T[] _items = new T[16];
    private int _head;

    /// <summary>Creates an empty queue for the edge <paramref name="id"/>.</summary>
    public FifoQueue(string id) : base(id, Edge.Fifo) { }

    /// <inheritdoc/>
    public int FreeSpace => int.MaxValue;

    /// <summary>Appends an item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(T item)
    {
        if (count == _items.Length) Grow();
        _items[(_head + count) & (_items.Length - 1)] = item;
        written++;
        if (++count > peakDepth) peakDepth = count;
    }

    /// <summary>Removes and returns the oldest item; the caller has checked <see cref="EdgeBuffer.Count"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Take()
    {
        if (count == 0) ThrowEmpty();
        var items = _items;
        var item = items[_head];
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) items[_head] = default!;
        _head = (_head + 1) & (items.Length - 1);
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
        for (var i = 0; i < count; i++) into.Add(_items[(_head + i) & (_items.Length - 1)]);
    }

    /// <inheritdoc/>
    internal override void Reset()
    {
        // The ring keeps the size it grew to; items left queued are released.
        if (count != 0 && RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items);
        _head = 0;
        ResetCounters();
    }

    /// <inheritdoc/>
    internal override int TakeAll()
    {
        var taken = count;
        if (count != 0 && RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items);
        _head = 0;
        count = 0;
        delivered += taken;
        return taken;
    }

    private void Grow()
    {
        var larger = new T[_items.Length * 2];
        for (var i = 0; i < count; i++) larger[i] = _items[(_head + i) & (_items.Length - 1)];
        _items = larger;
        _head = 0;
    }

    private void ThrowEmpty() => throw new InvalidOperationException($"Edge '{Id}' is empty.");
}
