using System.Diagnostics;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// The four commits measured on a running <see cref="LiveLanes"/> graph, each undone or alternated so that every
/// repetition starts from the same graph: add a sink on the middle map's output (and remove it again), reconfigure the
/// middle map (a new instance, K alternating 1 and 2), resize the edge after it (capacity alternating 256 and 512).
/// </summary>
public sealed class LiveCommits(LiveGraph live, LiveLanes lanes)
{
    /// <summary>The name of the node <see cref="AddNode"/> adds.</summary>
    public const string Extra = "extra";

    private long _reconfigurations;
    private long _resizes;

    /// <summary>The running graph.</summary>
    public LiveGraph Live { get; } = live;

    /// <summary>Adds sink <see cref="Extra"/> on the middle map's output (it then gets every item that map writes).</summary>
    public CommitResult AddNode() =>
        Live.Edit().AddNode(Extra, new Seen()).Connect(lanes.Middle, "Output", Extra, "Value").Commit();

    /// <summary>Removes sink <see cref="Extra"/> and its edge.</summary>
    public CommitResult RemoveNode() => Live.Edit().RemoveNode(Extra).Commit();

    /// <summary>Replaces the middle map by a new instance, K alternating 2 and 1.</summary>
    public CommitResult Reconfigure() =>
        Live.Edit().Reconfigure(lanes.Middle, new AddConstant { K = ++_reconfigurations % 2 == 1 ? 2 : 1 }).Commit();

    /// <summary>Gives the edge after the middle map another capacity, alternating 256 and 512 (blocking, like the default edge).</summary>
    public CommitResult Resize() =>
        Live.Edit().SetPolicy(lanes.Middle, "Output", lanes.Next, "Value", Edge.Bounded(++_resizes % 2 == 1 ? 256 : 512)).Commit();

    /// <summary>One commit of each kind (<see cref="LiveProfile.Kinds"/>), each timed from the caller: the graph ends as it began.</summary>
    public (string Kind, TimedCommit Commit)[] Cycle() =>
    [
        ("add", Timed(AddNode)),
        ("remove", Timed(RemoveNode)),
        ("reconfigure", Timed(Reconfigure)),
        ("resize", Timed(Resize)),
    ];

    /// <summary>
    /// Each kind once, checked: the commit changed what it should, and the changed graph runs (the added node fires,
    /// items keep reaching the sinks after the reconfiguration and the resize).
    /// </summary>
    public void Verify(LiveLanes lanes)
    {
        Check("add-node", AddNode(), added: 1);
        WaitFor(() => Live.NodeStatus(Extra).Firings > 0, "the added node to fire");
        Check("remove-node", RemoveNode(), removed: 1);
        var middle = Live.NodeStatus(lanes.Middle).Firings;
        Check("reconfigure", Reconfigure(), reconfigured: 1);
        Check("resize", Resize(), changed: 1);
        WaitFor(() => Live.NodeStatus(lanes.Middle).Firings > middle && Live.NodeStatus(lanes.Next).Firings > middle, "the reconfigured node and the resized edge to carry items");
    }

    /// <summary>Throws unless every item of a stopped live graph is accounted for and no node failed.</summary>
    public static void CheckAccounting(LiveResult result)
    {
        if (result.Accounting.Lost != 0 || result.Run.Failures.Count > 0)
            throw new InvalidOperationException($"The live graph lost items or a node failed: {result.Accounting}; {result.Run.Failures.Count} failures.");
    }

    /// <summary>Waits (up to a minute) until <paramref name="condition"/> holds, or throws naming <paramref name="what"/>.</summary>
    public static void WaitFor(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException($"Waited a minute for {what}.");
            Thread.Sleep(1);
        }
    }

    private static TimedCommit Timed(Func<CommitResult> commit)
    {
        var started = Stopwatch.GetTimestamp();
        var result = commit();
        return new TimedCommit(Stopwatch.GetElapsedTime(started), result);
    }

    /// <summary>Throws unless <paramref name="result"/> changed what <paramref name="kind"/> should have.</summary>
    public static void Check(string kind, CommitResult result, int added = 0, int removed = 0, int reconfigured = 0, int changed = 0)
    {
        if (result.NodesAdded != added || result.NodesRemoved != removed || result.NodesReconfigured != reconfigured || result.EdgesChanged != changed || result.Failures.Count > 0)
            throw new InvalidOperationException($"The {kind} commit did not do what it should: {result}.");
    }
}

/// <summary>A commit and its latency measured from the caller.</summary>
/// <param name="Caller">From just before <c>Commit()</c> until it returned.</param>
/// <param name="Result">What the commit reported (its <see cref="CommitResult.Elapsed"/> is measured inside).</param>
public readonly record struct TimedCommit(TimeSpan Caller, CommitResult Result);
