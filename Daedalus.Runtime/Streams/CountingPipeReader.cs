using System.Buffers;
using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// The consumer's view of a <see cref="ByteStreamEdge"/>: the pipe's reader, counting the bytes the
/// consumer marked consumed.
/// </summary>
internal sealed class CountingPipeReader(PipeReader inner) : PipeReader
{
    private ReadOnlySequence<byte> _lastBuffer;
    private long _bytesConsumed;

    public long BytesConsumed => Volatile.Read(ref _bytesConsumed);

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var read = inner.ReadAsync(cancellationToken);
        if (!read.IsCompletedSuccessfully) return RememberAsync(read);
        var result = read.Result;
        _lastBuffer = result.Buffer;
        return new(result);
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result)) return false;
        _lastBuffer = result.Buffer;
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed)
    {
        Count(consumed);
        inner.AdvanceTo(consumed);
    }

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        Count(consumed);
        inner.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public void ResetCounters()
    {
        _lastBuffer = default;
        Volatile.Write(ref _bytesConsumed, 0);
    }

    private async ValueTask<ReadResult> RememberAsync(ValueTask<ReadResult> read)
    {
        var result = await read.ConfigureAwait(false);
        _lastBuffer = result.Buffer;
        return result;
    }

    // Positions are only meaningful within the buffer of the last read, which AdvanceTo must come from.
    private void Count(SequencePosition consumed)
    {
        var bytes = _lastBuffer.Slice(_lastBuffer.Start, consumed).Length;
        _lastBuffer = default;
        Volatile.Write(ref _bytesConsumed, _bytesConsumed + bytes);
    }
}
