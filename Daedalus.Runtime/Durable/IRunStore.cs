namespace Daedalus.Runtime;

/// <summary>
/// Where durable runs keep their results (<see cref="DurableRun"/>): content-addressed blobs of serialized items,
/// node results by key, and each run's record of which node produced which result. <see cref="MemoryRunStore"/>
/// lives in the process; the <c>Daedalus.Sqlite</c> package has a store that survives it.
/// </summary>
/// <remarks>
/// An implementation must never start afresh silently: a store it cannot read (corrupt, truncated, of a newer
/// schema, another format) throws <see cref="RunStoreException"/> naming its <see cref="Location"/> and what is wrong.
/// </remarks>
public interface IRunStore : IDisposable
{
    /// <summary>Where the store is, for messages: a file path, a connection's host and database, "memory".</summary>
    string Location { get; }

    /// <summary>
    /// Opens run <paramref name="runId"/> of graph <paramref name="graph"/>: creates it, or resumes it when the store
    /// has it. A run is open in one session at a time, in any process: opening it again while it is open throws
    /// <see cref="RunStoreLockedException"/> (or waits, where the store is configured to). A run id that belongs to
    /// another graph throws <see cref="RunStoreException"/>.
    /// </summary>
    IRunSession OpenRun(string runId, string graph, CancellationToken cancellationToken = default);
}

/// <summary>
/// One open run of an <see cref="IRunStore"/>, held exclusively until disposed. The executor calls
/// <see cref="ReadBlob"/> and <see cref="FindResult"/> from several threads at once, and <see cref="Commit"/> from
/// one thread at a time.
/// </summary>
public interface IRunSession : IDisposable
{
    /// <summary>The run's id.</summary>
    string RunId { get; }

    /// <summary>How the run stood when this session opened it: <see cref="DurableRunStatus.New"/> when it did not exist.</summary>
    DurableRunStatus Status { get; }

    /// <summary>What the run's earlier sessions consumed (firings, time, meters), as of their last commit.</summary>
    RunTotals Totals { get; }

    /// <summary>The results recorded for this run's nodes, by node name, as of the session's start.</summary>
    IReadOnlyDictionary<string, NodeResultRecord> Recorded { get; }

    /// <summary>A result stored under <paramref name="key"/> by any run (the cache), or <see langword="null"/>.</summary>
    NodeResultRecord? FindResult(ContentHash key);

    /// <summary>The bytes of blob <paramref name="hash"/>; <see cref="RunStoreException"/> when the store lacks it.</summary>
    byte[] ReadBlob(ContentHash hash);

    /// <summary>
    /// Writes one batch atomically (one transaction): blobs and results the store lacks (equal content is stored once),
    /// the run's node records, and the run's totals and status. A node record replaces one with another key (its code,
    /// configuration or inputs changed); a record with the same key present already throws <see cref="RunStoreException"/>:
    /// a node's result is recorded once.
    /// </summary>
    void Commit(RunCommit commit);
}
