using System.Globalization;
using AccessLog;
using Daedalus.Runtime;

// Analyses a web server's access log: pass one in the Combined Log Format, or let the sample write one
// (300,000 requests, about 40 MB) next to its output.
const int SampleRequests = 300_000;
var path = args.Length > 0 ? args[0] : SampleLog.Write(Path.Combine(AppContext.BaseDirectory, "access.log"), SampleRequests);
var graph = new AccessLogAnalysis(lines: new ReadLines { Path = path, ExpectedLines = args.Length > 0 ? null : SampleRequests });

// The pipelined executor gives each stage a worker: the lookup keeps up to 32 calls in flight, the
// classifier runs on two threads, and every edge is bounded (1,024 items unless the graph says otherwise),
// so memory stays flat however long the log is. A live line shows how far the parser has got.
var result = graph.Run(new RunOptions
{
    Executor = Executor.Pipelined(),
    Progress = new ConsoleProgress(Parsed),
    ProgressInterval = TimeSpan.FromMilliseconds(250),
});

var lines = result.Node("parse").Firings;
var requests = result.Edge("parse.Request->errors.Request").Written;
Console.WriteLine($"{path}: {lines:N0} lines, {requests:N0} requests, {lines - requests:N0} lines rejected, in {result.Elapsed.TotalMilliseconds:N0} ms");
Console.WriteLine($"bytes served: {graph.TotalBytes.Items.Single():N0}");
Console.WriteLine($"server errors by region: {Join(graph.ErrorsByRegion.Counts)}");
Console.WriteLine($"query parameters: {Join(graph.ParameterCounts.Counts)}");
Console.WriteLine($"bots: {graph.Bots.Counts.GetValueOrDefault(true):N0} of {requests:N0} requests");
Console.WriteLine($"error rate per 10,000 requests: {string.Join(" ", graph.Rates.Items.Select(r => r.ToString("P1", CultureInfo.InvariantCulture)))}");
Console.WriteLine();
Console.WriteLine(result.ToTable());

static string Parsed(RunProgress progress)
{
    var lines = progress.Node("lines");
    var share = lines.Fraction is { } fraction ? $" ({fraction:P0})" : "";
    return $"{progress.Elapsed.TotalSeconds:0.0} s: {lines.Firings:N0} lines read{share}, {progress.Node("parse").Firings:N0} parsed, {progress.Node("lookup").Firings:N0} looked up";
}

static string Join<T>(IReadOnlyDictionary<T, long> counts) where T : notnull =>
    string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToString(), StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"));
