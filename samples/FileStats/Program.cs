using System.Globalization;
using Daedalus.Runtime;
using FileStats;

// Processes a real file in chunks: pass a CSV of "timestamp,sensor,value" lines, or let the sample
// write one (about 8 MB) next to its output.
var path = args.Length > 0 ? args[0] : WriteSampleFile(Path.Combine(AppContext.BaseDirectory, "readings.csv"));
var graph = new LogStats(file: new ReadFile { Path = path });

// A graph with byte-stream edges runs on the pipelined executor: the file reader, the line splitter, the
// parser and the statistics each get a worker, and the pipe holds the reader back when the parser lags.
// A live progress line (each node's firings so far) is refreshed four times a second while it runs.
var result = graph.Run(new RunOptions
{
    Executor = Executor.Pipelined(),
    Progress = new ConsoleProgress(),
    ProgressInterval = TimeSpan.FromMilliseconds(250),
});

Console.WriteLine($"{path}: {graph.File.BytesRead:N0} bytes in {result.Elapsed.TotalMilliseconds:N0} ms, {graph.Parse.Rejected:N0} lines rejected");
Console.WriteLine();
Console.WriteLine($"{"sensor",-10} {"count",10} {"mean",10} {"min",10} {"max",10}");
foreach (var (sensor, s) in graph.Stats.BySensor)
{
    Console.WriteLine($"{sensor,-10} {s.Count,10:N0} {s.Sum / s.Count,10:F2} {s.Min,10:F2} {s.Max,10:F2}");
}
Console.WriteLine();
Console.WriteLine(result.ToTable()); // byte-stream edges count bytes; item edges count items

static string WriteSampleFile(string path)
{
    var random = new Random(42);
    string[] sensors = ["boiler", "intake", "exhaust", "pump", "valve"];
    using var writer = new StreamWriter(path);
    var time = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    for (var i = 0; i < 250_000; i++)
    {
        var sensor = sensors[random.Next(sensors.Length)];
        var value = 20 + random.NextDouble() * 60;
        writer.Write(time.AddSeconds(i).ToString("s", CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(sensor);
        writer.Write(',');
        // One line in 50,000 is garbled, as real logs are: the parser counts it.
        writer.WriteLine(i % 50_000 == 49_999 ? "n/a" : value.ToString("F3", CultureInfo.InvariantCulture));
    }
    return path;
}
