namespace Daedalus.Runtime;

/// <summary>
/// The names Daedalus publishes telemetry under: the meter and activity source, every instrument, span
/// and tag. Use them to subscribe (a <c>MeterListener</c>, an OpenTelemetry <c>AddMeter</c>/<c>AddSource</c>)
/// or to configure views. docs/telemetry.md lists what each instrument counts and when it is recorded.
/// </summary>
public static class TelemetryNames
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> and of the <see cref="System.Diagnostics.ActivitySource"/>.</summary>
    public const string Source = "Daedalus";

    /// <summary>Counter of successful node firings (<c>{firing}</c>); tags graph, node, executor.</summary>
    public const string NodeFirings = "daedalus.node.firings";

    /// <summary>Histogram of the time one node spent firing in one run, in seconds; tags graph, node, executor.</summary>
    public const string NodeDuration = "daedalus.node.duration";

    /// <summary>Counter of node failures after retries (<c>{failure}</c>); tags graph, node, phase, executor.</summary>
    public const string NodeFailures = "daedalus.node.failures";

    /// <summary>Counter of failed attempts that were retried (<c>{retry}</c>); tags graph, node, executor.</summary>
    public const string NodeRetries = "daedalus.node.retries";

    /// <summary>Counter of items written to an edge (<c>{item}</c>); tags graph, edge, executor.</summary>
    public const string EdgeItems = "daedalus.edge.items";

    /// <summary>Counter of items an edge discarded (<c>{item}</c>); tags graph, edge, reason, executor.</summary>
    public const string EdgeDrops = "daedalus.edge.drops";

    /// <summary>
    /// Counter of items a Block edge held beyond its capacity because a port node wrote more than its free
    /// space in one firing (<c>{item}</c>); tags graph, edge, executor.
    /// </summary>
    public const string EdgeOverCapacity = "daedalus.edge.over_capacity";

    /// <summary>Observable gauge of the items waiting on an edge of a run in flight (<c>{item}</c>); tags graph, edge.</summary>
    public const string EdgeQueueDepth = "daedalus.edge.queue_depth";

    /// <summary>Histogram of a whole run's wall-clock time, in seconds; tags graph, executor, outcome.</summary>
    public const string RunDuration = "daedalus.run.duration";

    /// <summary>The span of one run.</summary>
    public const string RunActivity = "daedalus.run";

    /// <summary>The span of one firing (only with <see cref="RunOptions.TraceFirings"/>).</summary>
    public const string FiringActivity = "daedalus.firing";

    /// <summary>Tag: the graph's name.</summary>
    public const string GraphTag = "daedalus.graph";

    /// <summary>Tag: the node's name in its graph.</summary>
    public const string NodeTag = "daedalus.node";

    /// <summary>Tag: the edge's id, <c>from.Port->to.Port</c>.</summary>
    public const string EdgeTag = "daedalus.edge";

    /// <summary>Tag: the executor's name (<see cref="Executor.Name"/>).</summary>
    public const string ExecutorTag = "daedalus.executor";

    /// <summary>Tag: why an edge dropped items, one of <see cref="DropOldest"/>, <see cref="DropNewest"/>, <see cref="Abandoned"/>.</summary>
    public const string ReasonTag = "daedalus.drop.reason";

    /// <summary>Tag: where a node failed, <c>initialize</c>, <c>process</c> or <c>cleanup</c>.</summary>
    public const string PhaseTag = "daedalus.node.phase";

    /// <summary>Tag: how a run ended, one of <see cref="Succeeded"/>, <see cref="Failed"/>, <see cref="Cancelled"/>, <see cref="Paused"/>, <see cref="BudgetExceeded"/>.</summary>
    public const string OutcomeTag = "daedalus.run.outcome";

    /// <summary>Span tag: the 1-based number of a traced firing.</summary>
    public const string FiringTag = "daedalus.firing";

    /// <summary>Drop reason: a newer item replaced a waiting one.</summary>
    public const string DropOldest = "drop-oldest";

    /// <summary>Drop reason: an arriving item found the edge full.</summary>
    public const string DropNewest = "drop-newest";

    /// <summary>Drop reason: the consumer had failed, so the item could never be read.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>Run outcome: no failure, no cancellation, nothing left queued.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Run outcome: a node failed or items were left queued.</summary>
    public const string Failed = "failed";

    /// <summary>Run outcome: the run was cancelled.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Run outcome: the run paused between passes and returned a snapshot (<see cref="RunOptions.Pause"/>).</summary>
    public const string Paused = "paused";

    /// <summary>Run outcome: a durable run stopped at its budget (<see cref="RunBudget"/>).</summary>
    public const string BudgetExceeded = "budget-exceeded";

    /// <summary>Durable runs: node results taken from the store or computed, by <see cref="ResultTag"/>.</summary>
    public const string DurableResults = "daedalus.durable.results";

    /// <summary>Durable runs: bytes of items written to or read from the store, by <see cref="DirectionTag"/>.</summary>
    public const string DurableBytes = "daedalus.durable.bytes";

    /// <summary>Durable runs: time spent in the store in one run.</summary>
    public const string DurableStoreDuration = "daedalus.durable.store.duration";

    /// <summary>Tag: <see cref="Hit"/> (reused from the store) or <see cref="Miss"/> (computed and stored).</summary>
    public const string ResultTag = "daedalus.durable.result";

    /// <summary>Tag: <c>written</c> or <c>read</c>.</summary>
    public const string DirectionTag = "daedalus.durable.direction";

    /// <summary>Span tag: the durable run's id.</summary>
    public const string RunIdTag = "daedalus.durable.run_id";

    /// <summary>Result kind: reused from the store.</summary>
    public const string Hit = "hit";

    /// <summary>Result kind: computed and stored.</summary>
    public const string Miss = "miss";
}
