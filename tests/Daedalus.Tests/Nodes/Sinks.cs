using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>Collects what it receives.</summary>
[Node]
public sealed partial class Collect<T>
{
    public List<T> Items { get; } = [];

    [Process]
    public void Add(T item) => Items.Add(item);
}

[Node]
public sealed partial class Sum
{
    public long Total { get; private set; }

    [Process]
    public void Add(int value) => Total += value;
}

/// <summary>Records every lifecycle call, in order.</summary>
[Node]
public sealed partial class Recorder
{
    public List<string> Calls { get; } = [];

    [Initialize]
    public void Open() => Calls.Add("initialize");

    [Process]
    public void Take(int value) => Calls.Add("process " + value);

    [Cleanup]
    public ValueTask CloseAsync()
    {
        Calls.Add("cleanup");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Only an initialize hook: the generated run must not track cleanup state it never reads.</summary>
[Node]
public sealed partial class StartsOnly
{
    public int Starts { get; private set; }

    [Initialize]
    public void Start() => Starts++;

    [Process]
    public void Take(int value) { }
}
