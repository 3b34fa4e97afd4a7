using System.Globalization;
using Daedalus.Runtime;
using Daedalus.Shaders;
using Quickstart;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The compile-time plan: the schedule on the console, the drawings in files (paste the .mmd into any Mermaid viewer).
Console.WriteLine("Schedule: " + string.Join(" → ", Monitoring.Plan.Schedule));
var picture = Path.Combine(AppContext.BaseDirectory, "Monitoring.mmd");
File.WriteAllText(picture, Monitoring.Plan.ToMermaid());
File.WriteAllText(Path.ChangeExtension(picture, ".dot"), Monitoring.Plan.ToDot());
File.WriteAllText(Path.ChangeExtension(picture, ".json"), Monitoring.Plan.ToJson());
Console.WriteLine($"Plan drawn in {picture} (Mermaid), with .dot and .json beside it");

// The compiled serial run: the generated loop calls each node directly.
var graph = new Monitoring();
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

// A GPU segment: normalise and smooth hourly windows of the boiler's signal on the device (DAEDALUS_GPU picks it:
// auto uses a Vulkan GPU when there is one, else the CPU fallback with one warning).
Console.WriteLine();
var smoothing = new Smoothing();
smoothing.Run();
var segment = Smoothing.Plan.Segments[0];
Console.WriteLine($"GPU segment {segment.Name} ({segment.Placement}: {string.Join(", ", segment.Nodes)}) ran on {Describe(smoothing.Devices[segment.Name])}");
Console.WriteLine("Smoothed boiler peak per hour, normalised (0 = 71 °C, 1 = +6 °C):");
Console.WriteLine("  " + string.Join(" ", smoothing.Peaks.ByHour.Select(TwoDecimals)));

// The same graph on another executor, without touching node code; the result says what every node and edge did.
Console.WriteLine();
Console.WriteLine("The monitoring graph again, on the pipelined executor:");
var result = new Monitoring().Run(new RunOptions { Executor = Executor.Pipelined() });
Console.WriteLine(result.ToTable());

// Software Vulkan (Mesa's llvmpipe) is a real Vulkan device that computes on the CPU: say so.
static string Describe(GraphicsDevice device) => device switch
{
    VulkanDevice { Info.Type: "cpu" } software => $"Vulkan ({software.Info.Name.Split(' ')[0]}, a CPU implementation)",
    _ => device.DisplayName,
};

// Rounds first, so a value just below zero prints 0.00 rather than -0.00.
static string TwoDecimals(float value) => (Math.Round(value, 2) + 0.0).ToString("F2");
