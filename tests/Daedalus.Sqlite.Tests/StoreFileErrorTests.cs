using Daedalus.Runtime;
using Daedalus.Sqlite.Tests.Support;
using static Daedalus.Sqlite.Tests.Support.Records;

namespace Daedalus.Sqlite.Tests;

/// <summary>A store never starts afresh over a file it cannot use: each case throws, naming the file and what is wrong.</summary>
public sealed class StoreFileErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Random_bytes_are_not_a_database()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(_folder.Store, bytes);

        var error = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(_folder.Store));

        Assert.StartsWith($"Run store '{_folder.Store}': not a SQLite database", error.Message);
        Assert.Contains("file is not a database", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(_folder.Store));
    }

    [Fact]
    public void A_store_cut_in_half_is_corrupt()
    {
        WriteStore(nodes: 2000);
        var bytes = File.ReadAllBytes(_folder.Store);
        File.WriteAllBytes(_folder.Store, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(_folder.Store));

        Assert.StartsWith($"Run store '{_folder.Store}': the database is corrupt or truncated", error.Message);
    }

    [Fact]
    public void A_store_with_a_damaged_page_fails_its_check_on_open()
    {
        WriteStore(nodes: 2000);
        var bytes = File.ReadAllBytes(_folder.Store);
        const int PageSize = 4096;
        var page = bytes.Length / PageSize / 2 * PageSize;
        new Random(7).NextBytes(bytes.AsSpan(page, PageSize));
        File.WriteAllBytes(_folder.Store, bytes);

        var error = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(_folder.Store));

        Assert.StartsWith($"Run store '{_folder.Store}': the database is corrupt or truncated", error.Message);
    }

    [Fact]
    public void A_sqlite_file_of_another_application_is_left_alone()
    {
        using (var connection = StoreFile.Connect(_folder.Store)) StoreFile.Execute(connection, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');");
        var before = File.ReadAllBytes(_folder.Store);

        var error = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(_folder.Store));

        Assert.StartsWith($"Run store '{_folder.Store}': a SQLite database that is not a Daedalus run store", error.Message);
        Assert.Equal(before, File.ReadAllBytes(_folder.Store));
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused()
    {
        WriteStore(nodes: 1);
        using (var connection = StoreFile.Connect(_folder.Store)) StoreFile.Execute(connection, "PRAGMA user_version = 2;");

        var error = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(_folder.Store));

        Assert.Equal($"Run store '{_folder.Store}': written by a newer Daedalus: schema 2, this one reads 1.", error.Message);
    }

    [Fact]
    public void A_folder_that_does_not_exist_cannot_be_opened()
    {
        var path = _folder.File(Path.Combine("missing", "runs.db"));

        var error = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(path));

        Assert.StartsWith($"Run store '{path}': cannot open the file", error.Message);
    }

    [Fact]
    public void An_empty_file_becomes_a_store()
    {
        File.WriteAllBytes(_folder.Store, []);

        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-1", "graph");

        Assert.Equal(DurableRunStatus.New, session.Status);
    }

    [Fact]
    public void A_database_held_by_another_writer_beyond_the_busy_timeout_is_locked()
    {
        WriteStore(nodes: 1);
        using var store = SqliteRunStore.Open(_folder.Store, new SqliteRunStoreOptions { BusyTimeout = TimeSpan.FromSeconds(1) });
        using var session = store.OpenRun("run-1", "graph");
        using var other = StoreFile.Connect(_folder.Store);
        StoreFile.Execute(other, "BEGIN EXCLUSIVE;");

        var commit = Assert.Throws<RunStoreLockedException>(() => session.Commit(Commit([], [Node("b", "b#1")])));
        var open = Assert.Throws<RunStoreLockedException>(() => store.OpenRun("run-2", "graph"));
        Assert.NotNull(session.FindResult(Key("n0")));   // reading is not blocked by a writer (WAL)
        SqliteRunStore.Open(_folder.Store).Dispose();     // nor is opening (and checking) the store

        Assert.StartsWith($"Run store '{_folder.Store}': the database is locked by another connection (committing to run 'run-1')", commit.Message);
        Assert.StartsWith($"Run store '{_folder.Store}': the database is locked by another connection (opening run 'run-2')", open.Message);
        StoreFile.Execute(other, "ROLLBACK;");
        session.Commit(Commit([], [Node("b", "b#1")]));
        store.OpenRun("run-2", "graph").Dispose();   // its failed open released the run
    }

    private void WriteStore(int nodes)
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-0", "graph");
        var blobs = Enumerable.Range(0, nodes).Select(i => Blob($"items of node {i} " + new string('x', 200))).ToArray();
        session.Commit(Commit(blobs, [.. blobs.Select((blob, i) => Node($"n{i}", $"n{i}", blob))]));
    }
}
