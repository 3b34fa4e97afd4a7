using System.Diagnostics;
using Daedalus.Runtime;
using Daedalus.Sqlite.Tests.Support;
using Xunit.Abstractions;
using static Daedalus.Sqlite.Tests.Support.Records;

namespace Daedalus.Sqlite.Tests;

/// <summary>
/// 10,000 node records with small blobs, committed in batches of 256 and of 1; prints the cost per node and the cost
/// of opening the store with and without its quick_check (see the test output: <c>--logger "console;verbosity=detailed"</c>).
/// </summary>
[Trait("Category", "Measure")]
public sealed class CommitCostTests(ITestOutputHelper output) : IDisposable
{
    private const int Nodes = 10_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(256)]
    [InlineData(1)]
    public void Ten_thousand_nodes_commit_and_resume(int batch)
    {
        var nodes = Enumerable.Range(0, Nodes).Select(i => (Blob: Blob($"items of node {i}, about sixty-four bytes of serialized data"), Node: i)).ToArray();
        var elapsed = Stopwatch.StartNew();
        TimeSpan cpu;
        using (var store = SqliteRunStore.Open(_folder.Store))
        using (var session = store.OpenRun("run-1", "graph"))
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            elapsed.Restart();
            foreach (var chunk in nodes.Chunk(batch))
            {
                session.Commit(Commit([.. chunk.Select(node => node.Blob)], [.. chunk.Select(node => Node($"n{node.Node}", $"n{node.Node}", node.Blob))], firings: chunk[^1].Node + 1));
            }
            elapsed.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        }
        output.WriteLine($"batch {batch}: {elapsed.Elapsed.TotalMicroseconds / Nodes:0.0} µs per node, {cpu.TotalMicroseconds / Nodes:0.0} µs of CPU "
            + $"({elapsed.Elapsed.TotalMilliseconds:0} ms for {Nodes}); file {new FileInfo(_folder.Store).Length / 1024} KiB");

        var checkedOpen = Stopwatch.StartNew();
        using (SqliteRunStore.Open(_folder.Store)) checkedOpen.Stop();
        var plainOpen = Stopwatch.StartNew();
        using (SqliteRunStore.Open(_folder.Store, new SqliteRunStoreOptions { VerifyOnOpen = false })) plainOpen.Stop();
        output.WriteLine($"open with quick_check: {checkedOpen.Elapsed.TotalMilliseconds:0.0} ms, without: {plainOpen.Elapsed.TotalMilliseconds:0.0} ms");

        using var reopened = SqliteRunStore.Open(_folder.Store);
        var load = Stopwatch.StartNew();
        using var resumed = reopened.OpenRun("run-1", "graph");
        load.Stop();
        output.WriteLine($"resume (load {Nodes} records): {load.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.Equal(Nodes, resumed.Recorded.Count);
        Assert.Equal(Nodes, resumed.Totals.Firings);
    }
}
