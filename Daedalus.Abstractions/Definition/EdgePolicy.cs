namespace Daedalus;

/// <summary>How an edge buffers items between a producer and a consumer.</summary>
public enum EdgeKind
{
    /// <summary>Unbounded first-in first-out queue.</summary>
    Fifo,

    /// <summary>A ring of fixed capacity with an <see cref="Daedalus.Overflow"/> strategy.</summary>
    Bounded,

    /// <summary>A single slot that keeps only the newest item; overwritten items are counted.</summary>
    Latest,

    /// <summary>A byte stream (a pipe): the capacity is the unread bytes at which the producer's flush waits.</summary>
    Bytes,
}

/// <summary>What a bounded edge does with an item that arrives when it is full.</summary>
public enum Overflow
{
    /// <summary>The producer waits until the consumer has taken an item (in the serial executor the consumer runs first).</summary>
    Block,

    /// <summary>The oldest queued item is discarded and counted.</summary>
    DropOldest,

    /// <summary>The arriving item is discarded and counted.</summary>
    DropNewest,

    /// <summary>The run fails with an <c>EdgeOverflowException</c> naming the edge.</summary>
    Error,
}

/// <summary>An edge's buffering policy. Create one with <see cref="Edge"/>.</summary>
public readonly record struct EdgePolicy(EdgeKind Kind, int Capacity, Overflow Overflow)
{
    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        EdgeKind.Bounded => $"bounded({Capacity}, {Overflow})",
        EdgeKind.Latest => "latest",
        EdgeKind.Bytes => $"bytes({Capacity})",
        _ => "fifo",
    };
}

/// <summary>Edge policies for <see cref="GraphBuilder.Connect{TOut, TIn}(OutputRef{TOut}, InputRef{TIn}, EdgePolicy)"/>.</summary>
public static class Edge
{
    /// <summary>An unbounded FIFO queue (the default).</summary>
    public static EdgePolicy Fifo => new(EdgeKind.Fifo, 0, Overflow.Block);

    /// <summary>
    /// An unbounded FIFO queue that the generator never fuses away: its items always pass through a queue
    /// you can observe (counters, depth), and in the pipelined executor its two nodes always run on
    /// separate workers. At run time it is the same policy as <see cref="Fifo"/>; fusion is a compile-time choice.
    /// </summary>
    public static EdgePolicy Queued => Fifo;

    /// <summary>A single slot keeping the newest item (newest wins); overwritten items are counted.</summary>
    public static EdgePolicy Latest => new(EdgeKind.Latest, 1, Overflow.DropOldest);

    /// <summary>
    /// A byte-stream edge between a <see cref="ByteOutPort"/> and a <see cref="ByteInPort"/>: a pipe whose
    /// producer's flush waits once <paramref name="capacityBytes"/> unread bytes are buffered, and resumes
    /// when the consumer has brought them under half. Byte-stream connections use it by default with 64 KiB.
    /// </summary>
    /// <param name="capacityBytes">A positive compile-time constant.</param>
    public static EdgePolicy Bytes(int capacityBytes = DefaultByteCapacity) =>
        capacityBytes > 0
            ? new(EdgeKind.Bytes, capacityBytes, Overflow.Block)
            : throw new ArgumentOutOfRangeException(nameof(capacityBytes), capacityBytes, "A byte-stream edge capacity must be positive.");

    /// <summary>The capacity of a byte-stream edge connected without a policy: 64 KiB.</summary>
    public const int DefaultByteCapacity = 64 * 1024;

    /// <summary>A ring of <paramref name="capacity"/> items; when full, <paramref name="overflow"/> applies.</summary>
    /// <param name="capacity">A positive compile-time constant.</param>
    /// <param name="overflow">What happens to an item that arrives when the ring is full.</param>
    public static EdgePolicy Bounded(int capacity, Overflow overflow = Overflow.Block) =>
        capacity > 0
            ? new(EdgeKind.Bounded, capacity, overflow)
            : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "An edge capacity must be positive.");
}
