using Daedalus.Runtime;
using Daedalus.Sqlite.Tests.Support;
using static Daedalus.Sqlite.Tests.Support.Records;

namespace Daedalus.Sqlite.Tests;

public sealed class RunLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_run_is_open_in_one_session_at_a_time_in_a_process()
    {
        using var store = SqliteRunStore.Open(_folder.Store);
        using var other = SqliteRunStore.Open(_folder.Store);
        var session = store.OpenRun("run-1", "graph");

        var same = Assert.Throws<RunStoreLockedException>(() => store.OpenRun("run-1", "graph"));
        var another = Assert.Throws<RunStoreLockedException>(() => other.OpenRun("run-1", "graph"));
        using (other.OpenRun("run-2", "graph")) { }   // other runs are free

        Assert.Contains("run 'run-1' is open in another session", same.Message);
        Assert.Contains(RunLock.PathFor(_folder.Store, "run-1"), same.Message);
        Assert.Equal(same.Message, another.Message);
        session.Dispose();
        other.OpenRun("run-1", "graph").Dispose();
    }

    [Fact]
    public void A_second_opener_waits_up_to_the_run_lock_timeout()
    {
        using var store = SqliteRunStore.Open(_folder.Store, new SqliteRunStoreOptions { RunLockTimeout = TimeSpan.FromSeconds(30) });
        var first = store.OpenRun("run-1", "graph");
        var release = Task.Run(async () =>
        {
            await Task.Delay(200);
            first.Dispose();
        });

        using var second = store.OpenRun("run-1", "graph");

        Assert.True(release.IsCompleted);
    }

    [Fact]
    public void A_waiting_opener_gives_up_after_the_timeout()
    {
        using var store = SqliteRunStore.Open(_folder.Store, new SqliteRunStoreOptions { RunLockTimeout = TimeSpan.FromMilliseconds(300) });
        using var first = store.OpenRun("run-1", "graph");

        var error = Assert.Throws<RunStoreLockedException>(() => store.OpenRun("run-1", "graph"));

        Assert.EndsWith("after waiting 0.3 s.", error.Message);
    }

    [Fact]
    public void Disposing_the_store_releases_its_open_runs()
    {
        var store = SqliteRunStore.Open(_folder.Store);
        store.OpenRun("run-1", "graph");
        store.Dispose();

        using var reopened = SqliteRunStore.Open(_folder.Store);
        reopened.OpenRun("run-1", "graph").Dispose();
    }

    [Fact]
    public void A_run_held_by_another_process_is_locked_until_that_process_releases_it()
    {
        using (SqliteRunStore.Open(_folder.Store)) { }
        using var holder = LockHolderProcess.Start(_folder.Store, "run-1", "graph");
        using var store = SqliteRunStore.Open(_folder.Store);

        var error = Assert.Throws<RunStoreLockedException>(() => store.OpenRun("run-1", "graph"));
        Assert.Contains("run 'run-1' is open in another session", error.Message);
        Assert.Equal("released", holder.Release());

        using var session = store.OpenRun("run-1", "graph");
        Assert.Equal(["held"], session.Recorded.Keys);
    }

    [Fact]
    public void A_run_held_by_a_process_killed_with_SIGKILL_is_free_and_keeps_what_it_committed()
    {
        using (SqliteRunStore.Open(_folder.Store)) { }
        using var holder = LockHolderProcess.Start(_folder.Store, "run-1", "graph");
        using var store = SqliteRunStore.Open(_folder.Store);
        Assert.Throws<RunStoreLockedException>(() => store.OpenRun("run-1", "graph"));

        holder.Kill();

        using var session = store.OpenRun("run-1", "graph");
        Assert.Equal(DurableRunStatus.Running, session.Status);
        Assert.Equal(1, session.Totals.Firings);
        Assert.Equal($"held by {holder.Id}", Text(session.ReadBlob(session.Recorded["held"].Outputs[0].Hash)));
    }
}
