using Daedalus.Runtime;

namespace Daedalus.Tests.Durable;

/// <summary>A store that returns records no run could have written is refused with the store's location, not trusted.</summary>
public sealed class HostileStoreTests
{
    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(1, long.MaxValue)]
    public void A_recorded_result_with_impossible_counts_is_a_store_error(long items, long bytes)
    {
        using var memory = new MemoryRunStore();
        var options = new RunOptions { Durable = new DurableRun(memory, "r") { Serializers = new ItemSerializers(DurableTestJson.Default) } };
        DurableGraphs.Tree(2, new Journal()).Graph.Run(options);
        var hostile = new TamperingStore(memory, blob => blob with { Items = items, Bytes = bytes });

        var error = Assert.Throws<RunStoreException>(() => DurableGraphs.Tree(2, new Journal()).Graph.Run(options with { Durable = options.Durable! with { Store = hostile } }));

        Assert.Equal("memory", error.Location);
        Assert.Contains("cannot be", error.Message);
    }

    /// <summary>Hands out the inner store's recorded results with every blob reference changed by <paramref name="tamper"/>.</summary>
    private sealed class TamperingStore(IRunStore inner, Func<StoredBlobRef, StoredBlobRef> tamper) : IRunStore
    {
        public string Location => inner.Location;

        public IRunSession OpenRun(string runId, string graph, CancellationToken cancellationToken = default) =>
            new Session(inner.OpenRun(runId, graph, cancellationToken), tamper);

        public void Dispose() { }

        private sealed class Session(IRunSession inner, Func<StoredBlobRef, StoredBlobRef> tamper) : IRunSession
        {
            public string RunId => inner.RunId;

            public DurableRunStatus Status => inner.Status;

            public RunTotals Totals => inner.Totals;

            public IReadOnlyDictionary<string, NodeResultRecord> Recorded { get; } =
                inner.Recorded.ToDictionary(pair => pair.Key, pair => pair.Value with { Outputs = [.. pair.Value.Outputs.Select(tamper)] });

            public NodeResultRecord? FindResult(ContentHash key) => inner.FindResult(key);

            public byte[] ReadBlob(ContentHash hash) => inner.ReadBlob(hash);

            public void Commit(RunCommit commit) => inner.Commit(commit);

            public void Dispose() => inner.Dispose();
        }
    }
}
