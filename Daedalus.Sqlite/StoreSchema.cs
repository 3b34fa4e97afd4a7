using Daedalus.Runtime;
using Microsoft.Data.Sqlite;

namespace Daedalus.Sqlite;

/// <summary>
/// The store's tables, and the checks that a file is one: SQLite's <c>application_id</c> header field marks the file
/// as a Daedalus run store and <c>user_version</c> holds the schema version, so a foreign SQLite file is recognised
/// without touching it, and a newer schema is refused rather than misread.
/// </summary>
internal static class StoreSchema
{
    /// <summary>"DAED" in ASCII.</summary>
    public const int ApplicationId = 0x44414544;

    /// <summary>The schema this version writes and reads.</summary>
    public const int Version = 1;

    // Results and node records are small rows keyed by what is looked up, so they live in their primary key's
    // b-tree (WITHOUT ROWID: one lookup, no second index). Blobs can be large, which WITHOUT ROWID tables store badly.
    private const string Tables = """
        CREATE TABLE blobs (hash BLOB PRIMARY KEY NOT NULL, data BLOB NOT NULL);
        CREATE TABLE results (key BLOB PRIMARY KEY NOT NULL, outputs BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE runs (
            id TEXT PRIMARY KEY NOT NULL,
            graph TEXT NOT NULL,
            status TEXT NOT NULL,
            firings INTEGER NOT NULL,
            elapsed_ticks INTEGER NOT NULL,
            meters TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL);
        CREATE TABLE run_nodes (
            run TEXT NOT NULL,
            node TEXT NOT NULL,
            result BLOB NOT NULL,
            PRIMARY KEY (run, node)) WITHOUT ROWID;
        """;

    /// <summary>Creates the tables in an empty file, or checks that the file is a store this version reads.</summary>
    public static void Prepare(SqliteConnection connection, string location, bool verify)
    {
        if (IsEmpty(connection, location, null))
        {
            // Set before the first write; it persists in the file. Only an empty file is ever changed.
            Execute(connection, null, "PRAGMA journal_mode = WAL;");
            using var transaction = connection.BeginTransaction(deferred: false);
            if (IsEmpty(connection, location, transaction))
            {
                // Another process may have created the tables since the first look: the second look is in the write lock.
                Execute(connection, transaction, Tables + $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {Version};");
            }
            transaction.Commit();
            return;
        }
        if (verify) QuickCheck(connection, location);
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
    }

    /// <summary>True for a file with nothing in it; throws for a file that is not a store of a schema this version reads.</summary>
    private static bool IsEmpty(SqliteConnection connection, string location, SqliteTransaction? transaction)
    {
        var application = Scalar(connection, transaction, "PRAGMA application_id;");
        var version = Scalar(connection, transaction, "PRAGMA user_version;");
        if (application == 0 && version == 0 && Scalar(connection, transaction, "SELECT count(*) FROM sqlite_master;") == 0) return true;
        if (application != ApplicationId)
        {
            throw new RunStoreException(location, $"a SQLite database that is not a Daedalus run store (application_id {application}, expected {ApplicationId}).");
        }
        if (version > Version)
        {
            throw new RunStoreException(location, $"written by a newer Daedalus: schema {version}, this one reads {Version}.");
        }
        if (version < 1) throw new RunStoreException(location, $"a Daedalus run store with an invalid schema version {version}.");
        return false;
    }

    private static void QuickCheck(SqliteConnection connection, string location)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5);";
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read()) problems.Add(reader.GetString(0));
        if (problems is not ["ok"])
        {
            throw new RunStoreException(location, $"the database is corrupt or truncated (quick_check: {string.Join("; ", problems)}).");
        }
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
