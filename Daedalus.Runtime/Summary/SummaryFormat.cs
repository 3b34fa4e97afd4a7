using System.Globalization;

namespace Daedalus.Runtime;

/// <summary>How the run summary writes numbers and times: invariant culture, whatever the machine's.</summary>
internal static class SummaryFormat
{
    /// <summary>A count with thousands separators: <c>1,234,567</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A duration in the largest unit that keeps it at 1 or more: <c>2.250 s</c>, <c>3.000 ms</c>,
    /// <c>750.0 µs</c>; <c>0</c> for none.
    /// </summary>
    public static string Duration(TimeSpan value) => value.Ticks switch
    {
        0 => "0",
        >= TimeSpan.TicksPerSecond => Format(value.TotalSeconds, "0.000", "s"),
        >= TimeSpan.TicksPerMillisecond => Format(value.TotalMilliseconds, "0.000", "ms"),
        _ => Format(value.TotalMicroseconds, "0.0", "µs"),
    };

    /// <summary>A node's outcome in lower case, with <c>(in flight)</c> when a firing was cut off.</summary>
    public static string Outcome(NodeRunStats node)
    {
        var outcome = node.Outcome switch
        {
            NodeOutcome.Completed => "completed",
            NodeOutcome.Failed => "failed",
            NodeOutcome.Cancelled => "cancelled",
            NodeOutcome.Paused => "paused",
            _ => node.Outcome.ToString(),
        };
        return node.InFlight ? $"{outcome} (in flight)" : outcome;
    }

    /// <summary>Text on one line: line breaks become spaces.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Format(double value, string format, string unit) =>
        value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
}
