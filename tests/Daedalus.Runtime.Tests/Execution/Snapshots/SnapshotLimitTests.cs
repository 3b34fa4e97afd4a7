namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>Loading reads at most a given number of bytes and observes its cancellation token, whatever the stream holds.</summary>
public sealed class SnapshotLimitTests
{
    [Fact]
    public void A_stream_without_end_is_cut_off_one_byte_past_the_default_limit()
    {
        using var stream = new EndlessJson();

        var error = Assert.Throws<GraphSnapshotException>(() => GraphSnapshot.Load(stream, SnapshotJson.Default));

        Assert.Contains($"the JSON is larger than {GraphSnapshot.DefaultMaxBytes} bytes", error.Message);
        Assert.Equal(GraphSnapshot.DefaultMaxBytes + 1, stream.Served);
    }

    [Fact]
    public void A_snapshot_loads_within_a_limit_of_its_size_and_is_refused_one_byte_below()
    {
        var json = SnapshotEdits.Valid;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(json);

        var loaded = GraphSnapshot.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), SnapshotJson.Default, maxBytes: bytes);
        var fromStream = Assert.Throws<GraphSnapshotException>(() =>
            GraphSnapshot.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), SnapshotJson.Default, maxBytes: bytes - 1));
        var fromText = Assert.Throws<GraphSnapshotException>(() => GraphSnapshot.FromJson(json, SnapshotJson.Default, maxBytes: bytes - 1));

        Assert.Equal("snapshots", loaded.Graph);
        Assert.Contains($"larger than {bytes - 1} bytes", fromStream.Message);
        Assert.Contains($"larger than {bytes - 1} bytes", fromText.Message);
    }

    [Fact]
    public void Text_whose_utf8_form_is_over_the_limit_is_refused()
    {
        var json = SnapshotEdits.Replace("\"graph\":\"snapshots\"", "\"graph\":\"snapshots-é\"");

        var error = Assert.Throws<GraphSnapshotException>(() => GraphSnapshot.FromJson(json, SnapshotJson.Default, maxBytes: json.Length));

        Assert.Contains($"larger than {json.Length} bytes", error.Message);
    }

    [Fact]
    public void Loading_a_stream_without_end_stops_when_the_token_is_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        using var stream = new EndlessJson(cancelAfter: 1_000_000, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => GraphSnapshot.Load(stream, SnapshotJson.Default, long.MaxValue, cancellation.Token));

        Assert.InRange(stream.Served, 1_000_000, 2_000_000);
    }

    [Fact]
    public void Loading_with_a_cancelled_token_reads_nothing()
    {
        using var stream = new EndlessJson();

        Assert.ThrowsAny<OperationCanceledException>(() => GraphSnapshot.Load(stream, SnapshotJson.Default, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(0, stream.Served);
    }

    [Fact]
    public void A_limit_below_one_byte_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphSnapshot.FromJson(SnapshotEdits.Valid, SnapshotJson.Default, maxBytes: 0));
    }

    /// <summary>
    /// <c>{"format":"daedalus.graph-snapshot","graph":"aaaa…</c> without end, counting what it served; it can
    /// cancel a token once it served <c>cancelAfter</c> bytes.
    /// </summary>
    private sealed class EndlessJson(long cancelAfter = long.MaxValue, CancellationTokenSource? cancellation = null) : Stream
    {
        private static readonly byte[] Start = "{\"format\":\"daedalus.graph-snapshot\",\"graph\":\""u8.ToArray();

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Served;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            for (var i = 0; i < buffer.Length; i++) buffer[i] = Served + i < Start.Length ? Start[(int)Served + i] : (byte)'a';
            Served += buffer.Length;
            if (Served >= cancelAfter) cancellation?.Cancel();
            return buffer.Length;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
