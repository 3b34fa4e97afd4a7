namespace Daedalus.Runtime;

/// <summary>
/// One edge for one run: the queue an executor chose for it, the reader/writer the adapters are bound
/// to, and what the edge discarded because its consumer failed (abandoned) or finished (closed).
/// </summary>
internal abstract class RunEdge(ResolvedEdge spec)
{
    private volatile bool _refusing;
    private bool _consumerFailed;

    /// <summary>The validated edge.</summary>
    public ResolvedEdge Spec { get; } = spec;

    /// <summary>The queue and its counters.</summary>
    public abstract EdgeBuffer Buffer { get; }

    /// <summary>The <c>IItemReader&lt;T&gt;</c> the consumer's input is bound to.</summary>
    public abstract object Reader { get; }

    /// <summary>The <c>IItemWriter&lt;T&gt;</c> the producer's output is bound to.</summary>
    public abstract object Writer { get; }

    /// <summary>Whether the producer waits (or is held back) while the edge is full.</summary>
    public virtual bool IsBlocking => Spec.Policy.Kind == EdgeKind.Bounded && Spec.Policy.Overflow == Overflow.Block;

    /// <summary>Whether writes are discarded because the consumer failed or finished.</summary>
    public bool IsRefusing => _refusing;

    /// <summary>Whether the edge refuses items because its consumer failed (they count as abandoned, not left queued).</summary>
    protected bool ConsumerFailed => _consumerFailed;

    /// <summary>Items the consumer side drained when it refused the edge (counted in the queue's Delivered).</summary>
    protected long Drained { get; set; }

    /// <summary>Writes discarded after the edge began refusing; only the producer's thread counts them.</summary>
    protected long LateDiscards { get; set; }

    /// <summary>Whether the blocking producer may fire: the edge has room or discards everything.</summary>
    public bool HasRoom => _refusing || Buffer.Count < Spec.Policy.Capacity;

    /// <summary>How many items fit before a blocking edge is full (unlimited once the consumer refuses items).</summary>
    public int Room => _refusing ? int.MaxValue : Math.Max(0, Spec.Policy.Capacity - Buffer.Count);

    /// <summary>
    /// Consumer side: from now on queued and later items are discarded and counted, as abandoned when
    /// <paramref name="consumerFailed"/>, else as left queued (the consumer finished without them).
    /// </summary>
    public void Refuse(bool consumerFailed)
    {
        if (_refusing) return;
        _consumerFailed = consumerFailed;
        _refusing = true;
        Drained += DrainQueue();
        OnRefused();
    }

    /// <summary>
    /// Between runs: empties the queue and zeroes its counters for the next run of the same graph. Only
    /// edges that never refused items are reset (see <see cref="ReusableRun"/>).
    /// </summary>
    public virtual void ResetForReuse() => throw new NotSupportedException($"Edge '{Spec.Id}' ({GetType().Name}) cannot be reused for another run.");

    /// <summary>Tells the edge where the producer's output holds its writer (slot <paramref name="slot"/> of <paramref name="targets"/>).</summary>
    public virtual void AttachProducer(Array targets, int slot) { }

    /// <summary>Producer side: waits until <see cref="HasRoom"/> (pipelined blocking edges), or cancellation.</summary>
    public virtual void WaitForRoom(CancellationToken cancellation) { }

    /// <summary>Producer side: no more items will be written.</summary>
    public virtual void Complete() { }

    /// <summary>Whether the producer completed the edge (pipelined only).</summary>
    public virtual bool IsProducerDone => false;

    /// <summary>Items written so far (producer progress, read by a waiting consumer).</summary>
    public long WrittenSoFar => Buffer.Written;

    /// <summary>
    /// Live graphs: takes every queued item and writes it to <paramref name="target"/> (an edge of the same item
    /// type replacing this one), whose policy applies to each; returns how many were taken. Both ends are parked.
    /// </summary>
    public virtual long MoveItemsTo(RunEdge target) => throw new NotSupportedException($"Edge '{Spec.Id}' ({GetType().Name}) cannot hand its items to another edge.");

    /// <summary>Counts one write discarded because the edge refuses items.</summary>
    protected void Discard() => LateDiscards++;

    /// <summary>Reads and discards every queued item; returns how many.</summary>
    protected abstract long DrainQueue();

    /// <summary>Lets a producer blocked on this edge go on (its writes are discarded from now on).</summary>
    protected virtual void OnRefused() { }

    /// <summary>The edge's figures for the run result; call once every thread has stopped.</summary>
    public virtual EdgeRunStats Stats()
    {
        var buffer = Buffer;
        var lost = Drained + LateDiscards + (_refusing ? buffer.Count : 0);
        var left = _refusing ? (_consumerFailed ? 0 : lost) : buffer.Count;
        var abandoned = _refusing && _consumerFailed ? lost : 0;
        return new EdgeRunStats(Spec.Id, buffer.Written + LateDiscards, buffer.Delivered - Drained, buffer.DroppedOldest,
            buffer.DroppedNewest, abandoned, (int)Math.Min(left, int.MaxValue), buffer.PeakDepth, buffer.OverCapacity)
        {
            Policy = Spec.Policy,
        };
    }
}
