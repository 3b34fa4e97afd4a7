using System.Buffers;
using System.Text;
using Daedalus;
using Daedalus.Runtime;

namespace Daedalus.Tests.Nodes;

/// <summary>Streams a file into a byte-stream output in small chunks.</summary>
[Node]
public sealed partial class FileBytes
{
    public string Path { get; set; } = "";

    [Output]
    public partial ByteOutPort Bytes { get; }

    [Process]
    public Task Run(CancellationToken cancellationToken) =>
        new FileChunkSource(Path, chunkSize: 1024).RunAsync(Bytes.Writer, cancellationToken);
}

/// <summary>Cuts a byte stream into lines.</summary>
[Node]
public sealed partial class Lines
{
    [Input]
    public partial ByteInPort Bytes { get; }

    [Output]
    public partial OutPort<string> Text { get; }

    [Process]
    public async Task Run(CancellationToken cancellationToken)
    {
        var reader = Bytes.Reader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                Text.Write(Encoding.UTF8.GetString(buffer.Slice(0, end)));
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }
            if (read.IsCompleted)
            {
                if (!buffer.IsEmpty) Text.Write(Encoding.UTF8.GetString(buffer));
                reader.AdvanceTo(buffer.End);
                return;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}

/// <summary>Reads only the first byte of its stream, then stops.</summary>
[Node]
public sealed partial class FirstByte
{
    public int? Value { get; private set; }

    [Input]
    public partial ByteInPort Bytes { get; }

    [Process]
    public async Task Run(CancellationToken cancellationToken)
    {
        var read = await Bytes.Reader.ReadAsync(cancellationToken);
        Value = read.Buffer.IsEmpty ? null : read.Buffer.FirstSpan[0];
        Bytes.Reader.AdvanceTo(read.Buffer.GetPosition(Math.Min(1, read.Buffer.Length)));
    }
}
