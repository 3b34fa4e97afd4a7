using System.Globalization;
using Daedalus.Runtime;
using Daedalus.Sqlite;
using Durable;

// A DAG over a generated dataset, run durably: every node's result goes to a SQLite store before its consumers run.
// Kill it at any moment (even with kill -9) and run the same command again: it resumes where it stopped and prints the
// same result. Run it again once it finished: every result is reused.
//
//   dotnet run --project samples/Durable -- --store runs.db --run-id demo [--chunks 3333] [--rows 500]
//                                           [--executor parallel|serial] [--max-firings N]
var settings = Settings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine("usage: Durable --store PATH --run-id ID [--chunks N] [--rows N] [--executor parallel|serial] [--max-firings N]");
    return 2;
}

var (graph, report) = DatasetGraph.Build(settings.Chunks, settings.Rows);
var nodes = graph.NodeCount;
try
{
    using var store = SqliteRunStore.Open(settings.Store);
    var result = graph.Run(new RunOptions
    {
        Executor = settings.Executor,
        Durable = new DurableRun(store, settings.RunId)
        {
            Serializers = new ItemSerializers(SampleJson.Default),
            Budget = settings.MaxFirings is { } max ? new RunBudget { MaxFirings = max } : null,
        },
        Progress = new ConsoleProgress(Progress),
        ProgressInterval = TimeSpan.FromMilliseconds(250),
    });
    var durable = result.Durable!;
    Console.WriteLine($"result: {report.Result}");
    Console.WriteLine($"reused: {durable.Hits} of {nodes} nodes, computed: {nodes - durable.Hits}");
    return 0;
}
catch (GraphBudgetExceededException stopped)
{
    Console.WriteLine($"stopped at the budget ({stopped.Result.Durable!.BudgetExceeded}); run again with a larger --max-firings to go on");
    return 3;
}
catch (RunStoreException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}

static string Progress(RunProgress progress)
{
    var finished = progress.Nodes.Count(n => n.Finished);
    var reused = progress.Nodes.Count(n => n.Reused);
    return string.Create(CultureInfo.InvariantCulture,
        $"progress: {finished:N0} of {progress.Nodes.Count:N0} nodes finished ({reused:N0} reused) after {progress.Elapsed.TotalSeconds:0.0} s");
}
