using System.IO.Pipelines;

namespace Daedalus;

/// <summary>
/// An input port of a port node that receives a stream of bytes through a <see cref="PipeReader"/>.
/// The edge into it (<see cref="Edge.Bytes"/>) is a pipe whose pause threshold is the backpressure on
/// the producer. The node reads until the reader reports completion, within one firing.
/// </summary>
public sealed class ByteInPort
{
    private PipeReader? _reader;

    /// <summary>Creates an unbound port; the executor binds it to the edge's pipe for each run.</summary>
    public ByteInPort(string name) => Name = name;

    /// <summary>The port's name, as declared.</summary>
    public string Name { get; }

    /// <summary>The consumer side of the edge's pipe for the current run.</summary>
    public PipeReader Reader => _reader ?? throw new InvalidOperationException($"Byte-stream input '{Name}' is not bound: it is read only while its graph runs.");

    /// <summary>Binds the port to a pipe's reader. Called by the executor.</summary>
    public void Bind(PipeReader reader) => _reader = reader;
}
