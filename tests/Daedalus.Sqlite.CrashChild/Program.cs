using Daedalus.Runtime;
using Daedalus.Sqlite;
using Daedalus.Sqlite.CrashChild;

// crash-child STORE RUN-ID serial|parallel|compiled JOURNAL SESSION [SLEEP-MS]
//   runs the DAG durably (each chunk sleeping SLEEP-MS first) and prints "result: count sum max" when it completes; the crash tests kill it at random moments.
// crash-child expected serial|parallel|compiled
//   prints the result the DAG must give, computed without a graph.
if (args is ["expected", var shape]) return Print(Expected.For(shape));
if (args.Length is not (5 or 6)) return 2;
var (store, runId, mode, journal, session) = (args[0], args[1], args[2], args[3], args[4]);
if (args.Length == 6) Chunk.SleepMilliseconds = int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture);
Journal.Open(journal, session);
using var sqlite = SqliteRunStore.Open(store);
var options = new RunOptions
{
    Executor = mode == "parallel" ? Executor.Parallel(4) : Executor.Serial,
    Durable = new DurableRun(sqlite, runId) { Serializers = new ItemSerializers(CrashJson.Default) },
};
// The tests time their kill from this line, so a slow start on a loaded machine does not eat the run's time.
Console.WriteLine("started");
if (mode == "compiled")
{
    var graph = new CompiledTree();
    graph.Run(options);
    return Print(graph.Final.Result);
}
var (tree, final) = TreeGraph.Build(Expected.Chunks);
tree.Run(options);
return Print(final.Result);

static int Print(Stats result)
{
    Console.WriteLine($"result: {result.Count} {result.Sum} {result.Max}");
    return 0;
}
