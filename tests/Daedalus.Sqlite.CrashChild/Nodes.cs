using Daedalus.Runtime;

namespace Daedalus.Sqlite.CrashChild;

/// <summary>Per-chunk statistics.</summary>
public readonly record struct Stats(long Count, long Sum, long Max)
{
    public Stats Add(Stats other) => new(Count + other.Count, Sum + other.Sum, Math.Max(Max, other.Max));
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Stats))]
public sealed partial class CrashJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>A chunk of generated values.</summary>
[Node]
public sealed partial class Chunk
{
    public int Seed { get; init; }
    public int Rows { get; init; } = 50;

    /// <summary>How long each chunk sleeps before it yields, so a run lasts long enough to be killed many times.</summary>
    public static int SleepMilliseconds { get; set; }

    [Process]
    public IEnumerable<long> Values(NodeContext context)
    {
        Journal.Started(context.Node);
        if (SleepMilliseconds > 0) Thread.Sleep(SleepMilliseconds);
        var state = (ulong)Seed * 0x9E3779B97F4A7C15UL + 1;
        for (var i = 0; i < Rows; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            yield return (long)(state % 1_000);
        }
    }
}

/// <summary>Folds a chunk into its statistics.</summary>
[Node]
public sealed partial class Summarize
{
    public string Name { get; init; } = "";

    [Process]
    public void Add(long value, ref Stats stats)
    {
        if (stats.Count == 0) Journal.Started(Name);
        stats = stats.Add(new Stats(1, value, value));
    }
}

/// <summary>Merges two statistics.</summary>
[Node]
public sealed partial class Merge
{
    [Process]
    public Stats Combine(Stats left, Stats right, NodeContext context)
    {
        Journal.Started(context.Node);
        return left.Add(right);
    }
}

/// <summary>Keeps the final statistics.</summary>
[Node]
public sealed partial class Final
{
    public Stats Result { get; private set; }

    [Process]
    public void Take(Stats stats) => Result = stats;
}
