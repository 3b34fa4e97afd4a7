using System.Collections.Concurrent;
using Daedalus;

namespace LiveMonitor;

/// <summary>
/// A port node: for every tick of the clock, one line per sensor (<see cref="FakeSensor"/>). Its input is connected at
/// run time to a <c>Ticker</c>, which a [Graph] definition cannot hold.
/// </summary>
[Node]
public sealed partial class SensorBank
{
    /// <summary>The seed of the fake values.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>How many sensors answer each tick.</summary>
    public int Sensors { get; init; } = 4;

    /// <summary>About one line in this many is garbled or spikes; 0 for none.</summary>
    public int GlitchEvery { get; init; } = 97;

    [Input] public partial InPort<long> Ticks { get; }

    [Output] public partial OutPort<string> Lines { get; }

    [Process]
    public void Run()
    {
        // A tick's lines may go past a small edge's capacity: they are held in order and counted as over capacity.
        while (Lines.FreeSpace > 0 && Ticks.TryRead(out var tick))
        {
            for (var sensor = 0; sensor < Sensors; sensor++) Lines.Write(FakeSensor.Line(Seed, tick, sensor, GlitchEvery));
        }
    }
}

/// <summary>A try-map: a line that parses goes on as a <see cref="Reading"/>; a garbled one is dropped.</summary>
[Node]
public sealed partial class ParseReading
{
    [Process]
    public bool TryParse(string line, out Reading reading) => LiveMonitor.Reading.TryParse(line, out reading);
}

/// <summary>A filter: only readings between <see cref="Min"/> and <see cref="Max"/> go on.</summary>
[Node]
public sealed partial class InRange
{
    public double Min { get; init; } = -50;

    public double Max { get; init; } = 1_100;

    [Process, Filter]
    public bool Check(Reading reading) => reading.Value >= Min && reading.Value <= Max;
}

/// <summary>A unit change of the readings of one <see cref="Kind"/>: <c>value × Factor + Offset</c> (factor=1.8 offset=32 turns °C into °F); other readings pass unchanged.</summary>
[Node]
public sealed partial class Scale
{
    public string Kind { get; init; } = "temperature";

    public double Factor { get; init; } = 1;

    public double Offset { get; init; }

    [Process]
    public Reading Run(Reading reading) => reading.Kind == Kind ? reading with { Value = reading.Value * Factor + Offset } : reading;
}

/// <summary>The mean of each sensor's last <see cref="Window"/> readings, once per reading.</summary>
[Node]
public sealed partial class RollingMean
{
    [PerRun] private Dictionary<string, RollingWindow> _windows = new();

    public int Window { get; init; } = 16;

    [Process]
    public Statistic Run(Reading reading)
    {
        if (!_windows.TryGetValue(reading.Sensor, out var window)) _windows[reading.Sensor] = window = new RollingWindow(Window);
        var mean = window.Add(reading.Value);
        return new Statistic(reading.Sensor, reading.Kind, mean, window.Count, reading.Tick);
    }
}

/// <summary>A filter: only statistics of one <see cref="Kind"/> whose mean is above <see cref="Threshold"/> go on (alarms).</summary>
[Node]
public sealed partial class Above
{
    public string Kind { get; init; } = "temperature";

    public double Threshold { get; init; } = 23;

    [Process, Filter]
    public bool Check(Statistic statistic) => statistic.Kind == Kind && statistic.Mean > Threshold;
}

/// <summary>A sink: counts the statistics it gets and keeps each sensor's latest, readable while the graph runs.</summary>
[Node]
public sealed partial class Tally
{
    [PerRun] private long _count;

    public long Count => Interlocked.Read(ref _count);

    public ConcurrentDictionary<string, Statistic> Latest { get; } = new();

    [Process]
    public void Add(Statistic statistic)
    {
        Interlocked.Increment(ref _count);
        Latest[statistic.Sensor] = statistic;
    }
}
