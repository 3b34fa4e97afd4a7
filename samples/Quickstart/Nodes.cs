using Daedalus;

namespace Quickstart;

/// <summary>Source: a day of per-minute readings from three sensors (a deterministic simulation).</summary>
[Node]
public sealed partial class SensorFeed
{
    public int Minutes { get; init; } = 24 * 60;

    [Process]
    public IEnumerable<Reading> Readings()
    {
        string[] sensors = ["boiler", "intake", "roof"];
        double[] baseline = [71.0, 12.0, 18.0];
        for (var minute = 0; minute < Minutes; minute++)
        {
            for (var s = 0; s < sensors.Length; s++)
            {
                var daily = 6.0 * Math.Sin(2 * Math.PI * minute / (24 * 60));
                var spike = s == 0 && minute % 400 == 399 ? 25.0 : 0.0;   // the boiler overheats now and then
                yield return new Reading(sensors[s], minute, baseline[s] + daily + spike);
            }
        }
    }
}

/// <summary>Function node: corrects a known sensor bias.</summary>
[Node]
public sealed partial class Calibrate
{
    public double Offset { get; init; }

    [Process]
    public Reading Apply(Reading reading) => reading with { Celsius = reading.Celsius + Offset };
}

/// <summary>Port node: routes each reading to Alarms or Normal.</summary>
[Node]
public sealed partial class Threshold
{
    public double Limit { get; init; } = 90;

    [Input] public partial InPort<Reading> Readings { get; }
    [Output] public partial OutPort<Reading> Normal { get; }
    [Output] public partial OutPort<Reading> Alarms { get; }

    [Process]
    public void Route()
    {
        while (Alarms.FreeSpace > 0 && Readings.TryRead(out var reading))
        {
            (reading.Celsius > Limit ? Alarms : Normal).Write(reading);
        }
    }
}

/// <summary>Sink: per-sensor minimum, maximum and mean.</summary>
[Node]
public sealed partial class Statistics
{
    private readonly SortedDictionary<string, (int Count, double Sum, double Min, double Max)> _bySensor = new();

    public IReadOnlyDictionary<string, (int Count, double Sum, double Min, double Max)> BySensor => _bySensor;

    [Process]
    public void Add(Reading reading)
    {
        var s = _bySensor.TryGetValue(reading.Sensor, out var current) ? current : (0, 0.0, double.MaxValue, double.MinValue);
        _bySensor[reading.Sensor] = (s.Item1 + 1, s.Item2 + reading.Celsius, Math.Min(s.Item3, reading.Celsius), Math.Max(s.Item4, reading.Celsius));
    }
}

/// <summary>Sink with lifecycle hooks: keeps the alarms it was given.</summary>
[Node]
public sealed partial class AlarmLog
{
    public List<Reading> Alarms { get; } = [];

    [Initialize]
    public void Open() => Alarms.Clear();

    [Process]
    public void Record(Reading alarm) => Alarms.Add(alarm);

    [Cleanup]
    public void Close() => Console.WriteLine($"  alarm log closed with {Alarms.Count} alarm(s)");
}
