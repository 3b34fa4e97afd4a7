using Daedalus.Runtime;
using Microsoft.Data.Sqlite;

namespace Daedalus.Sqlite;

/// <summary>
/// A run store in one SQLite file, which survives the process: a durable run killed at any moment (even by SIGKILL or
/// a power cut) resumes from the results it committed. Several processes may use one file, each run open in one
/// session at a time. Opening checks the file at once and never starts afresh over a file it cannot read: a file that
/// is not a SQLite database, a SQLite database of another application, a corrupt or truncated store or one of a newer
/// schema throws <see cref="RunStoreException"/>. Thread-safe.
/// </summary>
public sealed class SqliteRunStore : IRunStore
{
    private readonly SqliteRunStoreOptions _options;
    private readonly StoreWriter _writer;
    private readonly StoreReader _reader;
    private readonly Lock _gate = new();
    private readonly HashSet<SqliteRunSession> _sessions = [];
    private bool _disposed;

    private SqliteRunStore(string path, SqliteRunStoreOptions options, StoreWriter writer, StoreReader reader)
    {
        Location = path;
        _options = options;
        _writer = writer;
        _reader = reader;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>
    /// Opens the store in the file at <paramref name="path"/>, creating the file (and its tables) when it does not exist
    /// or is empty. Throws <see cref="RunStoreException"/> when the file cannot be used, and
    /// <see cref="RunStoreLockedException"/> when another connection keeps it locked beyond
    /// <see cref="SqliteRunStoreOptions.BusyTimeout"/>.
    /// </summary>
    public static SqliteRunStore Open(string path, SqliteRunStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new SqliteRunStoreOptions();
        var location = Path.GetFullPath(path);
        SqliteConnection? writing = null;
        SqliteConnection? reading = null;
        try
        {
            writing = StoreConnection.Open(location, options);
            StoreSchema.Prepare(writing, location, options.VerifyOnOpen);
            reading = StoreConnection.Open(location, options);
            return new SqliteRunStore(location, options, new StoreWriter(location, writing), new StoreReader(location, reading));
        }
        catch (Exception error)
        {
            reading?.Dispose();
            writing?.Dispose();
            if (error is SqliteException sqlite) throw SqliteErrors.Translate(location, sqlite, "opening the store");
            throw;
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The run is held by an OS lock on a file in the <c>.locks</c> folder next to the database, which the OS releases
    /// when the holding process dies. Another session of the run waits up to <see cref="SqliteRunStoreOptions.RunLockTimeout"/>.
    /// </remarks>
    public IRunSession OpenRun(string runId, string graph, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentException.ThrowIfNullOrEmpty(graph);
        lock (_gate) ObjectDisposedException.ThrowIf(_disposed, this);
        var runLock = RunLock.Acquire(Location, runId, _options.RunLockTimeout, cancellationToken);
        try
        {
            var session = new SqliteRunSession(this, runId, runLock, _writer.OpenRun(runId, graph));
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _sessions.Add(session);
            }
            return session;
        }
        catch
        {
            runLock.Dispose();
            throw;
        }
    }

    /// <summary>Closes the file and every session still open (releasing their runs).</summary>
    public void Dispose()
    {
        SqliteRunSession[] open;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            open = [.. _sessions];
        }
        foreach (var session in open) session.Dispose();
        _reader.Dispose();
        _writer.Dispose();
    }

    internal StoreReader Reader => _reader;

    internal StoreWriter Writer => _writer;

    internal void Closed(SqliteRunSession session)
    {
        lock (_gate) _sessions.Remove(session);
    }
}
