using Daedalus;

namespace Daedalus.Benchmarks;

// The nodes of the durable-run suite: the samples/Durable shape (chunk → summary → merge tree → sink) over long
// items, so every item goes through the built-in serializer and the figures are the executor's and the store's cost.

/// <summary>One chunk of readings: <c>Rows</c> values from a xorshift generator seeded by <c>Chunk</c>.</summary>
[Node]
public sealed partial class ChunkReadings
{
    public int Chunk { get; init; }
    public int Rows { get; init; }

    [Process]
    public IEnumerable<long> Generate()
    {
        var state = (ulong)Chunk * 0x9E3779B97F4A7C15UL + 1;
        for (var i = 0; i < Rows; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            yield return (long)(state % 10_000);
        }
    }
}

/// <summary>Sums a chunk's readings, published once the chunk is done.</summary>
[Node]
public sealed partial class ChunkSum
{
    [Process]
    public void Add(long reading, ref long sum) => sum += reading;
}

/// <summary>Adds two groups' sums. Cached, as the sample's merge: any run with the same two inputs may reuse it.</summary>
[Node(Cached = true)]
public sealed partial class MergeSums
{
    [Process]
    public long Combine(long left, long right) => left + right;
}

/// <summary>Keeps the grand total (a sink: durable runs record no result for it and run it in every session).</summary>
[Node]
public sealed partial class GrandTotal
{
    public long Value { get; private set; }

    [Process]
    public void Take(long total) => Value = total;

    /// <summary>Forgets the total, so a check cannot read an earlier run's.</summary>
    public void Reset() => Value = 0;
}
