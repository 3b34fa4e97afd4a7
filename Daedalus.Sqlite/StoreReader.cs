using Daedalus.Runtime;
using Microsoft.Data.Sqlite;

namespace Daedalus.Sqlite;

/// <summary>
/// The store's reading connection: looks up results and blobs for any number of threads, one at a time. It is apart
/// from the writing connection so reads never wait for a commit (WAL readers see the last committed state).
/// </summary>
internal sealed class StoreReader : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string _location;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _findResult;
    private readonly SqliteCommand _readBlob;
    private bool _disposed;

    public StoreReader(string location, SqliteConnection connection)
    {
        _location = location;
        _connection = connection;
        _findResult = Prepare("SELECT outputs FROM results WHERE key = $key;", "$key");
        _readBlob = Prepare("SELECT data FROM blobs WHERE hash = $hash;", "$hash");
    }

    public NodeResultRecord? FindResult(ContentHash key)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var outputs = Query(_findResult, key, "finding a result");
            if (outputs is null) return null;
            return new NodeResultRecord(key, OutputsEncoding.Decode(outputs)
                ?? throw new RunStoreException(_location, $"result {key} has malformed outputs."));
        }
    }

    public byte[] ReadBlob(ContentHash hash)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Query(_readBlob, hash, "reading a blob") ?? throw new RunStoreException(_location, $"blob {hash} is missing.");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _findResult.Dispose();
            _readBlob.Dispose();
            _connection.Dispose();
        }
    }

    private byte[]? Query(SqliteCommand command, ContentHash hash, string doing)
    {
        try
        {
            command.Parameters[0].Value = hash.ToBytes();
            return command.ExecuteScalar() as byte[];
        }
        catch (SqliteException error)
        {
            throw SqliteErrors.Translate(_location, error, doing);
        }
    }

    private SqliteCommand Prepare(string sql, string parameter)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(parameter, SqliteType.Blob);
        command.Prepare();
        return command;
    }
}
