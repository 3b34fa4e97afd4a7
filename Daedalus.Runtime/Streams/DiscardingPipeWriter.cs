using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// The writer an unconnected <see cref="ByteOutPort"/> gets: it accepts every byte, keeps none, and
/// counts them in <see cref="BytesDiscarded"/>, so nothing is lost silently.
/// </summary>
public sealed class DiscardingPipeWriter : PipeWriter
{
    private byte[] _buffer = new byte[4096];
    private long _discarded;

    /// <summary>Bytes written and discarded.</summary>
    public long BytesDiscarded => Volatile.Read(ref _discarded);

    /// <inheritdoc/>
    public override void Advance(int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        Volatile.Write(ref _discarded, _discarded + bytes);
    }

    /// <inheritdoc/>
    public override Memory<byte> GetMemory(int sizeHint = 0) => Buffer(sizeHint);

    /// <inheritdoc/>
    public override Span<byte> GetSpan(int sizeHint = 0) => Buffer(sizeHint);

    /// <inheritdoc/>
    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
        new(new FlushResult(isCanceled: false, isCompleted: false));

    /// <inheritdoc/>
    public override void CancelPendingFlush() { }

    /// <inheritdoc/>
    public override void Complete(Exception? exception = null) { }

    private byte[] Buffer(int sizeHint)
    {
        if (sizeHint > _buffer.Length) _buffer = new byte[sizeHint];
        return _buffer;
    }
}
