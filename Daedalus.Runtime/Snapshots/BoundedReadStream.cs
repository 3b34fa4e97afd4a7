namespace Daedalus.Runtime;

/// <summary>
/// Reads a snapshot's stream for the JSON reader, at most a given number of bytes and checking the
/// cancellation token before every read, so a stream without end neither exhausts memory nor hangs the caller.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long maxBytes, CancellationToken token) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        token.ThrowIfCancellationRequested();
        // One byte past the limit tells a stream of exactly maxBytes from a longer one.
        var left = maxBytes - _read;
        var room = left >= buffer.Length ? buffer.Length : (int)left + 1;
        var read = inner.Read(buffer[..room]);
        _read += read;
        if (_read > maxBytes) throw SnapshotReader.TooLarge(maxBytes);
        return read;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
