using System.Globalization;
using Quickstart;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var graph = new Monitoring();
Console.WriteLine("Schedule: " + string.Join(" → ", Monitoring.Plan.Schedule));
Console.WriteLine();
Console.WriteLine(Monitoring.Plan.ToMermaid());
var picture = Path.Combine(AppContext.BaseDirectory, "Monitoring.mmd");
File.WriteAllText(picture, Monitoring.Plan.ToMermaid());
File.WriteAllText(Path.ChangeExtension(picture, ".dot"), Monitoring.Plan.ToDot());
File.WriteAllText(Path.ChangeExtension(picture, ".json"), Monitoring.Plan.ToJson());
Console.WriteLine($"(plan written to {picture} and .dot/.json beside it)");

graph.Run();

Console.WriteLine();
Console.WriteLine("sensor    readings    min     mean    max");
foreach (var (sensor, s) in graph.Statistics.BySensor)
{
    Console.WriteLine($"{sensor,-8}{s.Count,10}{s.Min,8:F1}{s.Sum / s.Count,8:F1}{s.Max,8:F1}");
}
Console.WriteLine();
Console.WriteLine($"{graph.Alarms.Alarms.Count} alarm(s):");
foreach (var alarm in graph.Alarms.Alarms)
{
    Console.WriteLine($"  {alarm.Sensor} at {alarm.Minute / 60:D2}:{alarm.Minute % 60:D2} — {alarm.Celsius:F1} °C");
}
Console.WriteLine();
Console.WriteLine("Edges:");
foreach (var edge in graph.Edges) Console.WriteLine("  " + edge);

// A GPU segment: normalise and smooth hourly windows of the boiler's signal on the device (DAEDALUS_GPU picks it:
// auto uses a Vulkan GPU when there is one, else the CPU fallback with one warning).
Console.WriteLine();
var smoothing = new Smoothing();
smoothing.Run();
var segment = Smoothing.Plan.Segments[0];
Console.WriteLine($"GPU segment {segment.Name} ({segment.Placement}: {string.Join(", ", segment.Nodes)}) ran on {smoothing.Devices[segment.Name]}");
Console.WriteLine("Smoothed boiler peak per hour, normalised (0 = 71 °C, 1 = +6 °C):");
Console.WriteLine("  " + string.Join(" ", smoothing.Peaks.ByHour.Select(p => p.ToString("F2"))));
