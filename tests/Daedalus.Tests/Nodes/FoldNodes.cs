using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>An aggregate: the running sum of its items, published once the items end.</summary>
[Node]
public sealed partial class RunningSum
{
    [Process]
    public void Add(int value, ref long total) => total += value;
}

/// <summary>A count window: the sum of each 100 items (and of the last, partial window).</summary>
[Node]
public sealed partial class WindowSum
{
    [Process, Window(Count = 100)]
    public long Add(ReadOnlySpan<int> values)
    {
        long sum = 0;
        foreach (var value in values) sum += value;
        return sum;
    }
}

/// <summary>An aggregate with a count window: its total is published and reset every 3 items.</summary>
[Node]
public sealed partial class TotalPerThree
{
    [Process, Window(Count = 3)]
    public void Add(int value, ref long total) => total += value;
}

/// <summary>A window closed by time only: how many items arrived within each window.</summary>
[Node]
public sealed partial class CountPerTick
{
    [Process, Window(Milliseconds = 1)]
    public int Count(ReadOnlySpan<int> values) => values.Length;
}

/// <summary>A window closed by time only, with a window far longer than any test run: one window.</summary>
[Node]
public sealed partial class CountPerMinute
{
    [Process, Window(Milliseconds = 60_000)]
    public int Count(ReadOnlySpan<int> values) => values.Length;
}

/// <summary>A window sink (no output): records each window's items.</summary>
[Node]
public sealed partial class WindowRecorder
{
    public List<int[]> Windows { get; } = [];

    [Process, Window(Count = 4)]
    public void Take(ReadOnlySpan<int> values) => Windows.Add(values.ToArray());
}

/// <summary>An aggregate that throws at item <see cref="FailAt"/> (1-based), after changing its total.</summary>
[Node]
public sealed partial class FailingSum
{
    private int _seen;

    public int FailAt { get; init; }

    /// <summary>How many times it throws at that item (a retry policy may call it again).</summary>
    public int Failures { get; init; } = int.MaxValue;

    private int _failed;

    [Initialize]
    public void Restart() => _seen = _failed = 0;

    [Process]
    public void Add(int value, ref long total)
    {
        total += value;
        if (++_seen >= FailAt && _failed < Failures)
        {
            _seen--;
            _failed++;
            throw new InvalidOperationException($"sum failed at item {FailAt}");
        }
    }
}

/// <summary>A window that throws when a window holds <see cref="FailOn"/>.</summary>
[Node]
public sealed partial class FailingWindow
{
    public int FailOn { get; init; }

    [Process, Window(Count = 10)]
    public long Add(ReadOnlySpan<int> values)
    {
        long sum = 0;
        foreach (var value in values)
        {
            if (value == FailOn) throw new InvalidOperationException($"window failed on {FailOn}");
            sum += value;
        }
        return sum;
    }
}

/// <summary>Passes items on, cancelling <see cref="Cancellation"/> at item <see cref="At"/>.</summary>
[Node]
public sealed partial class CancelAt
{
    public CancellationTokenSource Cancellation { get; init; } = new();

    public int At { get; init; }

    [Process]
    public int Pass(int value)
    {
        if (value == At) Cancellation.Cancel();
        return value;
    }
}

/// <summary>Passes items on after waiting <see cref="Milliseconds"/>.</summary>
[Node]
public sealed partial class Slow
{
    public int Milliseconds { get; init; } = 3;

    [Process]
    public int Pass(int value)
    {
        Thread.Sleep(Milliseconds);
        return value;
    }
}

/// <summary>Keeps the last item and counts them, allocating nothing.</summary>
[Node]
public sealed partial class Last<T>
{
    public T? Value { get; private set; }

    public long Count { get; private set; }

    [Process]
    public void Keep(T item)
    {
        Value = item;
        Count++;
    }
}

/// <summary>An aggregate over <see langword="long"/> totals.</summary>
[Node]
public sealed partial class RunningSumOfLongs
{
    [Process]
    public void Add(long value, ref long total) => total += value;
}
