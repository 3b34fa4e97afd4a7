using Daedalus;

namespace Daedalus.Tests.Nodes;

public enum Rounding
{
    Down,
    Nearest,
    Up,
}

/// <summary>A service a node's constructor asks for.</summary>
public interface IGreeting
{
    string Text { get; }
}

public sealed class Greeting(string text) : IGreeting
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}

/// <summary>Configuration a node inherits: described first.</summary>
public abstract class MeasuredNode
{
    public string Unit { get; set; } = "m";
}

/// <summary>Every kind of configuration member: constructor, init, settable, enum, nullable, collection, keyword-named.</summary>
[Node]
public sealed partial class Tuned : MeasuredNode
{
    public Tuned(double weight, string label = "none")
    {
        Weight = weight;
        Label = label;
    }

    public double Weight { get; }

    public string Label { get; }

    public int Factor { get; init; } = 2;

    public int Offset { get; set; }

    public Rounding Rounding { get; set; } = Rounding.Nearest;

    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(1500);

    public int? Cap { get; set; }

    public int[] Steps = [1, 2, 3];

    public int @class;

    [PerRun] public int Seen;

    public Func<int, int>? Map { get; set; }

    public static int Shared { get; set; }

    public int this[int index] => index;

    [Process]
    public int Run(int value)
    {
        Seen++;
        var scaled = value * Factor * Weight + Offset + @class;
        var rounded = Rounding switch
        {
            Rounding.Down => Math.Floor(scaled),
            Rounding.Up => Math.Ceiling(scaled),
            _ => Math.Round(scaled),
        };
        return Cap is { } cap ? Math.Min(cap, (int)rounded) : (int)rounded;
    }
}

/// <summary>A node whose constructor takes a service.</summary>
[Node]
public sealed partial class Greeter(IGreeting greeting)
{
    public string Punctuation { get; init; } = "!";

    [Process]
    public string Run(int value) => $"{greeting.Text} {value}{Punctuation}";
}

/// <summary>A node whose constructor takes an optional service.</summary>
[Node]
public sealed partial class PoliteGreeter(IGreeting? greeting = null)
{
    [Process]
    public string Run(int value) => $"{greeting?.Text ?? "hello"} {value}";
}

/// <summary>A sink whose result is a get-only member: described, never set by the catalogue.</summary>
[Node]
public sealed partial class Total
{
    public long Sum { get; private set; }

    [Process]
    public void Add(int value) => Sum += value;
}

/// <summary>Where <see cref="Collector"/> sinks put their items, by key: a service shared with the test.</summary>
public sealed class ResultBox
{
    private readonly Dictionary<string, List<int>> _items = [];

    public void Add(string key, int item)
    {
        lock (_items)
        {
            if (!_items.TryGetValue(key, out var items)) _items[key] = items = [];
            items.Add(item);
        }
    }

    public int[] Items(string key)
    {
        lock (_items) return _items.TryGetValue(key, out var items) ? items.Order().ToArray() : [];
    }
}

/// <summary>A sink that writes to a <see cref="ResultBox"/> service under its configured key.</summary>
[Node]
public sealed partial class Collector(ResultBox box)
{
    public string Key { get; init; } = "items";

    [Process]
    public void Take(int value) => box.Add(Key, value);
}
