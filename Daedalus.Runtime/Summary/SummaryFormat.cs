using System.Globalization;

namespace Daedalus.Runtime;

/// <summary>How the run summary writes numbers and times: invariant culture, whatever the machine's.</summary>
internal static class SummaryFormat
{
    private const double NanosecondsPerTick = 1e9 / TimeSpan.TicksPerSecond;

    /// <summary>A count with thousands separators: <c>1,234,567</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A duration in the largest unit that keeps it at 1 or more: <c>2.250 s</c>, <c>3.000 ms</c>,
    /// <c>750.0 µs</c>, <c>100.0 ns</c>; <c>0</c> for none.
    /// </summary>
    public static string Duration(TimeSpan value) => Nanoseconds(value.Ticks * NanosecondsPerTick);

    /// <summary>
    /// A duration given in nanoseconds, fractions kept (a mean per firing is often below the 100 ns of a
    /// <see cref="TimeSpan"/> tick), in the largest unit that keeps it at 1 or more; <c>0</c> for none.
    /// </summary>
    public static string Nanoseconds(double nanoseconds) => nanoseconds switch
    {
        <= 0 => "0",
        >= 1e9 => Format(nanoseconds / 1e9, "0.000", "s"),
        >= 1e6 => Format(nanoseconds / 1e6, "0.000", "ms"),
        >= 1e3 => Format(nanoseconds / 1e3, "0.0", "µs"),
        _ => Format(nanoseconds, "0.0", "ns"),
    };

    /// <summary>A node's mean time per firing, from its total busy time: not rounded to whole ticks first.</summary>
    public static string MeanFiring(NodeRunStats node) =>
        node.Firings == 0 ? "-" : Nanoseconds(node.Busy.Ticks * NanosecondsPerTick / node.Firings);

    /// <summary>A node's outcome in lower case, with <c>(in flight)</c> when a firing was cut off.</summary>
    public static string Outcome(NodeRunStats node)
    {
        var outcome = node.Outcome switch
        {
            NodeOutcome.Completed => "completed",
            NodeOutcome.Failed => "failed",
            NodeOutcome.Cancelled => "cancelled",
            NodeOutcome.Paused => "paused",
            NodeOutcome.Reused => "reused",
            NodeOutcome.Stopped => "stopped",
            _ => node.Outcome.ToString(),
        };
        return node.InFlight ? $"{outcome} (in flight)" : outcome;
    }

    /// <summary>A size in bytes, in B, KB, MB or GB (powers of 1,024) with up to one decimal.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        < 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
    };

    /// <summary>How a durable run stands, in words.</summary>
    public static string Status(DurableRunStatus status) => status switch
    {
        DurableRunStatus.New => "new",
        DurableRunStatus.Running => "unfinished",
        DurableRunStatus.Completed => "completed",
        DurableRunStatus.BudgetExceeded => "stopped at its budget",
        _ => "failed",
    };

    /// <summary>Text on one line: line breaks become spaces.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Format(double value, string format, string unit) =>
        value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
}
