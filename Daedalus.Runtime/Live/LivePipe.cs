namespace Daedalus.Runtime;

/// <summary>
/// A bounded blocking edge of a live graph (<c>Edge.Bounded(n)</c> with <see cref="Overflow.Block"/>, or a default
/// edge): an <see cref="SpscLinkedQueue{T}"/> whose bound the producer's worker keeps by firing only while the edge
/// has room, so no write ever waits inside a firing and a node can be parked for an edit between any two firings.
/// Items a firing writes past the bound (a flat-map, a port node) are kept, in order, and counted in
/// <c>OverCapacity</c>. Each read wakes the producer if it sleeps waiting for room.
/// </summary>
internal sealed class LivePipe<T>(ResolvedEdge spec, WaitSignal consumerSignal, WaitSignal producerSignal) : PipeEdge<T>(spec), IItemReader<T>
{
    private readonly SpscLinkedQueue<T> _queue = new(spec.Id, spec.Policy, consumerSignal);
    private readonly int _capacity = spec.Policy.Capacity;

    public override EdgeBuffer Buffer => _queue;

    public override object Reader => this;

    // The worker fires the producer only while there is room (or the consumer starves, see LiveNode.IsStarved), so a
    // port node that writes FreeSpace items per firing can always write at least one.
    public override int FreeSpace => IsRefusing ? int.MaxValue : Math.Max(1, _capacity - _queue.Count);

    public override bool IsProducerDone => _queue.IsCompletedByProducer;

    int IItemReader<T>.Count => _queue.Count;

    public override void Write(T item)
    {
        if (IsRefusing)
        {
            Discard();
            return;
        }
        if (_queue.Count >= _capacity) _queue.WritingOverCapacity();
        _queue.Write(item);
    }

    public bool TryRead(out T item)
    {
        if (!_queue.TryRead(out item)) return false;
        if (producerSignal.IsArmed) producerSignal.Wake();
        return true;
    }

    public override void Complete() => _queue.Complete();

    protected override long DrainQueue() => Drain(_queue);

    protected override void OnRefused() => producerSignal.Wake();
}

/// <summary>The queues of a live graph's edges: like the pipelined executor's, but no write ever waits inside a firing.</summary>
internal sealed class LiveEdgeFactory(WaitSignal consumer, WaitSignal producer) : IEdgeFactory
{
    public RunEdge Create<T>(ResolvedEdge edge) => edge.Policy switch
    {
        { Kind: EdgeKind.Bounded, Overflow: Overflow.Block } => new LivePipe<T>(edge, consumer, producer),
        { Kind: EdgeKind.Bounded } => new RingPipe<T>(edge, consumer, CancellationToken.None),
        { Kind: EdgeKind.Latest } => new LatestPipe<T>(edge, consumer),
        _ => new FifoPipe<T>(edge, consumer),
    };

    public RunEdge CreateByteStream(ResolvedEdge edge) =>
        throw new NotSupportedException($"Edge '{edge.Id}' is a byte stream; live graphs do not run byte-stream ports.");
}
