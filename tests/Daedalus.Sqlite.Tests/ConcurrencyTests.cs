using Daedalus.Runtime;
using Daedalus.Sqlite.Tests.Support;
using static Daedalus.Sqlite.Tests.Support.Records;

namespace Daedalus.Sqlite.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Readers_on_several_threads_see_committed_results_while_one_thread_commits()
    {
        const int Commits = 400;
        using var store = SqliteRunStore.Open(_folder.Store);
        using var session = store.OpenRun("run-1", "graph");
        var committed = -1;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < Commits; i++)
            {
                var blob = Blob($"items {i}");
                session.Commit(Commit([blob], [Node($"n{i}", $"n{i}", blob)], firings: i + 1));
                Volatile.Write(ref committed, i);
            }
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!writer.IsCompleted || reads == 0)
            {
                var last = Volatile.Read(ref committed);
                if (last < 0) continue;
                var i = Random.Shared.Next(last + 1);
                var result = session.FindResult(Key($"n{i}")) ?? throw new InvalidOperationException($"n{i} was committed but is not found.");
                Assert.Equal($"items {i}", Text(session.ReadBlob(result.Outputs[0].Hash)));
                reads++;
            }
            return reads;
        })).ToArray();

        await Task.WhenAll([writer, .. readers]).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(readers, reader => Assert.True(reader.Result > 0));
        session.Dispose();
        using var resumed = store.OpenRun("run-1", "graph");
        Assert.Equal(Commits, resumed.Recorded.Count);
        Assert.Equal(Commits, resumed.Totals.Firings);
    }
}
