namespace Daedalus.Runtime;

/// <summary>
/// One edge of a live graph over its whole life: the queue it uses now and the queues a resize or a policy change
/// replaced (their items moved to the new one), so its figures add up across every change.
/// </summary>
internal sealed class LiveEdgeRecord(string id, LiveNode producer, int fromPort, LiveNode? consumer, WaitSignal consumerSignal, int toPort, RunEdge edge)
{
    private readonly List<RunEdge> _replaced = [];
    private long _moved;

    /// <summary>The edge's id, <c>from.Port->to.Port</c> (a reader's: <c>from.Port->(reader N)</c>).</summary>
    public string Id { get; } = id;

    public LiveNode Producer { get; } = producer;

    public int FromPort { get; } = fromPort;

    /// <summary>The consuming node; null for a <see cref="LiveReader{T}"/>, which reads the edge from outside.</summary>
    public LiveNode? Consumer { get; } = consumer;

    /// <summary>A reader's own state (its <see cref="ILiveReader"/>); null for an edge between nodes.</summary>
    public object? ConsumerState { get; init; }

    /// <summary>The signal the consumer (a node's worker, or a reader) sleeps on.</summary>
    public WaitSignal ConsumerSignal { get; } = consumerSignal;

    public int ToPort { get; } = toPort;

    /// <summary>The queue in use.</summary>
    public RunEdge Current { get; private set; } = edge;

    public EdgePolicy Policy => Current.Spec.Policy;

    /// <summary>Whether the edge was removed from the graph (its queued items were counted as orphaned).</summary>
    public bool IsRemoved { get; private set; }

    /// <summary>Both ends parked: moves every queued item to <paramref name="next"/>, which serves from now on; returns how many moved.</summary>
    public long Replace(RunEdge next)
    {
        var moved = Current.MoveItemsTo(next);
        _moved += moved;
        _replaced.Add(Current);
        Current = next;
        return moved;
    }

    /// <summary>Both ends parked: the edge leaves the graph; what it held is orphaned. Returns how many items that was.</summary>
    public long Remove()
    {
        IsRemoved = true;
        var queued = Current.Buffer.Count;
        Current.Refuse(consumerFailed: false);
        return queued;
    }

    /// <summary>The edge's figures over its whole life (every item moved by a resize counted once).</summary>
    public EdgeRunStats Stats()
    {
        var current = Current.Stats();
        long written = current.Written - _moved, delivered = current.Delivered - _moved;
        long droppedOldest = current.DroppedOldest, droppedNewest = current.DroppedNewest, abandoned = current.Abandoned, over = current.OverCapacity;
        long left = current.LeftQueued;
        var peak = current.PeakDepth;
        foreach (var old in _replaced)
        {
            var stats = old.Stats();
            written += stats.Written;
            delivered += stats.Delivered;
            droppedOldest += stats.DroppedOldest;
            droppedNewest += stats.DroppedNewest;
            abandoned += stats.Abandoned;
            left += stats.LeftQueued;
            over += stats.OverCapacity;
            peak = Math.Max(peak, stats.PeakDepth);
        }
        return new EdgeRunStats(Id, written, delivered, droppedOldest, droppedNewest, abandoned, (int)Math.Min(left, int.MaxValue), peak, over)
        {
            Policy = Policy,
        };
    }
}
