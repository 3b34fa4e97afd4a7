namespace Daedalus.Runtime;

/// <summary>
/// An edge of the pipelined executor: a thread-safe queue between the producer's worker and the
/// consumer's worker. The producer's output writes through the edge itself, which discards items once
/// the consumer refused the edge and gives blocking writes the run's cancellation token (an
/// <see cref="IItemWriter{T}.Write"/> call carries none).
/// </summary>
internal abstract class PipeEdge<T>(ResolvedEdge spec) : RunEdge(spec), IItemWriter<T>
{
    /// <inheritdoc/>
    public override object Writer => this;

    /// <inheritdoc/>
    public abstract int FreeSpace { get; }

    /// <inheritdoc/>
    public abstract void Write(T item);

    /// <inheritdoc/>
    public override long MoveItemsTo(RunEdge target)
    {
        var reader = (IItemReader<T>)Reader;
        var writer = (IItemWriter<T>)target.Writer;
        long moved = 0;
        while (reader.TryRead(out var item))
        {
            writer.Write(item);
            moved++;
        }
        return moved;
    }

    /// <summary>Reads and discards every queued item through <paramref name="reader"/>.</summary>
    protected static long Drain(IItemReader<T> reader)
    {
        long drained = 0;
        while (reader.TryRead(out _)) drained++;
        return drained;
    }
}

/// <summary>A bounded pipelined edge: an <see cref="SpscRing{T}"/> with the edge's capacity and overflow.</summary>
internal sealed class RingPipe<T>(ResolvedEdge spec, WaitSignal consumerSignal, CancellationToken cancellation) : PipeEdge<T>(spec)
{
    private readonly SpscRing<T> _ring = new(spec.Id, spec.Policy.Capacity, spec.Policy.Overflow, consumerSignal);

    public override EdgeBuffer Buffer => _ring;

    public override object Reader => _ring;

    public override int FreeSpace => IsRefusing ? int.MaxValue : _ring.FreeSpace;

    public override bool IsProducerDone => _ring.IsCompletedByProducer;

    public override void Write(T item)
    {
        if (IsRefusing) Discard();
        else _ring.Write(item, cancellation);
    }

    public override void Complete() => _ring.Complete();

    // A consumer that refuses the edge drains it, which frees room and wakes this wait.
    public override void WaitForRoom(CancellationToken cancellation)
    {
        if (!IsRefusing) _ring.WaitForRoom(cancellation);
    }

    protected override long DrainQueue() => Drain(_ring);
}

/// <summary>An unbounded pipelined edge: an <see cref="SpscLinkedQueue{T}"/>.</summary>
internal sealed class FifoPipe<T>(ResolvedEdge spec, WaitSignal consumerSignal) : PipeEdge<T>(spec)
{
    private readonly SpscLinkedQueue<T> _queue = new(spec.Id, spec.Policy, consumerSignal);

    public override EdgeBuffer Buffer => _queue;

    public override object Reader => _queue;

    public override int FreeSpace => int.MaxValue;

    // Never holds its producer back, even for a default edge (which slices of the schedule keep unbounded).
    public override bool IsBlocking => false;

    public override bool IsProducerDone => _queue.IsCompletedByProducer;

    public override void Write(T item)
    {
        if (IsRefusing) Discard();
        else _queue.Write(item);
    }

    public override void Complete() => _queue.Complete();

    protected override long DrainQueue() => Drain(_queue);
}

/// <summary>A newest-wins pipelined edge: a <see cref="ConcurrentLatestSlot{T}"/>.</summary>
internal sealed class LatestPipe<T>(ResolvedEdge spec, WaitSignal consumerSignal) : PipeEdge<T>(spec)
{
    private readonly ConcurrentLatestSlot<T> _slot = new(spec.Id, consumerSignal);

    public override EdgeBuffer Buffer => _slot;

    public override object Reader => _slot;

    public override int FreeSpace => 1;

    public override bool IsProducerDone => _slot.IsCompletedByProducer;

    public override void Write(T item)
    {
        if (IsRefusing) Discard();
        else _slot.Write(item);
    }

    public override void Complete() => _slot.Complete();

    protected override long DrainQueue() => Drain(_slot);
}
