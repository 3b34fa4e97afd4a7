namespace Daedalus.Runtime;

/// <summary>
/// Limits of a durable run over all its sessions: time, firings and named meters that nodes charge through
/// <see cref="NodeContext.Charge"/>. Checked before every firing; a run at a limit stops as
/// <see cref="DurableRunStatus.BudgetExceeded"/> with everything it finished stored, and resumes (same run id) with a
/// larger budget. A firing under way when a limit is reached finishes, so a run overshoots by at most one firing per
/// node in flight.
/// </summary>
public sealed record RunBudget
{
    /// <summary>The most time the run's sessions may take together; unlimited when null.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>The most firings of all nodes together; unlimited when null.</summary>
    public long? MaxFirings { get; init; }

    /// <summary>The most of each named meter the nodes may charge; meters not named here are counted, not limited.</summary>
    public IReadOnlyDictionary<string, long> Meters { get; init; } = new Dictionary<string, long>();
}
