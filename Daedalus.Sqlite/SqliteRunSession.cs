using Daedalus.Runtime;

namespace Daedalus.Sqlite;

/// <summary>One open run of a <see cref="SqliteRunStore"/>, holding the run's lock file until disposed.</summary>
internal sealed class SqliteRunSession(SqliteRunStore store, string runId, RunLock runLock, StoredRun run) : IRunSession
{
    private int _disposed;

    public string RunId => runId;

    public DurableRunStatus Status => run.Status;

    public RunTotals Totals => run.Totals;

    public IReadOnlyDictionary<string, NodeResultRecord> Recorded => run.Recorded;

    public NodeResultRecord? FindResult(ContentHash key)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return store.Reader.FindResult(key);
    }

    public byte[] ReadBlob(ContentHash hash)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return store.Reader.ReadBlob(hash);
    }

    public void Commit(RunCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        store.Writer.Commit(runId, commit);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        runLock.Dispose();
        store.Closed(this);
    }
}
