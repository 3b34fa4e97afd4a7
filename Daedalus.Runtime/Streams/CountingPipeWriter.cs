using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// The producer's view of a <see cref="ByteStreamEdge"/>: the pipe's writer, counting the bytes
/// written and the flushes that had to wait for the consumer (backpressure).
/// </summary>
internal sealed class CountingPipeWriter(PipeWriter inner) : PipeWriter
{
    private long _bytesWritten;
    private long _pauses;

    public long BytesWritten => Volatile.Read(ref _bytesWritten);

    public long Pauses => Volatile.Read(ref _pauses);

    public override void Advance(int bytes)
    {
        inner.Advance(bytes);
        Volatile.Write(ref _bytesWritten, _bytesWritten + bytes);
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
        Volatile.Write(ref _pauses, 0);
    }
}
