namespace Daedalus.Runtime;

/// <summary>
/// A newest-wins edge: one slot holding the latest item. A write over an unread item replaces it and
/// counts the replaced item in <see cref="EdgeBuffer.DroppedOldest"/>.
/// </summary>
public sealed class LatestSlot<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>, IQueuedItems<T>
{
    private T _value = default!;

    /// <summary>Creates an empty slot for the edge <paramref name="id"/>.</summary>
    public LatestSlot(string id) : base(id, Edge.Latest) { }

    /// <summary>Always 1: a newest-wins edge accepts every write.</summary>
    public int FreeSpace => 1;

    /// <summary>Stores the item, replacing (and counting) an unread one.</summary>
    public void Write(T item)
    {
        written++;
        if (count == 1) droppedOldest++;
        else count = peakDepth = 1;
        _value = item;
    }

    /// <summary>Takes the item; the caller has checked <see cref="EdgeBuffer.Count"/>.</summary>
    public T Take()
    {
        if (count == 0) throw new InvalidOperationException($"Edge '{Id}' is empty.");
        var item = _value;
        _value = default!;
        count = 0;
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

    /// <inheritdoc/>
    internal override void Reset()
    {
        _value = default!;
        ResetCounters();
    }

    /// <inheritdoc/>
    internal override int TakeAll()
    {
        var taken = count;
        _value = default!;
        count = 0;
        delivered += taken;
        return taken;
    }

    void IQueuedItems<T>.CopyQueued(List<T> into)
    {
        if (count == 1) into.Add(_value);
    }
}
