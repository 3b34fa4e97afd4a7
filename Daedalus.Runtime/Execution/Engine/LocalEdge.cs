namespace Daedalus.Runtime;

/// <summary>
/// An edge of the serial and parallel executors: a single-thread queue (FIFO, bounded ring or latest
/// slot) that the producer's output writes to directly. Those executors never let two threads touch
/// one queue at once. When the consumer refuses the edge, the producer's target is swapped for a
/// counter, which is safe because the producer is not firing at that moment.
/// </summary>
internal sealed class LocalEdge<T> : RunEdge
{
    private readonly IItemReader<T> _queue;
    private readonly EdgeBuffer _buffer;
    private IItemWriter<T>[]? _targets;
    private int _slot;

    public LocalEdge(ResolvedEdge spec) : base(spec)
    {
        var policy = spec.Policy;
        (_queue, _buffer) = policy.Kind switch
        {
            EdgeKind.Bounded => Pair(new BoundedRing<T>(spec.Id, policy)),
            EdgeKind.Latest => Pair(new LatestSlot<T>(spec.Id)),
            _ => Pair(new FifoQueue<T>(spec.Id)),
        };
    }

    /// <inheritdoc/>
    public override EdgeBuffer Buffer => _buffer;

    /// <inheritdoc/>
    public override object Reader => _queue;

    /// <inheritdoc/>
    public override object Writer => _queue;

    /// <summary>
    /// Remembers where the producer's output holds this edge's writer, to swap it on refusal; an edge that
    /// already refuses (its consumer failed before the producer was bound again, as when a resumed source
    /// skips with its outputs unbound) swaps it at once, so every binding discards alike.
    /// </summary>
    public override void AttachProducer(Array targets, int slot)
    {
        _targets = (IItemWriter<T>[])targets;
        _slot = slot;
        if (IsRefusing) OnRefused();
    }

    /// <inheritdoc/>
    public override void ResetForReuse()
    {
        if (IsRefusing) throw new InvalidOperationException($"Edge '{Spec.Id}' refused items in its run; it cannot be reused.");
        _buffer.Reset();
    }

    /// <summary>The items waiting on the edge, oldest first, left in place (for a snapshot of a paused run).</summary>
    public List<T> QueuedItems()
    {
        var items = new List<T>(_buffer.Count);
        ((IQueuedItems<T>)_queue).CopyQueued(items);
        return items;
    }

    /// <inheritdoc/>
    protected override long DrainQueue()
    {
        long drained = 0;
        while (_queue.TryRead(out _)) drained++;
        return drained;
    }

    /// <inheritdoc/>
    protected override void OnRefused()
    {
        if (_targets is not null) _targets[_slot] = new Discarder(this);
    }

    private static (IItemReader<T>, EdgeBuffer) Pair<TQueue>(TQueue queue) where TQueue : EdgeBuffer, IItemReader<T> => (queue, queue);

    private sealed class Discarder(LocalEdge<T> edge) : IItemWriter<T>
    {
        public int FreeSpace => int.MaxValue;

        public void Write(T item) => edge.Discard();
    }
}
