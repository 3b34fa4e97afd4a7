using System.Runtime.CompilerServices;
using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>Counts from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
[Node]
public sealed partial class Range
{
    public int From { get; init; } = 1;
    public int To { get; init; } = 10;

    [Process]
    public IEnumerable<int> Numbers()
    {
        for (var i = From; i <= To; i++) yield return i;
    }
}

/// <summary>An asynchronous source that yields between items.</summary>
[Node]
public sealed partial class AsyncRange
{
    public int Count { get; init; } = 5;

    [Process]
    public async IAsyncEnumerable<int> Numbers([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= Count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}

/// <summary>A source that never ends unless cancelled.</summary>
[Node]
public sealed partial class Forever
{
    [Process]
    public IEnumerable<long> Ticks()
    {
        for (long i = 0; ; i++) yield return i;
    }
}

/// <summary>A port node source: writes its items once, in one firing.</summary>
[Node]
public sealed partial class Burst
{
    public int Count { get; init; } = 3;

    [Output] public partial OutPort<string> Words { get; }

    [Process]
    public void Emit()
    {
        for (var i = 0; i < Count; i++) Words.Write("w" + i);
    }
}

/// <summary>A batch source: fills the span it is given with the next numbers of 0 .. Count-1.</summary>
[Node]
public sealed partial class SpanRange
{
    private int _next;

    public int Count { get; init; } = 10;

    /// <summary>When set, the count the source returns instead (to test the executor's check).</summary>
    public int? Lie { get; init; }

    [Initialize]
    public void Restart() => _next = 0;

    [Process]
    public int Fill(Span<int> items)
    {
        var count = Math.Min(items.Length, Count - _next);
        for (var i = 0; i < count; i++) items[i] = _next++;
        return Lie ?? count;
    }
}
