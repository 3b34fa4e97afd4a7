using System.Globalization;
using AccessLog;
using Daedalus.Runtime;

// Analyses a web server's access log: pass one in the Combined Log Format, or let the sample write one
// (300,000 requests, about 40 MB) next to its output.
var path = args.Length > 0 ? args[0] : SampleLog.Write(Path.Combine(AppContext.BaseDirectory, "access.log"), 300_000);
var graph = new AccessLogAnalysis(lines: new ReadLines { Path = path });

// The pipelined executor gives each stage a worker: the lookup keeps up to 32 calls in flight, the
// classifier runs on two threads, and every edge is bounded, so memory stays flat however long the log is.
var result = graph.Run(new RunOptions { Executor = Executor.Pipelined() });

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

static string Join<T>(Dictionary<T, long> counts) where T : notnull =>
    string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToString(), StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"));
