using System.Diagnostics;
using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// The run's budget against what it consumed: its earlier sessions' totals plus this session's firings, time and meter
/// charges. <see cref="Allows"/> is called before every firing, from any worker; once a limit is reached every later
/// check fails, so each node in flight stops before its next firing.
/// </summary>
internal sealed class BudgetCheck(RunBudget? budget, RunTotals before, RunMeters meters)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _firings;
    private string? _exceeded;

    /// <summary>Which limit stopped the run, once one did.</summary>
    public string? Exceeded => Volatile.Read(ref _exceeded);

    /// <summary>Firings counted in this session.</summary>
    public long Firings => Volatile.Read(ref _firings);

    /// <summary>This session's time so far.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>Whether the budget allows another firing; once a limit is reached (<see cref="Exceeded"/> set), never again.</summary>
    public bool Allows()
    {
        if (budget is null) return true;
        if (Exceeded is not null) return false;
        if (Reached() is not { } limit) return true;
        Interlocked.CompareExchange(ref _exceeded, limit, null);
        return false;
    }

    /// <summary>Counts one firing.</summary>
    public void Fired() => Interlocked.Increment(ref _firings);

    /// <summary>What the run consumed in all its sessions, this one included.</summary>
    public RunTotals Totals() => new(before.Firings + Firings, before.Elapsed + Elapsed, meters.AddTo(before.Meters));

    private string? Reached()
    {
        if (budget!.MaxFirings is { } maxFirings && before.Firings + Firings >= maxFirings)
            return Invariant($"firings: {before.Firings + Firings:N0} of {maxFirings:N0}");
        if (budget.MaxDuration is { } maxDuration && before.Elapsed + Elapsed >= maxDuration)
            return Invariant($"duration: {(before.Elapsed + Elapsed).TotalSeconds:0.###} s of {maxDuration.TotalSeconds:0.###} s");
        foreach (var (meter, limit) in budget.Meters)
        {
            var used = before.Meters.GetValueOrDefault(meter) + meters.Charged(meter);
            if (used >= limit) return Invariant($"{meter}: {used:N0} of {limit:N0}");
        }
        return null;
    }
}
