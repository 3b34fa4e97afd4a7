using Daedalus.Runtime;
using Daedalus.Sqlite.Tests.Support;

namespace Daedalus.Sqlite.Tests;

/// <summary>
/// Results flow to the store and are read back when needed: a durable run whose nodes produce far more than it may keep
/// in memory holds only the graph, the nodes in flight and a bounded cache once it ends.
/// </summary>
public sealed class BoundedMemoryTests
{
    private const int Chunks = 96;
    private const int Rows = 100_000;

    [Fact]
    public void A_run_whose_results_outgrow_memory_keeps_a_bounded_part_of_them()
    {
        using var folder = new TempFolder();
        var (graph, total) = Build();
        using var store = SqliteRunStore.Open(folder.Store);

        var result = graph.Run(new RunOptions { Durable = new DurableRun(store, "big") });
        var retained = GC.GetTotalMemory(forceFullCollection: true);

        const long values = (long)Chunks * Rows;
        Assert.Equal(values * (values - 1) / 2, total.Sum);
        var written = result.Durable!.BytesWritten;
        Assert.True(written > 80L << 20, $"the run wrote only {written:N0} bytes");
        // Graph, result and the blob cache (16 MB): far below what was written (about 9 bytes per value).
        Assert.True(retained < written / 3, $"{retained:N0} bytes retained after writing {written:N0}");
        GC.KeepAlive(graph);
    }

    private static (RuntimeGraph, Total) Build()
    {
        var graph = new RuntimeGraph("big");
        var sums = new List<OutputRef<long>>();
        for (var i = 0; i < Chunks; i++)
        {
            var values = graph.Add(new Values { Start = (long)i * Rows, Count = Rows }, $"values{i}");
            var sum = graph.Add(new SumValues(), $"sum{i}");
            graph.Connect(values.Output, sum.Value);
            sums.Add(sum.Total);
        }
        var total = new Total();
        var sink = graph.Add(total, "total");
        foreach (var sum in sums) graph.Connect(sum, sink.Part);
        return (graph, total);
    }
}

/// <summary>Start … Start + Count − 1 (distinct per chunk: equal blobs would be stored once).</summary>
[Node]
public sealed partial class Values
{
    public long Start { get; init; }
    public int Count { get; init; }

    [Process]
    public IEnumerable<long> Generate()
    {
        for (long i = 0; i < Count; i++) yield return Start + i;
    }
}

/// <summary>The sum of a chunk.</summary>
[Node]
public sealed partial class SumValues
{
    [Process]
    public void Add(long value, ref long total) => total += value;
}

/// <summary>The sum of the parts (a sink fed by every chunk).</summary>
[Node]
public sealed partial class Total
{
    public long Sum { get; private set; }

    [Process]
    public void Add(long part) => Sum += part;
}
