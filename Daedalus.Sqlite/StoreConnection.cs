using Microsoft.Data.Sqlite;

namespace Daedalus.Sqlite;

/// <summary>Opens a connection to the store's file, configured the same way for writing and for reading.</summary>
internal static class StoreConnection
{
    public static SqliteConnection Open(string path, SqliteRunStoreOptions options)
    {
        // Microsoft.Data.Sqlite retries a busy statement itself until the command timeout, in whole seconds (0 would
        // wait forever); SQLite's busy_timeout makes each try wait for the lock instead of failing at once.
        var seconds = (int)Math.Max(1, Math.Ceiling(options.BusyTimeout.TotalSeconds));
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Without the pool, disposing the connection really closes the file (and the last close checkpoints the WAL).
            Pooling = false,
            DefaultTimeout = seconds,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // synchronous=NORMAL in WAL mode syncs at checkpoints, not at every commit. Commits still reach the WAL in
            // order, so a power cut can lose only the latest commits, never an earlier one while keeping a later one:
            // the store always holds a prefix of the run's commits, whose nodes it resumes from, and the nodes in the
            // lost tail simply run again. (A process crash loses nothing: the OS has the WAL's writes.)
            command.CommandText = $"PRAGMA busy_timeout = {seconds * 1000}; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
