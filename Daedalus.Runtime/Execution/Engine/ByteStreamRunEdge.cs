using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// A byte-stream edge for one pipelined run: a <see cref="ByteStreamEdge"/> (a pipe) whose counters are
/// bytes. The producer's node completing completes the writer; the consumer refusing the edge (it failed
/// or finished early) completes the reader, so a producer waiting in <c>FlushAsync</c> stops at once, and
/// the unread bytes are counted.
/// </summary>
internal sealed class ByteStreamRunEdge(ResolvedEdge spec) : RunEdge(spec)
{
    private readonly ByteStreamEdge _pipe = new(spec.Id, spec.Policy.Capacity);
    private readonly ByteCounters _counters = new(spec);
    private volatile bool _producerDone;
    private long _drained;

    /// <summary>The pipe's byte counts, read now (so waits and the run result see current figures).</summary>
    public override EdgeBuffer Buffer
    {
        get
        {
            _counters.Set(_pipe, Volatile.Read(ref _drained));
            return _counters;
        }
    }

    public override object Reader => _pipe.Reader;

    public override object Writer => _pipe.Writer;

    public override bool IsProducerDone => _producerDone;

    public override void Complete()
    {
        _producerDone = true;
        _pipe.Writer.Complete();
    }

    /// <summary>Completes the reader; the bytes it never read count as delivered-then-discarded, like drained items.</summary>
    protected override long DrainQueue()
    {
        var unread = _pipe.BytesBuffered;
        _pipe.Reader.Complete();
        Volatile.Write(ref _drained, unread);
        return unread;
    }

    /// <summary>The edge's counters in bytes: written, consumed (or drained), still buffered, the most buffered at once.</summary>
    private sealed class ByteCounters(ResolvedEdge spec) : EdgeBuffer(spec.Id, spec.Policy)
    {
        public void Set(ByteStreamEdge pipe, long drained)
        {
            written = pipe.BytesWritten;
            delivered = pipe.BytesConsumed + drained;
            count = (int)Math.Clamp(written - delivered, 0, int.MaxValue);
            peakDepth = (int)Math.Clamp(Math.Max(pipe.PeakBufferedBytes, count), 0, int.MaxValue);
        }
    }
}
