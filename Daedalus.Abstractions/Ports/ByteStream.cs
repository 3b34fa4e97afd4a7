namespace Daedalus;

/// <summary>
/// The item type of byte-stream ports (<see cref="ByteInPort"/>, <see cref="ByteOutPort"/>) in graph
/// definitions: such a port carries a stream of bytes, not items. Never instantiated.
/// </summary>
public sealed class ByteStream
{
    private ByteStream() { }
}
