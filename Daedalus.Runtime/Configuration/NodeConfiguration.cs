namespace Daedalus.Runtime;

/// <summary>
/// A node's configuration (its public properties and fields, as its generated adapter describes them) and a checksum
/// of it, so that a live graph can tell an unchanged node (same type, same checksum) from one to replace.
/// </summary>
public static class NodeConfiguration
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The configuration members of the adapter's node and their values, in declaration order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Describe(NodeAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var writer = new NodeConfigurationWriter();
        adapter.DescribeConfiguration(writer);
        return writer.Entries;
    }

    /// <summary>The configuration members of <paramref name="node"/> and their values, in declaration order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Describe(IRuntimeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Describe(node.CreateAdapter());
    }

    /// <summary>
    /// A 64-bit FNV-1a checksum of the node's C# type name (<see cref="NodeAdapter.TypeName"/>) and its configuration
    /// (each name and value, in order). The same on every machine and in every process and culture; every string is
    /// hashed with its length first, so <c>("ab", "c")</c> and <c>("a", "bc")</c> differ, and a null value differs
    /// from an empty one.
    /// </summary>
    public static ulong Checksum(NodeAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var hash = OffsetBasis;
        hash = Mix(hash, adapter.TypeName);
        foreach (var (name, value) in Describe(adapter))
        {
            hash = Mix(hash, name);
            hash = Mix(hash, value);
        }
        return hash;
    }

    /// <summary>The checksum of <paramref name="node"/>'s type and configuration; see <see cref="Checksum(NodeAdapter)"/>.</summary>
    public static ulong Checksum(IRuntimeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Checksum(node.CreateAdapter());
    }

    /// <summary>Hashes the string's length (-1 for null) as four bytes, then each UTF-16 code unit as two bytes, little-endian.</summary>
    private static ulong Mix(ulong hash, string? text)
    {
        var length = text?.Length ?? -1;
        for (var shift = 0; shift < 32; shift += 8) hash = (hash ^ (byte)(length >> shift)) * Prime;
        if (text is null) return hash;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}
