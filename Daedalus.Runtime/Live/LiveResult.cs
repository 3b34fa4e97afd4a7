namespace Daedalus.Runtime;

/// <summary>What a live graph did, so far (<see cref="LiveGraph.Snapshot"/>) or in all (<see cref="LiveGraph.Completion"/>).</summary>
/// <param name="Run">
/// Per node (removed nodes included) and per edge (removed edges, readers and the plugs of unconnected outputs included,
/// a plug as <c>node.Port->(plug)</c> whose items are all dropped), and every failure.
/// </param>
/// <param name="Accounting">Every item produced, and where it went.</param>
public sealed record LiveResult(RunResult Run, LiveAccounting Accounting)
{
    /// <summary>The run's table (<see cref="RunResult.ToTable"/>) followed by the accounting line.</summary>
    public string ToTable() => Run.ToTable() + "\n" + Accounting + "\n";
}

/// <summary>
/// Where every item of a live graph went: <c>Produced = Delivered + Dropped + Orphaned + Queued + Lost</c>, where
/// <see cref="Lost"/> is always 0 and <see cref="Queued"/> is 0 once the graph stopped.
/// </summary>
/// <param name="Produced">Items written by nodes and feeds: to edges, readers and plugs.</param>
/// <param name="Delivered">Items a consumer (a node or a reader) took.</param>
/// <param name="Dropped">Items an edge's policy discarded (drop-oldest, drop-newest, newest-wins), and items written to an output with no edge.</param>
/// <param name="Orphaned">Items on an edge that was removed, whose consumer failed, or that still held them when the graph ended; and items a feed accepted but never wrote before an abort.</param>
/// <param name="Queued">Items waiting on edges now.</param>
public readonly record struct LiveAccounting(long Produced, long Delivered, long Dropped, long Orphaned, long Queued)
{
    /// <summary>Items not accounted for: <c>Produced − Delivered − Dropped − Orphaned − Queued</c>; 0 unless Daedalus has a bug.</summary>
    public long Lost => Produced - Delivered - Dropped - Orphaned - Queued;

    /// <summary><c>accounting: produced=P delivered=D dropped=X orphaned=O lost=L</c> (with <c>queued=Q</c> before <c>lost</c> while items wait).</summary>
    public override string ToString() =>
        $"accounting: produced={Produced} delivered={Delivered} dropped={Dropped} orphaned={Orphaned}{(Queued > 0 ? $" queued={Queued}" : "")} lost={Lost}";

    internal static LiveAccounting Of(IEnumerable<EdgeRunStats> edges, long queued, long abandonedBySources)
    {
        long produced = abandonedBySources, delivered = 0, dropped = 0, orphaned = abandonedBySources;
        foreach (var edge in edges)
        {
            produced += edge.Written;
            delivered += edge.Delivered;
            dropped += edge.DroppedOldest + edge.DroppedNewest;
            orphaned += edge.Abandoned + edge.LeftQueued;
        }
        return new LiveAccounting(produced, delivered, dropped, orphaned - queued, queued);
    }

    /// <summary>The row of an output's counting plug: every item written to it dropped.</summary>
    internal static EdgeRunStats PlugRow(string node, string port, long items) =>
        new($"{node}.{port}->(plug)", items, 0, 0, items, 0, 0, 0);
}
