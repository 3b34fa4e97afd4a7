// Usage: Daedalus.Sqlite.LockHolder <store path> <run id> <graph>
// Opens the run, commits node "held" (its one output is the bytes of "held by <pid>"), prints "holding" and holds the
// run until its standard input closes; then prints "released". Errors go to standard error with exit code 1.
using System.Text;
using Daedalus.Runtime;
using Daedalus.Sqlite;

try
{
    using var store = SqliteRunStore.Open(args[0]);
    using (var session = store.OpenRun(args[1], args[2]))
    {
        var data = Encoding.UTF8.GetBytes($"held by {Environment.ProcessId}");
        var blob = new StoredBlob(ContentHash.Of(data), data);
        var result = new NodeResultRecord(ContentHash.Of(Encoding.UTF8.GetBytes("held:" + Environment.ProcessId)), [new StoredBlobRef(blob.Hash, 1, data.Length)]);
        session.Commit(new RunCommit([blob], [new NodeRecord("held", result)], new RunTotals(1, TimeSpan.FromSeconds(1), new Dictionary<string, long>()), DurableRunStatus.Running));
        Console.WriteLine("holding");
        while (Console.ReadLine() is not null) { }
    }
    Console.WriteLine("released");
    return 0;
}
catch (RunStoreException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
