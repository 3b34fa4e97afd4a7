namespace Daedalus.Runtime;

/// <summary>How a stored run stands.</summary>
public enum DurableRunStatus
{
    /// <summary>Not in the store before this session.</summary>
    New,

    /// <summary>Started and not finished: running elsewhere, or interrupted (a crash, a kill).</summary>
    Running,

    /// <summary>Every node finished.</summary>
    Completed,

    /// <summary>Stopped by its <see cref="RunBudget"/>; resumes with a larger one.</summary>
    BudgetExceeded,

    /// <summary>Ended with failed nodes, or cancelled; resumes from what it recorded.</summary>
    Failed,
}

/// <summary>
/// What one node produced, stored under <see cref="Key"/>: one blob of items per edge out of the node, in the graph's
/// edge order.
/// </summary>
/// <param name="Key">The result's key: the node's type, code hash, configuration, external fingerprint, edges out and inputs' content.</param>
/// <param name="Outputs">One blob per edge out of the node.</param>
public sealed record NodeResultRecord(ContentHash Key, IReadOnlyList<StoredBlobRef> Outputs);

/// <summary>A reference to a stored blob of serialized items.</summary>
/// <param name="Hash">The blob's content hash.</param>
/// <param name="Items">How many items it holds.</param>
/// <param name="Bytes">Its size in bytes.</param>
public readonly record struct StoredBlobRef(ContentHash Hash, long Items, long Bytes);

/// <summary>A blob to store.</summary>
/// <param name="Hash">Its content hash (<see cref="ContentHash.Of"/> of <paramref name="Data"/>).</param>
/// <param name="Data">The serialized items.</param>
public readonly record struct StoredBlob(ContentHash Hash, ReadOnlyMemory<byte> Data);

/// <summary>That node <paramref name="Node"/> of the run produced <paramref name="Result"/>.</summary>
public sealed record NodeRecord(string Node, NodeResultRecord Result);

/// <summary>What a run consumed in all its sessions: firings, time, and each named meter (see <see cref="RunBudget"/>).</summary>
public sealed record RunTotals(long Firings, TimeSpan Elapsed, IReadOnlyDictionary<string, long> Meters)
{
    /// <summary>Nothing consumed yet.</summary>
    public static RunTotals None { get; } = new(0, TimeSpan.Zero, new Dictionary<string, long>());
}

/// <summary>One atomic write of a durable run: new blobs and results, node records, totals and status.</summary>
/// <param name="Blobs">Blobs to store (the store skips those it has).</param>
/// <param name="Nodes">The nodes that finished, with their results (the store adds results it lacks).</param>
/// <param name="Totals">The run's totals after this batch.</param>
/// <param name="Status">The run's status after this batch.</param>
public sealed record RunCommit(IReadOnlyList<StoredBlob> Blobs, IReadOnlyList<NodeRecord> Nodes, RunTotals Totals, DurableRunStatus Status);
