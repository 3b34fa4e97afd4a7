using System.Buffers;
using System.IO.Pipelines;

namespace Daedalus.Runtime.Tests;

public sealed class ByteStreamEdgeTests
{
    private const string Id = "file.Bytes->parser.Bytes";

    [Fact]
    public async Task The_writer_pauses_at_the_capacity_and_resumes_below_the_resume_threshold()
    {
        var edge = new ByteStreamEdge(Id, capacityBytes: 1000, resumeBytes: 400);

        Write(edge.Writer, 999);
        Assert.True(edge.Writer.FlushAsync().IsCompleted, "The writer paused below the capacity.");
        Write(edge.Writer, 1);
        var flush = edge.Writer.FlushAsync();
        Assert.False(flush.IsCompleted, "The writer did not pause at the capacity.");
        Assert.Equal(1, edge.Pauses);

        // Consuming down to 500 unread bytes is not enough to resume, down to 399 is.
        var read = await edge.Reader.ReadAsync();
        edge.Reader.AdvanceTo(read.Buffer.GetPosition(500));
        await Task.Delay(50);
        Assert.False(flush.IsCompleted, "The writer resumed above the resume threshold.");
        read = await edge.Reader.ReadAsync();
        edge.Reader.AdvanceTo(read.Buffer.GetPosition(101));
        var resumed = flush.AsTask();
        Assert.Same(resumed, await Task.WhenAny(resumed, Task.Delay(TimeSpan.FromSeconds(30)))); // a hang guard

        Assert.Equal(1000, edge.BytesWritten);
        Assert.Equal(601, edge.BytesConsumed);
        Assert.Equal(399, edge.BytesBuffered);
    }

    [Fact]
    public async Task Only_consumed_bytes_are_counted_not_examined_ones()
    {
        var edge = new ByteStreamEdge(Id, capacityBytes: 1 << 16);
        Write(edge.Writer, 100);
        await edge.Writer.FlushAsync();

        var read = await edge.Reader.ReadAsync();
        edge.Reader.AdvanceTo(read.Buffer.GetPosition(30), read.Buffer.End);
        Assert.Equal(30, edge.BytesConsumed);
        Assert.Equal(70, edge.BytesBuffered);
        Assert.Equal(0, edge.Pauses);
    }

    [Fact]
    public async Task The_peak_is_the_most_bytes_buffered_at_once()
    {
        var edge = new ByteStreamEdge(Id, capacityBytes: 1 << 16);
        Write(edge.Writer, 300);
        Write(edge.Writer, 200);
        await edge.Writer.FlushAsync();
        var read = await edge.Reader.ReadAsync();
        edge.Reader.AdvanceTo(read.Buffer.GetPosition(450));
        Write(edge.Writer, 100);

        Assert.Equal(500, edge.PeakBufferedBytes);
        Assert.Equal(150, edge.BytesBuffered);
    }

    [Fact]
    public async Task Reset_makes_the_edge_reusable_with_fresh_counters()
    {
        var edge = new ByteStreamEdge(Id, capacityBytes: 1 << 16);
        Write(edge.Writer, 10);
        await edge.Writer.CompleteAsync();
        Assert.Equal(10, await edge.Reader.ConsumeAsync(_ => { }));

        edge.Reset();
        Assert.Equal(0, edge.BytesWritten);
        Assert.Equal(0, edge.BytesConsumed);
        Assert.Equal(0, edge.PeakBufferedBytes);
        Write(edge.Writer, 5);
        await edge.Writer.CompleteAsync();
        Assert.Equal(5, await edge.Reader.ConsumeAsync(_ => { }));
        Assert.Equal(5, edge.BytesConsumed);
    }

    [Theory]
    [InlineData(0L, null)]
    [InlineData(100L, 101L)]
    [InlineData(100L, 0L)]
    public void Impossible_thresholds_are_rejected_naming_the_edge(long capacity, long? resume)
    {
        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ByteStreamEdge(Id, capacity, resume));
        Assert.Contains(Id, error.Message);
    }

    private static void Write(PipeWriter writer, int bytes)
    {
        writer.GetSpan(bytes)[..bytes].Fill(7);
        writer.Advance(bytes);
    }
}
