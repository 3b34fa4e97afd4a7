using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>
/// A source that declares how many items it produces and, at <see cref="GateAt"/>, waits until <see cref="Gate"/> is set
/// (by a test that saw a progress report), giving up after 30 seconds so that a broken reporter fails instead of hanging.
/// </summary>
[Node]
public sealed partial class GatedCount : ICountedSource
{
    public int Count { get; init; } = 100;

    /// <summary>The item before which the source waits for the gate; -1: never waits.</summary>
    public int GateAt { get; init; } = -1;

    public ManualResetEventSlim Gate { get; } = new();

    public long? ExpectedItems => Count;

    [Process]
    public IEnumerable<int> Numbers()
    {
        for (var i = 0; i < Count; i++)
        {
            if (i == GateAt && !Gate.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("No progress report arrived while the source waited.");
            yield return i;
        }
    }
}

/// <summary>Counts and sums what it receives in one run: both fields are reset at the start of every run.</summary>
[Node]
public sealed partial class RunTally
{
    [PerRun] private int _count;
    [PerRun] private long _total = 0;
    [PerRun] private List<int> _seen = new();

    /// <summary>Written in the process method and reset in no way: counts across runs (DAE0018 suggests [PerRun]).</summary>
#pragma warning disable DAE0018
    private int _lifetime;
#pragma warning restore DAE0018

    public int Count => _count;
    public long Total => _total;
    public int Seen => _seen.Count;
    public int Lifetime => _lifetime;

    /// <summary>What the [Initialize] hook saw: the fields are reset before it runs.</summary>
    public int CountAtInitialize { get; private set; } = -1;

    [Initialize]
    public void Start() => CountAtInitialize = _count + _seen.Count;

    [Process]
    public void Add(int value)
    {
        _count++;
        _total += value;
        _seen.Add(value);
        _lifetime++;
    }
}
