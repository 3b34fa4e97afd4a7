namespace Daedalus.Runtime;

/// <summary>
/// One edge of a live graph over its whole life: the queue it uses now and the queues a resize or a policy change
/// replaced (their items moved to the new one), so its figures add up across every change.
/// </summary>
internal sealed class LiveEdgeRecord(string id, LiveNode producer, int fromPort, LiveNode? consumer, WaitSignal consumerSignal, int toPort, RunEdge edge)
{
    // What the queues a resize replaced counted (final once replaced: nothing writes to them again), items moved out of them included.
    private EdgeRunStats? _replaced;
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
        _replaced = Add(_replaced, Current.Stats());
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
        var total = Add(_replaced, Current.Stats());
        return total with { Written = total.Written - _moved, Delivered = total.Delivered - _moved, Policy = Policy };
    }

    /// <summary>Two sets of figures of one edge added up (the larger peak), under <paramref name="next"/>'s id and policy.</summary>
    public static EdgeRunStats Add(EdgeRunStats? earlier, EdgeRunStats next) => earlier is null ? next : next with
    {
        Written = earlier.Written + next.Written,
        Delivered = earlier.Delivered + next.Delivered,
        DroppedOldest = earlier.DroppedOldest + next.DroppedOldest,
        DroppedNewest = earlier.DroppedNewest + next.DroppedNewest,
        Abandoned = earlier.Abandoned + next.Abandoned,
        LeftQueued = (int)Math.Min(int.MaxValue, (long)earlier.LeftQueued + next.LeftQueued),
        PeakDepth = Math.Max(earlier.PeakDepth, next.PeakDepth),
        OverCapacity = earlier.OverCapacity + next.OverCapacity,
    };
}
