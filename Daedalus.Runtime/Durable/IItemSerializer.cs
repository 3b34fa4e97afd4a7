using System.Buffers;

namespace Daedalus.Runtime;

/// <summary>
/// Writes and reads the items of one type for durable runs, when a JSON type info is not what you want (a compact
/// binary form, a type System.Text.Json cannot write). Register it in <see cref="ItemSerializers"/>.
/// </summary>
public interface IItemSerializer<T>
{
    /// <summary>Writes <paramref name="item"/> to <paramref name="output"/>.</summary>
    void Write(T item, IBufferWriter<byte> output);

    /// <summary>Reads one item from exactly the bytes <see cref="Write"/> wrote.</summary>
    T Read(ReadOnlySpan<byte> data);
}
