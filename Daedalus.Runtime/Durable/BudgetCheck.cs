using System.Diagnostics;
using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// The run's budget against what it consumed: its earlier sessions' totals plus this session's firings, time and meter
/// charges. <see cref="Allows"/> is called before every firing, from any worker; once a limit is reached every later
/// check fails, so each node in flight stops before its next firing.
/// </summary>
/// <param name="budget">The run's budget; none when null.</param>
/// <param name="before">What the run's earlier sessions consumed.</param>
/// <param name="meters">This session's meter charges.</param>
/// <param name="nodeFirings">Each node's firings in this session (the run's own figures), whose sum is the session's firings.</param>
internal sealed class BudgetCheck(RunBudget? budget, RunTotals before, RunMeters meters, long[] nodeFirings)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    // Only a firing limit needs a count shared by the workers at every firing; otherwise the nodes' own figures serve.
    private readonly bool _countsFirings = budget?.MaxFirings is not null;
    private long _firings;
    private string? _exceeded;

    /// <summary>Which limit stopped the run, once one did.</summary>
    public string? Exceeded => Volatile.Read(ref _exceeded);

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

    /// <summary>Counts one firing against a firing limit (nothing to do without one).</summary>
    public void Fired()
    {
        if (_countsFirings) Interlocked.Increment(ref _firings);
    }

    /// <summary>
    /// What the run consumed in all its sessions, this one included: the firings of the nodes that finished their turn
    /// so far (all of them once the run ends).
    /// </summary>
    public RunTotals Totals()
    {
        long firings = 0;
        foreach (var count in nodeFirings) firings += count;
        return new(before.Firings + firings, before.Elapsed + Elapsed, meters.AddTo(before.Meters));
    }

    private string? Reached()
    {
        if (budget!.MaxFirings is { } maxFirings && before.Firings + Volatile.Read(ref _firings) >= maxFirings)
            return Invariant($"firings: {before.Firings + Volatile.Read(ref _firings):N0} of {maxFirings:N0}");
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
