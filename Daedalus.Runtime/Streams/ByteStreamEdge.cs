using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// An edge that carries a stream of bytes rather than items: a <see cref="Pipe"/> whose pause and
/// resume thresholds are the edge's backpressure. The producer writes to <see cref="Writer"/>; once
/// <see cref="CapacityBytes"/> unread bytes are buffered its <c>FlushAsync</c> waits until the consumer,
/// reading from <see cref="Reader"/>, has brought them below <see cref="ResumeBytes"/>.
/// </summary>
/// <remarks>
/// One producer and one consumer, each on any thread (the usual <see cref="System.IO.Pipelines"/> rules).
/// A node owns the edge for a run; <see cref="Reset"/> makes it reusable once both sides completed.
/// </remarks>
public sealed class ByteStreamEdge
{
    private readonly Pipe _pipe;
    private readonly CountingPipeWriter _writer;
    private readonly CountingPipeReader _reader;

    /// <summary>Creates the edge <paramref name="id"/>.</summary>
    /// <param name="id">The edge's name, <c>from.Port->to.Port</c>.</param>
    /// <param name="capacityBytes">Unread bytes at which the producer's flush pauses.</param>
    /// <param name="resumeBytes">Unread bytes below which a paused producer resumes; half the capacity by default.</param>
    /// <param name="minimumSegmentSize">The smallest buffer the pipe hands out, in bytes (4 KiB by default).</param>
    public ByteStreamEdge(string id, long capacityBytes, long? resumeBytes = null, int minimumSegmentSize = 4096)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (capacityBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(capacityBytes), capacityBytes, $"Byte-stream edge '{id}': the capacity must be positive.");
        var resume = resumeBytes ?? Math.Max(1, capacityBytes / 2);
        if (resume <= 0 || resume > capacityBytes)
            throw new ArgumentOutOfRangeException(nameof(resumeBytes), resume, $"Byte-stream edge '{id}': the resume threshold must be between 1 and the capacity ({capacityBytes}).");

        Id = id;
        CapacityBytes = capacityBytes;
        ResumeBytes = resume;
        _pipe = new Pipe(new PipeOptions(
            pauseWriterThreshold: capacityBytes,
            resumeWriterThreshold: resume,
            minimumSegmentSize: minimumSegmentSize,
            useSynchronizationContext: false));
        _reader = new CountingPipeReader(_pipe.Reader);
        _writer = new CountingPipeWriter(_pipe.Writer, _reader);
    }

    /// <summary>The edge's stable name, <c>from.Port->to.Port</c>.</summary>
    public string Id { get; }

    /// <summary>Unread bytes at which the producer's flush pauses.</summary>
    public long CapacityBytes { get; }

    /// <summary>Unread bytes below which a paused producer resumes.</summary>
    public long ResumeBytes { get; }

    /// <summary>The producer's side: write, advance, flush (awaiting the flush is the backpressure), complete.</summary>
    public PipeWriter Writer => _writer;

    /// <summary>The consumer's side: read, advance past what was consumed, complete.</summary>
    public PipeReader Reader => _reader;

    /// <summary>Bytes the producer wrote (advanced), flushed or not.</summary>
    public long BytesWritten => _writer.BytesWritten;

    /// <summary>Bytes the consumer marked consumed.</summary>
    public long BytesConsumed => _reader.BytesConsumed;

    /// <summary>Bytes written and not yet consumed.</summary>
    public long BytesBuffered => BytesWritten - BytesConsumed;

    /// <summary>
    /// The most bytes that were buffered (written and not yet consumed) at once, sampled by the producer after
    /// each write: a depth that really occurred, at most a concurrent read's worth below the true peak.
    /// </summary>
    public long PeakBufferedBytes => _writer.PeakBuffered;

    /// <summary>Flushes that had to wait because the consumer was <see cref="CapacityBytes"/> behind.</summary>
    public long Pauses => _writer.Pauses;

    /// <summary>Makes the edge reusable for another run; both sides must have completed.</summary>
    public void Reset()
    {
        _pipe.Reset();
        _writer.ResetCounters();
        _reader.ResetCounters();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id} [bytes({CapacityBytes})] written={BytesWritten} consumed={BytesConsumed} buffered={BytesBuffered} peak={PeakBufferedBytes} pauses={Pauses}";
}
