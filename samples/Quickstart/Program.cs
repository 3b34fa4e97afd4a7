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
