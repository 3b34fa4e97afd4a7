using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// A default edge of the pipelined executor: an <see cref="SpscLinkedQueue{T}"/> whose producer, writing into a
/// queue that holds the edge's capacity, waits until the consumer takes an item, unless the consumer is itself
/// waiting (its signal is armed) while this queue is full. A consumer that waits with this queue full waits for
/// another input (a join whose other branch lags), so holding the producer back would deadlock a graph that the
/// serial executor runs: the write then goes past the bound and is counted in <c>OverCapacity</c>.
/// Explicit <c>Edge.Bounded</c> edges stay hard bounds (<see cref="RingPipe{T}"/>).
/// </summary>
internal sealed class SoftBoundedPipe<T>(ResolvedEdge spec, WaitSignal consumerSignal, CancellationToken cancellation) : PipeEdge<T>(spec)
{
    /// <summary>How long a waiting producer yields before it sleeps a millisecond at a time.</summary>
    private static readonly long YieldBudget = Stopwatch.Frequency / 10_000;

    private readonly SpscLinkedQueue<T> _queue = new(spec.Id, spec.Policy, consumerSignal);
    private readonly int _capacity = spec.Policy.Capacity;

    // Set once a stall let a write past the bound; later writes follow without waiting until the consumer catches up.
    private bool _overrunning;

    public override EdgeBuffer Buffer => _queue;

    public override object Reader => _queue;

    // A hint for port nodes; a write past it waits (or is held over the bound) rather than fail.
    public override int FreeSpace => Math.Max(1, _capacity - _queue.Count);

    // The wait is inside Write, so the executor never holds the producer back by itself.
    public override bool IsBlocking => false;

    public override bool IsProducerDone => _queue.IsCompletedByProducer;

    public override void Write(T item)
    {
        if (IsRefusing)
        {
            Discard();
            return;
        }
        if (_queue.Count < _capacity) _overrunning = false;
        else if (_overrunning || WaitForRoomOrStall()) _overrunning = true;
        if (_overrunning) _queue.WritingOverCapacity();
        _queue.Write(item);
    }

    public override void Complete() => _queue.Complete();

    protected override long DrainQueue() => Drain(_queue);

    /// <summary>Waits until the queue has room (false) or its consumer waits with the queue full (true: a stall).</summary>
    private bool WaitForRoomOrStall()
    {
        var start = Stopwatch.GetTimestamp();
        var spinner = new SpinWait();
        while (_queue.Count >= _capacity)
        {
            if (consumerSignal.IsArmed) return true;
            if (IsRefusing || cancellation.IsCancellationRequested) return false;
            if (Stopwatch.GetTimestamp() - start < YieldBudget) spinner.SpinOnce(sleep1Threshold: -1);
            else cancellation.WaitHandle.WaitOne(1);
        }
        return false;
    }
}
