using System.Globalization;
using Daedalus.Runtime;
using LiveMonitor;

// A sensor-monitoring graph that runs until stopped and takes edits while it runs, typed at the console or read from
// a script: dotnet run --project samples/LiveMonitor [-- --script FILE] [--duration SECONDS]
// Without --duration it stops at `stop`, Ctrl+C or the end of the input; with it, when the duration has elapsed.
var (script, duration) = Arguments(args);

var monitor = new SensorMonitor();
var graph = monitor.ToRuntimeGraph();
// A [Graph] definition holds [Node] classes only: the run-time clock joins the graph before it starts.
graph.Add(new Ticker(TimeSpan.FromMilliseconds(5)), "clock");
graph.Connect("clock", "Output", "sensors", "Ticks");
var live = graph.Start();

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
if (duration is { } limit) stop.CancelAfter(limit);
Console.WriteLine($"live graph '{live.Name}' started: {string.Join(" -> ", live.Nodes)}; 'help' lists the commands");

var status = Task.Run(async () =>
{
    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
    try
    {
        while (await timer.WaitForNextTickAsync(stop.Token)) Console.WriteLine(StatusLine.Of(live));
    }
    catch (OperationCanceledException)
    {
        // Stopping.
    }
});

var commands = new Commands(live, Console.Out);
await foreach (var line in Input.Lines(script, stop.Token))
{
    if (script is not null && line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')) Console.WriteLine($"> {line.Trim()}");
    if (!await commands.RunAsync(line, stop.Token)) break;
}
if (duration is not null && !stop.IsCancellationRequested)
{
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        // The duration elapsed, or Ctrl+C.
    }
}
await stop.CancelAsync();
await status;

var result = await live.StopAsync();
Console.WriteLine();
Console.WriteLine(result.Run.ToTable());
Console.WriteLine(result.Accounting);
return result.Accounting.Lost == 0 ? 0 : 1;

static (string? Script, TimeSpan? Duration) Arguments(string[] args)
{
    string? script = null;
    TimeSpan? duration = null;
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--script" when i + 1 < args.Length:
                script = args[++i];
                break;
            case "--duration" when i + 1 < args.Length:
                duration = TimeSpan.FromSeconds(double.Parse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture));
                break;
            default:
                Console.Error.WriteLine("usage: LiveMonitor [--script FILE] [--duration SECONDS]");
                Environment.Exit(2);
                break;
        }
    }
    return (script, duration);
}
