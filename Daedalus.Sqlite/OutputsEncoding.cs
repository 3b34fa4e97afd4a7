using Daedalus.Runtime;

namespace Daedalus.Sqlite;

/// <summary>
/// A result's outputs in one compact blob: the edge count, then per edge its blob's hash (16 bytes), item count and
/// byte count, the counts and the edge count as unsigned LEB128 varints.
/// </summary>
internal static class OutputsEncoding
{
    private const int MaxVarint = 10;

    public static byte[] Encode(IReadOnlyList<StoredBlobRef> outputs)
    {
        var buffer = new byte[MaxVarint + outputs.Count * (ContentHash.Size + 2 * MaxVarint)];
        var at = WriteVarint(buffer, 0, (ulong)outputs.Count);
        foreach (var output in outputs)
        {
            output.Hash.WriteTo(buffer.AsSpan(at));
            at += ContentHash.Size;
            at = WriteVarint(buffer, at, (ulong)output.Items);
            at = WriteVarint(buffer, at, (ulong)output.Bytes);
        }
        return buffer[..at];
    }

    /// <summary>The outputs in <paramref name="encoded"/>, or <see langword="null"/> when it is malformed.</summary>
    public static StoredBlobRef[]? Decode(ReadOnlySpan<byte> encoded)
    {
        var at = 0;
        if (!TryReadVarint(encoded, ref at, out var count) || count > (ulong)encoded.Length) return null;
        var outputs = new StoredBlobRef[count];
        for (var i = 0; i < outputs.Length; i++)
        {
            if (encoded.Length - at < ContentHash.Size) return null;
            var hash = ContentHash.Read(encoded[at..]);
            at += ContentHash.Size;
            if (!TryReadVarint(encoded, ref at, out var items) || !TryReadVarint(encoded, ref at, out var bytes)) return null;
            if (items > long.MaxValue || bytes > long.MaxValue) return null;
            outputs[i] = new StoredBlobRef(hash, (long)items, (long)bytes);
        }
        return at == encoded.Length ? outputs : null;
    }

    private static int WriteVarint(byte[] buffer, int at, ulong value)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[at++] = (byte)value;
        return at;
    }

    private static bool TryReadVarint(ReadOnlySpan<byte> encoded, ref int at, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64 && at < encoded.Length; shift += 7)
        {
            var b = encoded[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return true;
        }
        return false;
    }
}
