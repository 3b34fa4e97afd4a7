using System.IO.Pipelines;

namespace Daedalus;

/// <summary>
/// An output port of a port node that produces a stream of bytes through a <see cref="PipeWriter"/>:
/// write, advance, and await <c>FlushAsync</c> — the flush waits while the consumer is the edge's
/// capacity behind. The executor completes the writer when the node's firing ends.
/// </summary>
public sealed class ByteOutPort
{
    private PipeWriter? _writer;

    /// <summary>Creates an unbound port; the executor binds it to the edge's pipe for each run.</summary>
    public ByteOutPort(string name) => Name = name;

    /// <summary>The port's name, as declared.</summary>
    public string Name { get; }

    /// <summary>
    /// The producer side of the edge's pipe for the current run; with no edge connected, a writer that
    /// discards what it is given and counts the bytes.
    /// </summary>
    public PipeWriter Writer => _writer ?? throw new InvalidOperationException($"Byte-stream output '{Name}' is not bound: it is written only while its graph runs.");

    /// <summary>Binds the port to a pipe's writer. Called by the executor.</summary>
    public void Bind(PipeWriter writer) => _writer = writer;
}
