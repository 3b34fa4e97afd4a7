using Daedalus.Runtime;
using Daedalus.Sqlite.Tests.Support;
using static Daedalus.Sqlite.Tests.Support.Records;

namespace Daedalus.Sqlite.Tests;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_commit_is_read_back_by_key_and_by_hash()
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-1", "graph");
        var (left, right) = (Blob("left items"), Blob("right items"));
        var node = Node("split", "split#1", left, right);

        session.Commit(Commit([left, right], [node]));

        var found = session.FindResult(Key("split#1"));
        Assert.NotNull(found);
        Assert.Equal(node.Result.Key, found.Key);
        Assert.Equal(node.Result.Outputs, found.Outputs);
        Assert.Equal("left items", Text(session.ReadBlob(left.Hash)));
        Assert.Equal("right items", Text(session.ReadBlob(right.Hash)));
        Assert.Null(session.FindResult(Key("never stored")));
    }

    [Fact]
    public void A_reopened_run_resumes_with_its_records_totals_and_status()
    {
        var (blob, other) = (Blob("numbers"), Blob("letters"));
        using (var store = SqliteRunStore.Open(_folder.Store))
        using (var session = store.OpenRun("run-1", "graph"))
        {
            Assert.Equal(DurableRunStatus.New, session.Status);
            Assert.Empty(session.Recorded);
            Assert.Equal(0, session.Totals.Firings);
            session.Commit(Commit([blob], [Node("source", "source#1", blob)], firings: 3));
            session.Commit(new RunCommit([other], [Node("sink", "sink#1", other), Node("empty", "empty#1")],
                Totals(7, ("tokens", 120), ("calls", 2)), DurableRunStatus.BudgetExceeded));
        }

        using (var store = SqliteRunStore.Open(_folder.Store))
        using (var session = store.OpenRun("run-1", "graph"))
        {
            Assert.Equal(DurableRunStatus.BudgetExceeded, session.Status);
            Assert.Equal(7, session.Totals.Firings);
            Assert.Equal(TimeSpan.FromMilliseconds(70), session.Totals.Elapsed);
            Assert.Equal(new Dictionary<string, long> { ["tokens"] = 120, ["calls"] = 2 }, session.Totals.Meters);
            Assert.Equal(["empty", "sink", "source"], session.Recorded.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(Node("source", "source#1", blob).Result.Outputs, session.Recorded["source"].Outputs);
            Assert.Empty(session.Recorded["empty"].Outputs);
            Assert.Equal("letters", Text(session.ReadBlob(session.Recorded["sink"].Outputs[0].Hash)));
        }
    }

    [Fact]
    public void A_run_opened_and_left_without_a_commit_resumes_as_running()
    {
        using (var store = SqliteRunStore.Open(_folder.Store)) store.OpenRun("run-1", "graph").Dispose();

        using var reopened = SqliteRunStore.Open(_folder.Store);
        using var session = reopened.OpenRun("run-1", "graph");
        Assert.Equal(DurableRunStatus.Running, session.Status);
    }

    [Fact]
    public void Equal_blobs_and_results_are_stored_once_across_commits_and_runs()
    {
        var shared = Blob("the same items");
        using (var store = SqliteRunStore.Open(_folder.Store))
        {
            using (var first = store.OpenRun("run-1", "graph"))
            {
                first.Commit(Commit([shared, shared], [Node("a", "cached#1", shared)]));
                first.Commit(Commit([shared], [Node("b", "b#1", shared)]));
            }
            using var second = store.OpenRun("run-2", "graph");
            second.Commit(Commit([shared], [Node("a", "cached#1", shared)]));
            Assert.Equal(Key("cached#1"), second.FindResult(Key("cached#1"))!.Key);
        }

        Assert.Equal(1, StoreFile.Scalar(_folder.Store, "SELECT count(*) FROM blobs;"));
        Assert.Equal(2, StoreFile.Scalar(_folder.Store, "SELECT count(*) FROM results;"));
        Assert.Equal(3, StoreFile.Scalar(_folder.Store, "SELECT count(*) FROM run_nodes;"));
    }

    [Fact]
    public void A_node_result_is_recorded_once_and_the_failed_commit_writes_nothing()
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-1", "graph");
        var blob = Blob("x");
        session.Commit(Commit([blob], [Node("a", "a#1", blob)], firings: 1));

        var error = Assert.Throws<RunStoreException>(() =>
            session.Commit(Commit([Blob("new")], [Node("b", "b#1"), Node("a", "a#1", blob)], firings: 2, DurableRunStatus.Completed)));

        Assert.Contains("node 'a' of run 'run-1'", error.Message);
        Assert.Contains("recorded once", error.Message);
        Assert.Contains(_folder.Store, error.Message);
        Assert.Null(session.FindResult(Key("b#1")));
        Assert.Throws<RunStoreException>(() => session.ReadBlob(Blob("new").Hash));
        session.Dispose();
        using var reopened = store.OpenRun("run-1", "graph");
        Assert.Equal(["a"], reopened.Recorded.Keys);
        Assert.Equal(1, reopened.Totals.Firings);
        Assert.Equal(DurableRunStatus.Running, reopened.Status);
    }

    [Fact]
    public void A_node_record_with_another_key_replaces_the_old_one()
    {
        var (old, changed) = (Blob("old"), Blob("changed"));
        using (var store = SqliteRunStore.Open(_folder.Store))
        using (var session = store.OpenRun("run-1", "graph"))
        {
            session.Commit(Commit([old], [Node("a", "a#1", old)]));
            session.Commit(Commit([changed], [Node("a", "a#2", changed)]));
        }

        using var reopened = SqliteRunStore.Open(_folder.Store);
        using var resumed = reopened.OpenRun("run-1", "graph");
        Assert.Equal(Key("a#2"), resumed.Recorded["a"].Key);
        Assert.NotNull(resumed.FindResult(Key("a#1")));   // the old result stays in the cache
    }

    [Fact]
    public void A_run_id_of_another_graph_is_refused()
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        store.OpenRun("run-1", "etl").Dispose();

        var error = Assert.Throws<RunStoreException>(() => store.OpenRun("run-1", "report"));

        Assert.Contains("run 'run-1' belongs to graph 'etl', not 'report'", error.Message);
        store.OpenRun("run-1", "etl").Dispose();   // the failed open released the run
    }

    [Fact]
    public void A_missing_blob_is_an_error_naming_the_store_and_the_hash()
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-1", "graph");
        var hash = Blob("never stored").Hash;

        var error = Assert.Throws<RunStoreException>(() => session.ReadBlob(hash));

        Assert.Equal($"Run store '{_folder.Store}': blob {hash} is missing.", error.Message);
    }

    [Fact]
    public void An_empty_blob_and_a_blob_from_a_slice_round_trip()
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-1", "graph");
        var empty = new StoredBlob(ContentHash.Of([]), Array.Empty<byte>());
        byte[] buffer = [9, 1, 2, 3, 9];
        var slice = new StoredBlob(ContentHash.Of(buffer.AsSpan(1, 3)), buffer.AsMemory(1, 3));

        session.Commit(Commit([empty, slice], [Node("a", "a#1", empty, slice)]));

        Assert.Empty(session.ReadBlob(empty.Hash));
        Assert.Equal([1, 2, 3], session.ReadBlob(slice.Hash));
    }

    [Fact]
    public void A_disposed_session_refuses_commits_and_a_disposed_store_refuses_runs()
    {
        var store = SqliteRunStore.Open(_folder.Store);
        var session = store.OpenRun("run-1", "graph");
        session.Dispose();
        Assert.Throws<ObjectDisposedException>(() => session.Commit(Commit([], [])));
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => store.OpenRun("run-2", "graph"));
    }
}
