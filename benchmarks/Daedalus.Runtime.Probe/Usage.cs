using System.Diagnostics;

namespace Daedalus.Probe;

/// <summary>Wall-clock, user and system CPU time of one measured step, and the machine's load.</summary>
internal readonly record struct Usage(TimeSpan Wall, TimeSpan User, TimeSpan System)
{
    public static Usage Of(Action step)
    {
        var (user, system) = ProcessorTimes();
        var clock = Stopwatch.StartNew();
        step();
        var wall = clock.Elapsed;
        var (userAfter, systemAfter) = ProcessorTimes();
        return new Usage(wall, userAfter - user, systemAfter - system);
    }

    /// <summary>The 1-minute load average, or "?" where /proc/loadavg does not exist.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public override string ToString() =>
        $"wall {Wall.TotalSeconds,7:0.000} s  user {User.TotalSeconds,7:0.000} s  sys {System.TotalSeconds,7:0.000} s";

    private static (TimeSpan User, TimeSpan System) ProcessorTimes()
    {
        using var process = Process.GetCurrentProcess();
        return (process.UserProcessorTime, process.PrivilegedProcessorTime);
    }
}
