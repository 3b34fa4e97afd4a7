using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// Where a window stands: how many items it holds and when its first item arrived. Used by generated code
/// for an aggregate with <c>[Window]</c>, which keeps its items in the accumulator, not in a buffer.
/// </summary>
public sealed class WindowCounter
{
    private readonly int _capacity;
    private readonly long _timeout;
    private long _openedAt;

    /// <summary>A window of at most <paramref name="count"/> items (0: any number) and <paramref name="milliseconds"/> (0: no time limit).</summary>
    public WindowCounter(int count, int milliseconds)
    {
        _capacity = count;
        _timeout = Ticks(milliseconds);
    }

    /// <summary><paramref name="milliseconds"/> in <see cref="Stopwatch"/> ticks; 0 for no time limit.</summary>
    internal static long Ticks(int milliseconds) => milliseconds <= 0 ? 0 : milliseconds * Stopwatch.Frequency / 1000;

    /// <summary>Items in the open window.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the window holds no item.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Whether the open window's time is up; checked before an item is added, so a late item opens the next window.</summary>
    public bool IsDue => _timeout > 0 && Count > 0 && Stopwatch.GetTimestamp() - _openedAt >= _timeout;

    /// <summary>Counts one more item; returns whether the window is now full.</summary>
    public bool Add()
    {
        if (Count == 0 && _timeout > 0) _openedAt = Stopwatch.GetTimestamp();
        return ++Count == _capacity;
    }

    /// <summary>Starts the next window.</summary>
    public void Clear() => Count = 0;
}
