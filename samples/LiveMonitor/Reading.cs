using System.Globalization;

namespace LiveMonitor;

/// <summary>One sensor's measurement at one tick of the clock.</summary>
public readonly record struct Reading(string Sensor, string Kind, double Value, long Tick)
{
    /// <summary>Parses <c>sensor kind value tick</c>, the line format of <see cref="SensorBank"/>.</summary>
    public static bool TryParse(string line, out Reading reading)
    {
        reading = default;
        var parts = line.Split(' ');
        if (parts.Length != 4
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var tick))
        {
            return false;
        }
        reading = new Reading(parts[0], parts[1], value, tick);
        return true;
    }
}

/// <summary>The rolling mean of one sensor's last readings.</summary>
public readonly record struct Statistic(string Sensor, string Kind, double Mean, int Samples, long Tick);
