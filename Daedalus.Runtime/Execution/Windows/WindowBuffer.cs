using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// The items of a window node's open window (<c>[Window]</c> on a method taking <c>ReadOnlySpan&lt;T&gt;</c>).
/// Its array grows as items arrive (up to <c>Count</c> for a count window, so a large Count costs only what
/// windows really hold) and is reused for every window. Used by generated code, once per item, so it keeps its
/// own count rather than a <see cref="WindowCounter"/>.
/// </summary>
public sealed class WindowBuffer<T>
{
    private const int InitialLength = 1024;

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
        _items = new T[count > 0 ? Math.Min(count, InitialLength) : 16];
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

    // A full array before the window is: a large count window, or one closed by time only.
    private bool AddGrowing(T item)
    {
        var length = Math.Min((long)_items.Length * 2, Array.MaxLength);
        Array.Resize(ref _items, (int)(_capacity > 0 ? Math.Min(length, _capacity) : length));
        return Add(item);
    }
}
