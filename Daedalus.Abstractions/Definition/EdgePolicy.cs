namespace Daedalus;

/// <summary>How an edge buffers items between a producer and a consumer.</summary>
public enum EdgeKind
{
    /// <summary>Unbounded first-in first-out queue (only when asked for with <c>Edge.Fifo</c>; the default is bounded).</summary>
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
    /// <summary>
    /// Whether the connection named no policy and got the graph's default (<see cref="Edge.DefaultCapacity"/> items,
    /// <see cref="Overflow.Block"/>). A default edge keeps its bound unless the graph would otherwise stall: when no
    /// node can fire but a producer is held back by a full default edge, that producer may write past the bound,
    /// and what it writes is counted in <c>OverCapacity</c> (see docs/edges.md, "The default and why").
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDefault { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        EdgeKind.Bounded => IsDefault ? $"bounded({Capacity}, {Overflow}) (default)" : $"bounded({Capacity}, {Overflow})",
        EdgeKind.Latest => "latest",
        EdgeKind.Bytes => $"bytes({Capacity})",
        _ => "fifo",
    };
}

/// <summary>Edge policies for <see cref="GraphBuilder.Connect{TOut, TIn}(OutputRef{TOut}, InputRef{TIn}, EdgePolicy)"/>.</summary>
public static class Edge
{
    /// <summary>
    /// An unbounded FIFO queue. Not the default: a connection without a policy is bounded
    /// (<see cref="Default(int)"/>); ask for <c>Fifo</c> only where a queue may grow with the input.
    /// </summary>
    public static EdgePolicy Fifo => new(EdgeKind.Fifo, 0, Overflow.Block);

    /// <summary>The capacity of an item edge connected without a policy, unless the graph sets its own: 1,024 items.</summary>
    public const int DefaultCapacity = 1024;

    /// <summary>
    /// The policy of a connection that names none: a ring of <paramref name="capacity"/> items whose producer waits
    /// when it is full (<see cref="Overflow.Block"/>), marked <see cref="EdgePolicy.IsDefault"/>.
    /// </summary>
    /// <param name="capacity">A positive capacity (<see cref="DefaultCapacity"/> unless the graph sets its own).</param>
    public static EdgePolicy Default(int capacity = DefaultCapacity) =>
        capacity > 0
            ? new(EdgeKind.Bounded, capacity, Overflow.Block) { IsDefault = true }
            : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A default edge capacity must be positive.");

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
