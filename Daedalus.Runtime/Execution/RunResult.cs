namespace Daedalus.Runtime;

/// <summary>What one run did: per node, per edge, every failure, and whether it was cancelled.</summary>
public sealed partial record RunResult(
    string Graph,
    string Executor,
    TimeSpan Elapsed,
    bool Cancelled,
    IReadOnlyList<NodeRunStats> Nodes,
    IReadOnlyList<EdgeRunStats> Edges,
    IReadOnlyList<NodeFailure> Failures)
{
    /// <summary>
    /// Whether every node finished without failing, nothing was cancelled and no item was left queued (a
    /// paused run succeeds without failures and cancellation: its queued items are in its snapshot).
    /// </summary>
    public bool Succeeded => !Cancelled && Failures.Count == 0 && Durable?.BudgetExceeded is null && (Paused || Edges.All(e => e.LeftQueued == 0 && e.Abandoned == 0));

    /// <summary>What a durable run (<see cref="RunOptions.Durable"/>) reused, computed and stored; null for other runs.</summary>
    public DurableRunStats? Durable { get; init; }

    /// <summary>Finds a node's figures by name.</summary>
    public NodeRunStats Node(string name) =>
        Nodes.FirstOrDefault(n => n.Name == name) ?? throw new KeyNotFoundException($"Run of '{Graph}' has no node '{name}'.");

    /// <summary>Finds an edge's figures by id (<c>from.Port->to.Port</c>).</summary>
    public EdgeRunStats Edge(string id) =>
        Edges.FirstOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"Run of '{Graph}' has no edge '{id}'.");
}

/// <summary>How a node ended its run.</summary>
public enum NodeOutcome
{
    /// <summary>Ran until it could not fire again.</summary>
    Completed,

    /// <summary>Threw (after any retries); see <see cref="RunResult.Failures"/>.</summary>
    Failed,

    /// <summary>Stopped by cancellation.</summary>
    Cancelled,

    /// <summary>Could still fire when the run paused (<see cref="RunOptions.Pause"/>).</summary>
    Paused,

    /// <summary>Durable runs: took its result from the store (recorded by an earlier session of the run, or cached by another run) and did not fire.</summary>
    Reused,

    /// <summary>Durable runs: unfinished when the run's budget stopped it; the resumed run runs it.</summary>
    Stopped,
}

/// <summary>One node's figures for a run.</summary>
/// <param name="Name">The node's name in the graph.</param>
/// <param name="Firings">Successful firings.</param>
/// <param name="Retries">Failed attempts that were retried.</param>
/// <param name="Busy">Time spent firing the node.</param>
/// <param name="Outcome">How the node ended.</param>
/// <param name="InFlight">Whether a firing was under way when the run was cancelled.</param>
/// <param name="Device">The device that ran the node's GPU segment; null for a CPU node.</param>
public sealed record NodeRunStats(string Name, long Firings, int Retries, TimeSpan Busy, NodeOutcome Outcome, bool InFlight, string? Device = null)
{
    /// <summary>Mean time per firing.</summary>
    public TimeSpan MeanFiring => Firings == 0 ? TimeSpan.Zero : Busy / Firings;
}

/// <summary>One edge's figures for a run.</summary>
/// <param name="Id">The edge, <c>from.Port->to.Port</c>.</param>
/// <param name="Written">Items written by the producer.</param>
/// <param name="Delivered">Items read by the consumer.</param>
/// <param name="DroppedOldest">Items discarded for a newer one (drop-oldest, newest-wins).</param>
/// <param name="DroppedNewest">Items discarded on arrival (drop-newest).</param>
/// <param name="Abandoned">Items discarded because the consumer had failed.</param>
/// <param name="LeftQueued">Items still queued at the end (in flight, when cancelled).</param>
/// <param name="PeakDepth">The most items queued at once (bytes buffered, for a byte-stream edge).</param>
/// <param name="OverCapacity">
/// Items a <see cref="Overflow.Block"/> edge held beyond its capacity because a port node wrote more than
/// <c>FreeSpace</c> in one firing (serial and parallel executors and the compiled run; the pipelined executor
/// makes such a write wait instead). Nothing was lost: they were delivered in order.
/// </param>
public sealed record EdgeRunStats(string Id, long Written, long Delivered, long DroppedOldest, long DroppedNewest, long Abandoned, int LeftQueued, int PeakDepth, long OverCapacity = 0)
{
    /// <summary>The edge's effective policy (<see cref="EdgePolicy.IsDefault"/> when the connection named none); null when unknown.</summary>
    public EdgePolicy? Policy { get; init; }

    /// <summary>Whether the compiled run turned the edge into a local variable (no queue): its peak depth is at most 1.</summary>
    public bool IsFused { get; init; }

    /// <summary>
    /// Durable runs: items written to the store (what the producer wrote, less what the edge's policy dropped). Zero in
    /// other runs.
    /// </summary>
    public long Stored { get; init; }

    /// <summary>Durable runs: items read back from the store into the consumer's input (its producer's result). Zero in other runs.</summary>
    public long Replayed { get; init; }
}

/// <summary>A node that threw.</summary>
/// <param name="Node">The node's name.</param>
/// <param name="Phase"><c>initialize</c>, <c>process</c> or <c>cleanup</c>.</param>
/// <param name="Error">What the node threw (the last attempt's error when retried).</param>
/// <param name="Firing">1-based number of the firing that failed (0 outside <c>process</c>).</param>
/// <param name="InputEdges">The edges into the node, for context.</param>
public sealed record NodeFailure(string Node, string Phase, Exception Error, long Firing, IReadOnlyList<string> InputEdges)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Node} ({Phase}, firing {Firing}): {Error.GetType().Name}: {Error.Message}";
}
