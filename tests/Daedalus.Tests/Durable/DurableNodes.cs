using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Daedalus.Runtime;

namespace Daedalus.Tests.Durable;

// Nodes of the durable-run tests: a DAG of chunks whose statistics merge up a tree. Every firing is logged in a
// shared journal (by node name), so the tests can tell which nodes ran.

/// <summary>Which nodes fired, by name, across runs; a test owns one.</summary>
public sealed class Journal
{
    private readonly ConcurrentDictionary<string, int> _fired = new();

    public void Fired(string node) => _fired.AddOrUpdate(node, 1, (_, count) => count + 1);

    public int Count(string node) => _fired.GetValueOrDefault(node);

    public IReadOnlyCollection<string> Nodes => _fired.Keys.ToList();

    public void Clear() => _fired.Clear();
}

/// <summary>Per-chunk statistics.</summary>
public readonly record struct ChunkStats(long Count, long Sum, long Max);

[JsonSerializable(typeof(ChunkStats))]
public sealed partial class DurableTestJson : JsonSerializerContext;

/// <summary>A chunk of generated numbers: <c>Size</c> values from a seed.</summary>
[Node]
public sealed partial class Chunk
{
    public int Seed { get; init; }
    public int Size { get; init; } = 100;
    public Journal? Journal { get; init; }

    [Process]
    public IEnumerable<long> Values(NodeContext context)
    {
        Journal?.Fired(context.Node);
        var random = new Random(Seed);
        for (var i = 0; i < Size; i++) yield return random.Next(1_000);
    }
}

/// <summary>Folds a chunk's values into its statistics (an aggregate: published when the chunk is done).</summary>
[Node]
public sealed partial class Summarize
{
    public string Id { get; init; } = "";
    public Journal? Journal { get; init; }

    [Process]
    public void Add(long value, ref ChunkStats stats)
    {
        if (stats.Count == 0) Journal?.Fired(Id);
        stats = new ChunkStats(stats.Count + 1, stats.Sum + value, Math.Max(stats.Max, value));
    }
}

/// <summary>Merges two statistics; charges one "merges" unit to the run's meter.</summary>
[Node(Cached = true)]
public sealed partial class Merge
{
    public Journal? Journal { get; init; }

    /// <summary>Set to make the next firing throw once (then cleared).</summary>
    public static volatile string? FailOnce;

    [Process]
    public ChunkStats Combine(ChunkStats left, ChunkStats right, NodeContext context)
    {
        Journal?.Fired(context.Node);
        if (FailOnce == context.Node)
        {
            FailOnce = null;
            throw new InvalidOperationException($"{context.Node} failed on purpose");
        }
        context.Charge("merges");
        return new ChunkStats(left.Count + right.Count, left.Sum + right.Sum, Math.Max(left.Max, right.Max));
    }
}

/// <summary>Keeps the final statistics.</summary>
[Node]
public sealed partial class Final
{
    public ChunkStats? Result { get; private set; }

    [Process]
    public void Take(ChunkStats stats) => Result = stats;
}
