using Microsoft.Extensions.Logging;

namespace Daedalus.Runtime;

/// <summary>How a live graph runs (<see cref="RuntimeGraph.Start(LiveOptions?)"/>).</summary>
public sealed class LiveOptions
{
    /// <summary>Each node's execution mode, by node name; a node not named here is <see cref="NodeMode.Reactive"/>.</summary>
    public IReadOnlyDictionary<string, NodeMode> Modes { get; init; } = new Dictionary<string, NodeMode>();

    /// <summary>Retry policies, by node name, as in <see cref="RunOptions.Retry"/>.</summary>
    public IReadOnlyDictionary<string, RetryPolicy> Retry { get; init; } = new Dictionary<string, RetryPolicy>();

    /// <summary>Metadata, by node name, that the node sees in its <see cref="NodeContext.Metadata"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Metadata { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Where nodes log (<see cref="NodeContext.Logger"/>); nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Null (the default): every node has a worker thread of its own for its whole life. A number: the nodes share that
    /// many worker threads, each node holding one only while it has work, which a graph of thousands of nodes needs.
    /// A pooled node's firings should not block for long (a blocked firing holds a shared worker): sources that wait
    /// for the outside belong in <see cref="Feed{T}"/>s. <see cref="LiveNodeStatus.WorkerThreadId"/> is then 0.
    /// </summary>
    public int? Workers
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A live graph needs at least one worker.");
    }
}

/// <summary>When a live node fires.</summary>
public sealed record NodeMode
{
    private NodeMode(string name, TimeSpan interval)
    {
        Name = name;
        Interval = interval;
    }

    /// <summary>Fires whenever its inputs allow it (a source: whenever its outputs have room). The default.</summary>
    public static NodeMode Reactive { get; } = new("reactive", TimeSpan.Zero);

    /// <summary>Fires only when <see cref="LiveGraph.Trigger(string, int)"/> asks it to, once per trigger.</summary>
    public static NodeMode Manual { get; } = new("manual", TimeSpan.Zero);

    /// <summary>Tries to fire once every <paramref name="interval"/>, whether or not items arrived in between.</summary>
    public static NodeMode Continuous(TimeSpan interval) => interval > TimeSpan.Zero && interval <= MaxInterval
        ? new NodeMode("continuous", interval)
        : throw new ArgumentOutOfRangeException(nameof(interval), interval, $"A continuous node's interval must be above zero and at most {MaxInterval.TotalDays:0} days.");

    /// <summary>The longest interval of a continuous node.</summary>
    public static TimeSpan MaxInterval { get; } = TimeSpan.FromDays(24);

    /// <summary>"reactive", "manual" or "continuous".</summary>
    public string Name { get; }

    /// <summary>A continuous node's interval; zero for the others.</summary>
    public TimeSpan Interval { get; }

    /// <inheritdoc/>
    public override string ToString() => Interval > TimeSpan.Zero ? $"{Name} every {Interval}" : Name;
}

/// <summary>Whether the edits of a <see cref="LiveEdit"/> apply one by one or together.</summary>
public enum CommitMode
{
    /// <summary>Edits are batched until <see cref="LiveEdit.Commit"/>, validated together and applied together.</summary>
    Manual,

    /// <summary>Each edit is validated and applied at once, as a commit of its own.</summary>
    Auto,
}

/// <summary>Where a live graph is in its life.</summary>
public enum LiveStatus
{
    /// <summary>Nodes fire as items arrive; edits are accepted.</summary>
    Running,

    /// <summary><see cref="LiveGraph.StopAsync"/> was called: sources stopped and queues drain.</summary>
    Stopping,

    /// <summary>Every node finished and ran its cleanup; <see cref="LiveGraph.Completion"/> holds the result.</summary>
    Stopped,

    /// <summary><see cref="LiveGraph.Abort"/> cancelled the nodes; what was queued is counted as orphaned.</summary>
    Aborted,
}
