using System.Buffers;
using System.Diagnostics;

namespace Daedalus.Runtime.Tests;

public sealed class FileChunkSourceTests : IDisposable
{
    /// <summary>How long a test waits for what must happen before it calls it a hang: long, for a loaded machine.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private const string Id = "file.Bytes->hasher.Bytes";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"daedalus-{Guid.NewGuid():N}.bin");

    public void Dispose() => File.Delete(_path);

    private byte[] CreateFile(int length)
    {
        var bytes = new byte[length];
        new Random(1234).NextBytes(bytes);
        File.WriteAllBytes(_path, bytes);
        return bytes;
    }

    [Fact]
    public async Task A_file_streamed_in_chunks_arrives_byte_for_byte_under_backpressure()
    {
        const int capacity = 256 * 1024;
        const int chunk = 16 * 1024;
        var original = CreateFile(5 * 1024 * 1024 + 123); // not a whole number of chunks
        var edge = new ByteStreamEdge(Id, capacity);
        var source = new FileChunkSource(_path, chunk);
        var received = new MemoryStream();
        long peakBuffered = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var producing = Task.Run(() => source.RunAsync(edge.Writer, deadline.Token));
        var consuming = Task.Run(() => edge.Reader.ConsumeAsync(buffer =>
        {
            peakBuffered = Math.Max(peakBuffered, edge.BytesBuffered);
            foreach (var segment in buffer) received.Write(segment.Span);
            Thread.Sleep(1); // a slow consumer, so the producer meets the pause threshold
        }, deadline.Token));

        Assert.Equal(original.Length, await producing);
        Assert.Equal(original.Length, await consuming);
        Assert.Equal(original, received.ToArray());
        Assert.Equal(original.Length, source.BytesRead);
        Assert.Equal((original.Length + chunk - 1) / chunk, source.Chunks);
        Assert.Equal(original.Length, edge.BytesWritten);
        Assert.Equal(original.Length, edge.BytesConsumed);
        Assert.True(edge.Pauses > 0, "The producer never met the backpressure threshold.");
        // A flush pauses once the unread bytes reach the capacity, so at most one chunk goes past it.
        Assert.InRange(peakBuffered, 1, capacity + chunk);
    }

    [Fact]
    public async Task Cancelling_a_paused_source_completes_the_writer_with_the_cancellation()
    {
        CreateFile(1024 * 1024);
        var edge = new ByteStreamEdge(Id, capacityBytes: 64 * 1024);
        var source = new FileChunkSource(_path, 8 * 1024);
        using var cancel = new CancellationTokenSource();

        var producing = source.RunAsync(edge.Writer, cancel.Token);
        // Wait (a hang guard, not a timing) until the source has filled the edge and paused on it.
        var guard = Stopwatch.StartNew();
        while (edge.Pauses == 0 && !producing.IsCompleted && guard.Elapsed < Hang) await Task.Delay(1);
        Assert.True(edge.Pauses > 0, "The source never paused on the unread edge.");
        Assert.False(producing.IsCompleted, "The source did not stay paused on an unread edge.");
        cancel.Cancel();
        Assert.Same(producing, await Task.WhenAny(producing, Task.Delay(Hang)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => producing);

        // The consumer is not left waiting: the pipe hands it the producer's failure.
        var reading = edge.Reader.ConsumeAsync(_ => { });
        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(Hang)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.True(source.BytesRead >= 64 * 1024, "The source stopped before it filled the edge.");
    }

    [Fact]
    public async Task A_consumer_that_stops_early_ends_the_source_without_an_error()
    {
        CreateFile(1024 * 1024);
        var edge = new ByteStreamEdge(Id, capacityBytes: 32 * 1024);
        var source = new FileChunkSource(_path, 4 * 1024);

        var producing = source.RunAsync(edge.Writer);
        var first = await edge.Reader.ReadAsync();
        edge.Reader.AdvanceTo(first.Buffer.End);
        await edge.Reader.CompleteAsync();

        var written = await producing.WaitAsync(Hang);
        Assert.InRange(written, 1, 1024 * 1024 - 1);
    }

    [Fact]
    public async Task A_missing_file_fails_both_the_source_and_the_consumer()
    {
        var edge = new ByteStreamEdge(Id, capacityBytes: 4096);
        var source = new FileChunkSource(_path + ".missing");

        await Assert.ThrowsAsync<FileNotFoundException>(() => source.RunAsync(edge.Writer));
        await Assert.ThrowsAsync<FileNotFoundException>(() => edge.Reader.ConsumeAsync(_ => { }));
    }
}
