using System.Runtime.InteropServices;

namespace Daedalus.Runtime;

// Each side of a ring keeps what it writes on cache lines of its own: 128 bytes of padding on either
// side also keeps the adjacent-line prefetcher from pairing the producer's line with the consumer's.

/// <summary>State written by the producer of a ring (and, in drop-oldest rings, nothing else).</summary>
[StructLayout(LayoutKind.Explicit, Size = 3 * 128)]
internal struct ProducerSide
{
    /// <summary>Index of the next slot to write; items below it are published.</summary>
    [FieldOffset(128)] public long Tail;

    /// <summary>The last consumer head the producer read; at most the real head.</summary>
    [FieldOffset(136)] public long HeadCache;

    [FieldOffset(144)] public long DroppedNewest;
    [FieldOffset(152)] public long DroppedOldest;
    [FieldOffset(160)] public bool Completed;
}

/// <summary>State written by the consumer of a ring (the head also by a drop-oldest producer).</summary>
[StructLayout(LayoutKind.Explicit, Size = 3 * 128)]
internal struct ConsumerSide
{
    /// <summary>Index of the next slot to read; slots below it are free.</summary>
    [FieldOffset(128)] public long Head;

    /// <summary>The last producer tail the consumer read; at most the real tail.</summary>
    [FieldOffset(136)] public long TailCache;

    [FieldOffset(144)] public long Delivered;
    [FieldOffset(152)] public int PeakDepth;
}
