using System.Buffers;

namespace Daedalus.Runtime;

/// <summary>
/// The stored form of an edge's items: each item's serialized bytes after its length as an unsigned LEB128 varint.
/// Reading checks every length against what is left, so a damaged blob is an error, never a wrong item.
/// </summary>
internal static class ItemBlob
{
    /// <summary>Appends one item's bytes (<paramref name="item"/>) with its length.</summary>
    public static void Append(ArrayBufferWriter<byte> blob, ReadOnlySpan<byte> item)
    {
        var span = blob.GetSpan(5 + item.Length);
        var length = (uint)item.Length;
        var at = 0;
        while (length >= 0x80)
        {
            span[at++] = (byte)(length | 0x80);
            length >>= 7;
        }
        span[at++] = (byte)length;
        item.CopyTo(span[at..]);
        blob.Advance(at + item.Length);
    }

    /// <summary>Reads the item at <paramref name="offset"/> and moves past it.</summary>
    public static ReadOnlySpan<byte> Next(ReadOnlySpan<byte> blob, ref int offset)
    {
        uint length = 0;
        var shift = 0;
        while (true)
        {
            if (offset >= blob.Length || shift > 28) throw Damaged();
            var part = blob[offset++];
            length |= (uint)(part & 0x7F) << shift;
            if (part < 0x80) break;
            shift += 7;
        }
        if (length > (uint)(blob.Length - offset)) throw Damaged();
        var item = blob.Slice(offset, (int)length);
        offset += (int)length;
        return item;
    }

    private static InvalidDataException Damaged() => new("A stored blob of items is damaged: an item's length runs past its end.");
}
