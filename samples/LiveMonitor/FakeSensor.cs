using System.Globalization;

namespace LiveMonitor;

/// <summary>
/// Deterministic fake sensor lines: the same seed, tick and sensor always give the same line, so every run (and a
/// sensor bank replaced by a reconfiguration) reads the same values. Even sensors measure temperature, odd ones pressure;
/// now and then a line is garbled (the parser rejects it) or a value spikes (the range check rejects it).
/// </summary>
public static class FakeSensor
{
    /// <summary>The line of <paramref name="sensor"/> at <paramref name="tick"/>: <c>s2 temperature 21.37 118</c>.</summary>
    public static string Line(int seed, long tick, int sensor, int glitchEvery)
    {
        var noise = Mix((ulong)seed, (ulong)tick, (ulong)sensor);
        var name = $"s{sensor}";
        var temperature = sensor % 2 == 0;
        var kind = temperature ? "temperature" : "pressure";
        if (glitchEvery > 0 && noise % (ulong)glitchEvery == 0)
        {
            // Half the glitches are garbled lines, half are spikes no real sensor reads.
            return (noise >> 32) % 2 == 0 ? $"{name} {kind} ### {tick}" : Format(name, kind, 9_999, tick);
        }
        var (level, swing) = temperature ? (21.0, 4.0) : (1013.0, 6.0);
        var jitter = (noise >> 11) * (1.0 / (1UL << 53)) - 0.5;
        return Format(name, kind, level + swing * Math.Sin(tick * 0.05 + sensor) + jitter, tick);
    }

    private static string Format(string name, string kind, double value, long tick) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} {kind} {value:0.00} {tick}");

    /// <summary>SplitMix64 over the three inputs: a cheap, well-spread hash.</summary>
    private static ulong Mix(ulong seed, ulong tick, ulong sensor)
    {
        var z = seed * 0x9E3779B97F4A7C15UL + tick * 0xBF58476D1CE4E5B9UL + sensor * 0x94D049BB133111EBUL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
