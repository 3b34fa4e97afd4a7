using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>Byte-stream ports: a file streamed through a pipe into a line splitter, on the pipelined executor.</summary>
public sealed class ByteStreamTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"daedalus-{Guid.NewGuid():N}.txt");
    private readonly string[] _lines = Enumerable.Range(0, 20_000).Select(i => $"line {i} " + new string('x', i % 50)).ToArray();

    public ByteStreamTests() => File.WriteAllText(_path, string.Join('\n', _lines));

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void A_file_streams_through_a_small_pipe_into_lines()
    {
        var graph = new FileLines(file: new Nodes.FileBytes { Path = _path });
        var result = graph.Run(new RunOptions { Executor = Executor.Pipelined() });

        Assert.Equal(_lines, graph.Sink.Items);
        var bytes = result.Edge("file.Bytes->lines.Bytes");
        var length = new FileInfo(_path).Length;
        Assert.Equal(length, bytes.Written);
        Assert.Equal(length, bytes.Delivered);
        Assert.Equal(0, bytes.LeftQueued);
        // The pipe pauses the reader at 4 KiB unread; it may overshoot by one chunk (FileBytes writes 1 KiB chunks).
        Assert.InRange(bytes.PeakDepth, 1, 4096 + 1024);
        Assert.Equal(EdgeKind.Bytes, FileLines.Plan.Edges[0].Policy.Kind);
        Assert.Equal(4096, FileLines.Plan.Edges[0].Policy.Capacity);
    }

    [Fact]
    public void The_plain_run_of_a_byte_stream_graph_uses_the_pipelined_executor()
    {
        var graph = new FileLines(file: new Nodes.FileBytes { Path = _path });
        graph.Run();
        graph.Sink.Items.Clear();
        graph.Run();
        Assert.Equal(_lines, graph.Sink.Items);
    }

    [Fact]
    public void Serial_and_parallel_executors_refuse_byte_streams_with_a_clear_error()
    {
        foreach (var executor in new[] { Executor.Serial, Executor.Parallel() })
        {
            var graph = new FileLines(file: new Nodes.FileBytes { Path = _path });
            var error = Assert.Throws<InvalidOperationException>(() => graph.Run(new RunOptions { Executor = executor }));
            Assert.Contains("file.Bytes->lines.Bytes", error.Message);
            Assert.Contains("Executor.Pipelined()", error.Message);
        }
    }

    [Fact]
    public void Bytes_a_consumer_never_read_are_counted()
    {
        var graph = new FileHead(file: new Nodes.FileBytes { Path = _path });
        var result = graph.Run(new RunOptions { Executor = Executor.Pipelined(), ThrowOnFailure = false });

        Assert.Equal((int)'l', graph.Head.Value);
        var bytes = result.Edge("file.Bytes->head.Bytes");
        Assert.True(bytes.LeftQueued > 0, bytes.ToString());
        Assert.Equal(bytes.Written, bytes.Delivered + bytes.LeftQueued);
        Assert.False(result.Succeeded);
    }
}
