using System.Globalization;
using System.Runtime.InteropServices;
using Daedalus.Runtime;
using Microsoft.Data.Sqlite;

namespace Daedalus.Sqlite;

/// <summary>
/// The store's writing connection: opens runs and writes commits, one at a time, each in one transaction, with
/// statements prepared once and bound again for every row.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string _location;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insertBlob;
    private readonly SqliteCommand _insertResult;
    private readonly SqliteCommand _recordNode;
    private readonly SqliteCommand _updateRun;
    private bool _disposed;

    public StoreWriter(string location, SqliteConnection connection)
    {
        _location = location;
        _connection = connection;
        _insertBlob = Prepare("INSERT OR IGNORE INTO blobs (hash, data) VALUES ($hash, $data);",
            ("$hash", SqliteType.Blob), ("$data", SqliteType.Blob));
        _insertResult = Prepare("INSERT OR IGNORE INTO results (key, outputs) VALUES ($key, $outputs);",
            ("$key", SqliteType.Blob), ("$outputs", SqliteType.Blob));
        // Replaces a record of another key; a record of the same key changes no row, which Commit turns into an error.
        _recordNode = Prepare("""
            INSERT INTO run_nodes (run, node, result) VALUES ($run, $node, $result)
            ON CONFLICT (run, node) DO UPDATE SET result = excluded.result WHERE result <> excluded.result;
            """, ("$run", SqliteType.Text), ("$node", SqliteType.Text), ("$result", SqliteType.Blob));
        _updateRun = Prepare("""
            UPDATE runs SET status = $status, firings = $firings, elapsed_ticks = $elapsed, meters = $meters, updated = $updated
            WHERE id = $run;
            """, ("$run", SqliteType.Text), ("$status", SqliteType.Text), ("$firings", SqliteType.Integer),
            ("$elapsed", SqliteType.Integer), ("$meters", SqliteType.Text), ("$updated", SqliteType.Text));
    }

    /// <summary>Loads run <paramref name="runId"/>, creating it (running) when the store lacks it.</summary>
    public StoredRun OpenRun(string runId, string graph)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                var run = LoadRun(transaction, runId, graph);
                if (run is null)
                {
                    CreateRun(transaction, runId, graph);
                    run = new StoredRun(DurableRunStatus.New, RunTotals.None, new Dictionary<string, NodeResultRecord>(StringComparer.Ordinal));
                }
                transaction.Commit();
                return run;
            }
            catch (SqliteException error)
            {
                throw SqliteErrors.Translate(_location, error, $"opening run '{runId}'");
            }
        }
    }

    public void Commit(string runId, RunCommit commit)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                foreach (var command in (ReadOnlySpan<SqliteCommand>)[_insertBlob, _insertResult, _recordNode, _updateRun]) command.Transaction = transaction;
                foreach (var blob in commit.Blobs)
                {
                    _insertBlob.Parameters[0].Value = blob.Hash.ToBytes();
                    _insertBlob.Parameters[1].Value = WholeArray(blob.Data);
                    _insertBlob.ExecuteNonQuery();
                }
                foreach (var node in commit.Nodes) Record(runId, node);
                UpdateRun(runId, commit);
                transaction.Commit();
            }
            catch (SqliteException error)
            {
                throw SqliteErrors.Translate(_location, error, $"committing to run '{runId}'");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var command in (ReadOnlySpan<SqliteCommand>)[_insertBlob, _insertResult, _recordNode, _updateRun]) command.Dispose();
            _connection.Dispose();
        }
    }

    private void Record(string runId, NodeRecord node)
    {
        var key = node.Result.Key.ToBytes();
        _insertResult.Parameters[0].Value = key;
        _insertResult.Parameters[1].Value = OutputsEncoding.Encode(node.Result.Outputs);
        _insertResult.ExecuteNonQuery();
        _recordNode.Parameters[0].Value = runId;
        _recordNode.Parameters[1].Value = node.Node;
        _recordNode.Parameters[2].Value = key;
        if (_recordNode.ExecuteNonQuery() == 0)
        {
            throw new RunStoreException(_location, $"node '{node.Node}' of run '{runId}' has result {node.Result.Key} recorded already; a node's result is recorded once.");
        }
    }

    private void UpdateRun(string runId, RunCommit commit)
    {
        _updateRun.Parameters[0].Value = runId;
        _updateRun.Parameters[1].Value = RunColumns.StatusName(commit.Status);
        _updateRun.Parameters[2].Value = commit.Totals.Firings;
        _updateRun.Parameters[3].Value = commit.Totals.Elapsed.Ticks;
        _updateRun.Parameters[4].Value = RunColumns.WriteMeters(commit.Totals.Meters);
        _updateRun.Parameters[5].Value = Now();
        if (_updateRun.ExecuteNonQuery() != 1) throw new RunStoreException(_location, $"run '{runId}' is missing from the store.");
    }

    private StoredRun? LoadRun(SqliteTransaction transaction, string runId, string graph)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT graph, status, firings, elapsed_ticks, meters FROM runs WHERE id = $run;";
        command.Parameters.AddWithValue("$run", runId);
        RunTotals totals;
        DurableRunStatus status;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            var storedGraph = reader.GetString(0);
            if (storedGraph != graph) throw new RunStoreException(_location, $"run '{runId}' belongs to graph '{storedGraph}', not '{graph}'.");
            status = RunColumns.ParseStatus(reader.GetString(1))
                ?? throw new RunStoreException(_location, $"run '{runId}' has an unknown status '{reader.GetString(1)}'.");
            var meters = RunColumns.ReadMeters(reader.GetString(4))
                ?? throw new RunStoreException(_location, $"run '{runId}' has malformed meters.");
            totals = new RunTotals(reader.GetInt64(2), TimeSpan.FromTicks(reader.GetInt64(3)), meters);
        }
        command.CommandText = """
            SELECT n.node, n.result, r.outputs FROM run_nodes AS n LEFT JOIN results AS r ON r.key = n.result WHERE n.run = $run;
            """;
        var recorded = new Dictionary<string, NodeResultRecord>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var node = reader.GetString(0);
                var keyBytes = (byte[])reader.GetValue(1);
                if (keyBytes.Length != ContentHash.Size) throw new RunStoreException(_location, $"node '{node}' of run '{runId}' has a malformed result key.");
                var key = ContentHash.Read(keyBytes);
                if (reader.IsDBNull(2)) throw new RunStoreException(_location, $"result {key} of node '{node}' of run '{runId}' is missing.");
                var outputs = OutputsEncoding.Decode((byte[])reader.GetValue(2))
                    ?? throw new RunStoreException(_location, $"result {key} has malformed outputs.");
                recorded.Add(node, new NodeResultRecord(key, outputs));
            }
        }
        return new StoredRun(status, totals, recorded);
    }

    private void CreateRun(SqliteTransaction transaction, string runId, string graph)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO runs (id, graph, status, firings, elapsed_ticks, meters, created, updated)
            VALUES ($run, $graph, $status, 0, 0, '{}', $now, $now);
            """;
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$graph", graph);
        command.Parameters.AddWithValue("$status", RunColumns.StatusName(DurableRunStatus.Running));
        command.Parameters.AddWithValue("$now", Now());
        command.ExecuteNonQuery();
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private static byte[] WholeArray(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : data.ToArray();

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters) command.Parameters.Add(name, type);
        command.Prepare();
        return command;
    }
}

/// <summary>A run as its session opens it.</summary>
internal sealed record StoredRun(DurableRunStatus Status, RunTotals Totals, IReadOnlyDictionary<string, NodeResultRecord> Recorded);
