using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// The items of a window node's open window (<c>[Window]</c> on a method taking <c>ReadOnlySpan&lt;T&gt;</c>).
/// A count window has one array of exactly <c>Count</c> items, reused for every window; a window closed by
/// time only grows its array as needed and keeps it. Used by generated code, once per item, so it keeps its
/// own count rather than a <see cref="WindowCounter"/>.
/// </summary>
public sealed class WindowBuffer<T>
{
    private readonly int _capacity;
    private readonly long _timeout;
    private T[] _items;
    private int _count;
    private long _openedAt;

    /// <summary>A window of at most <paramref name="count"/> items (0: any number) and <paramref name="milliseconds"/> (0: no time limit).</summary>
    public WindowBuffer(int count, int milliseconds)
    {
        _capacity = count;
        _timeout = WindowCounter.Ticks(milliseconds);
        _items = new T[count > 0 ? count : 16];
    }

    /// <summary>Whether the window holds no item.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Whether the open window's time is up; checked before an item is added, so a late item opens the next window.</summary>
    public bool IsDue => _timeout > 0 && _count > 0 && Stopwatch.GetTimestamp() - _openedAt >= _timeout;

    /// <summary>The items of the open window, oldest first.</summary>
    public ReadOnlySpan<T> Items => new(_items, 0, _count);

    /// <summary>Adds an item; returns whether the window is now full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(T item)
    {
        var count = _count;
        var items = _items;
        if ((uint)count >= (uint)items.Length) return AddGrowing(item);
        if (count == 0 && _timeout > 0) _openedAt = Stopwatch.GetTimestamp();
        items[count] = item;
        _count = ++count;
        return count == _capacity;
    }

    /// <summary>Starts the next window, letting go of the items of this one.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items, 0, _count);
        _count = 0;
    }

    // Only a window closed by time only fills its array before it is published.
    private bool AddGrowing(T item)
    {
        Array.Resize(ref _items, _items.Length * 2);
        return Add(item);
    }
}
