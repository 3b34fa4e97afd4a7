namespace Daedalus.Runtime;

/// <summary>What one session of a durable run reused, computed and stored (<see cref="RunResult.Durable"/>).</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="StartedAs">How the run stood when this session opened it (<see cref="DurableRunStatus.New"/> for a first session).</param>
/// <param name="Status">How it stands now.</param>
public sealed record DurableRunStats(string RunId, DurableRunStatus StartedAs, DurableRunStatus Status)
{
    /// <summary>Nodes whose result came from the store (cache hits): recorded by an earlier session of this run, or cached by another run.</summary>
    public int Hits { get; init; }

    /// <summary>Of <see cref="Hits"/>, the results of cached nodes recorded by other runs.</summary>
    public int HitsFromOtherRuns { get; init; }

    /// <summary>Nodes that ran and recorded their result (cache misses).</summary>
    public int Misses { get; init; }

    /// <summary>Nodes without edges out (sinks), which have no result to record and run in every session, fed from the store.</summary>
    public int Unrecorded { get; init; }

    /// <summary>Bytes of items read back from the store.</summary>
    public long BytesRead { get; init; }

    /// <summary>Bytes of items sent to the store, each distinct blob once per commit (the store keeps one copy of equal content across runs).</summary>
    public long BytesWritten { get; init; }

    /// <summary>Time spent in the store: opening the run, reading, committing.</summary>
    public TimeSpan StoreTime { get; init; }

    /// <summary>Transactions written (one per batch of finished nodes).</summary>
    public int Commits { get; init; }

    /// <summary>Which limit stopped the run ("firings: 1,000 of 1,000"), or null when its budget did not.</summary>
    public string? BudgetExceeded { get; init; }

    /// <summary>What the run consumed in all its sessions, this one included.</summary>
    public RunTotals Totals { get; init; } = RunTotals.None;
}
