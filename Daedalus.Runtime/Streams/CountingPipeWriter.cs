using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// The producer's view of a <see cref="ByteStreamEdge"/>: the pipe's writer, counting the bytes
/// written, the most bytes buffered at once and the flushes that had to wait for the consumer (backpressure).
/// </summary>
/// <param name="inner">The pipe's writer.</param>
/// <param name="reader">The same pipe's counting reader, whose consumed bytes give the bytes buffered.</param>
internal sealed class CountingPipeWriter(PipeWriter inner, CountingPipeReader reader) : PipeWriter
{
    private long _bytesWritten;
    private long _peakBuffered;
    private long _pauses;

    public long BytesWritten => Volatile.Read(ref _bytesWritten);

    /// <summary>
    /// The most bytes written and not yet consumed at once. Only a write raises the buffered bytes, so the
    /// writer samples them after each; a consumer reading meanwhile can make a sample lower than the true peak,
    /// never higher.
    /// </summary>
    public long PeakBuffered => Volatile.Read(ref _peakBuffered);

    public long Pauses => Volatile.Read(ref _pauses);

    public override void Advance(int bytes)
    {
        inner.Advance(bytes);
        var written = _bytesWritten + bytes;
        Volatile.Write(ref _bytesWritten, written);
        var buffered = written - reader.BytesConsumed;
        if (buffered > _peakBuffered) Volatile.Write(ref _peakBuffered, buffered);
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        var flush = inner.FlushAsync(cancellationToken);
        // A flush that does not complete at once is one the pipe paused: the unread bytes reached the
        // pause threshold.
        if (!flush.IsCompleted) Volatile.Write(ref _pauses, _pauses + 1);
        return flush;
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public void ResetCounters()
    {
        Volatile.Write(ref _bytesWritten, 0);
        Volatile.Write(ref _peakBuffered, 0);
        Volatile.Write(ref _pauses, 0);
    }
}
