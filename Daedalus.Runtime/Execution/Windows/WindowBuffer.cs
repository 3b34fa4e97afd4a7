using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// The items of a window node's open window (<c>[Window]</c> on a method taking <c>ReadOnlySpan&lt;T&gt;</c>).
/// A count window has one array of exactly <c>Count</c> items, reused for every window; a window closed by
/// time only grows its array as needed and keeps it. Used by generated code.
/// </summary>
public sealed class WindowBuffer<T>
{
    private readonly WindowCounter _counter;
    private T[] _items;

    /// <summary>A window of at most <paramref name="count"/> items (0: any number) and <paramref name="milliseconds"/> (0: no time limit).</summary>
    public WindowBuffer(int count, int milliseconds)
    {
        _counter = new WindowCounter(count, milliseconds);
        _items = new T[count > 0 ? count : 16];
    }

    /// <summary>Whether the window holds no item.</summary>
    public bool IsEmpty => _counter.IsEmpty;

    /// <summary>Whether the open window's time is up; checked before an item is added, so a late item opens the next window.</summary>
    public bool IsDue => _counter.IsDue;

    /// <summary>The items of the open window, oldest first.</summary>
    public ReadOnlySpan<T> Items => new(_items, 0, _counter.Count);

    /// <summary>Adds an item; returns whether the window is now full.</summary>
    public bool Add(T item)
    {
        var count = _counter.Count;
        if (count == _items.Length) Array.Resize(ref _items, count * 2);
        _items[count] = item;
        return _counter.Add();
    }

    /// <summary>Starts the next window, letting go of the items of this one.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items, 0, _counter.Count);
        _counter.Clear();
    }
}
