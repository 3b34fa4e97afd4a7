using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Daedalus.Runtime;

/// <summary>
/// A 128-bit content address: the first 16 bytes of a SHA-256 digest. Durable runs name every stored result and
/// every stored blob of items by one, so equal content is stored once and a key never depends on where it was made.
/// </summary>
public readonly record struct ContentHash(ulong High, ulong Low)
{
    /// <summary>The size of a hash in bytes.</summary>
    public const int Size = 16;

    /// <summary>The hash of <paramref name="content"/>.</summary>
    public static ContentHash Of(ReadOnlySpan<byte> content)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, digest);
        return Read(digest);
    }

    /// <summary>Reads a hash written by <see cref="WriteTo"/>; <paramref name="bytes"/> must hold at least <see cref="Size"/> bytes.</summary>
    public static ContentHash Read(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    /// <summary>Writes the hash's <see cref="Size"/> bytes, big-endian (the order <see cref="ToString"/> shows).</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
    }

    /// <summary>The hash's bytes.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>The hash as 32 lower-case hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        WriteTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Parses 32 hex digits written by <see cref="ToString"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ContentHash hash)
    {
        hash = default;
        if (text.Length != Size * 2) return false;
        Span<byte> bytes = stackalloc byte[Size];
        if (Convert.FromHexString(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Size) return false;
        hash = Read(bytes);
        return true;
    }
}
