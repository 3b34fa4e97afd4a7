using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>A filter: passes even numbers on; throws on <see cref="FailOn"/> (0: never).</summary>
[Node]
public sealed partial class KeepEven
{
    public int FailOn { get; set; }

    [Process, Filter]
    public bool IsEven(int value) => value == FailOn ? throw new InvalidOperationException($"bad value {value}") : value % 2 == 0;
}

/// <summary>A filter that throws the first time it sees each multiple of 5 (a retry then passes).</summary>
[Node]
public sealed partial class FlakyFilter
{
    private readonly HashSet<int> _seen = [];

    [Process, Filter]
    public bool Keep(int value, CancellationToken cancellationToken) =>
        value % 5 == 0 && _seen.Add(value) ? throw new TimeoutException($"flaky on {value}") : value % 3 != 0;
}

/// <summary>A try-map: parses numbers, dropping the lines that are not numbers.</summary>
[Node]
public sealed partial class ParseNumber
{
    [Process]
    public bool TryParse(string text, out int number) => int.TryParse(text, out number);
}

/// <summary>A try-map from numbers: halves the even ones.</summary>
[Node]
public sealed partial class HalveEven
{
    [Process]
    public bool TryHalve(int value, out int half)
    {
        half = value / 2;
        return value % 2 == 0;
    }
}

/// <summary>A flat-map: one item per word of a line.</summary>
[Node]
public sealed partial class SplitWords
{
    [Process]
    public void Split(string line, OutPort<string> words)
    {
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Write(word);
    }
}

/// <summary>A flat-map with two outputs: <c>value % 3</c> copies of each value, and its negation for odd values.</summary>
[Node]
public sealed partial class Repeat
{
    public int FailOn { get; set; }

    [Process]
    public void Copy(int value, OutPort<int> copies, OutPort<int> negatedOdd)
    {
        for (var i = 0; i < value % 3; i++) copies.Write(value);
        if (value == FailOn) throw new InvalidOperationException($"bad value {value}");
        if (value % 2 != 0) negatedOdd.Write(-value);
    }
}

/// <summary>An asynchronous flat-map: writes each value twice around an await.</summary>
[Node]
public sealed partial class TwiceAsync
{
    [Process]
    public async Task Twice(int value, OutPort<int> items)
    {
        items.Write(value);
        await Task.Yield();
        items.Write(value);
    }
}

/// <summary>Lines of text, as given.</summary>
[Node]
public sealed partial class TextLines
{
    public string[] Items { get; init; } = [];

    [Process]
    public IEnumerable<string> Read() => Items;
}

/// <summary>A flat-map that cancels the run between its two writes when it sees <see cref="CancelAt"/>.</summary>
[Node]
public sealed partial class CancellingSplit
{
    public CancellationTokenSource? Cancellation { get; set; }

    public int CancelAt { get; set; }

    [Process]
    public void Split(int value, OutPort<int> items)
    {
        items.Write(value);
        if (value == CancelAt) Cancellation?.Cancel();
        items.Write(-value);
    }
}
