using System.Numerics;

namespace Daedalus.Runtime;

/// <summary>
/// A bounded edge between one producer thread and one consumer thread: a lock-free ring with the
/// edge's <see cref="Overflow"/> strategy. Block makes the producer wait (spinning briefly, yielding, then
/// sleeping until the consumer frees a slot, or until a cancellation token fires); drop-oldest and
/// drop-newest count every discarded item exactly; error throws <see cref="EdgeOverflowException"/>.
/// </summary>
/// <remarks>
/// Exactly one thread may call the producer members (<c>Write*</c>, <c>TryWrite*</c>, <see cref="Complete"/>)
/// and one the consumer members (<c>TryRead*</c>, <see cref="Take"/>, <c>WaitToRead*</c>) at a time.
/// Counters may be read from any thread; while items flow they are a moment's approximation, and once
/// both sides are quiet <c>Written == Delivered + Dropped + Count</c> holds exactly.
/// Head and tail are 64-bit indices that only grow, so they never wrap and never suffer ABA.
/// </remarks>
public sealed partial class SpscRing<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>
{
    private const int MaxCapacity = 1 << 30;

    private static readonly Func<SpscRing<T>, bool> HasRoomCheck;
    private static readonly Func<SpscRing<T>, bool> HasItemsOrCompletedCheck;

    // An explicit static constructor runs when the first instance is created, not lazily on the first
    // wait, so no wait ever allocates these delegates.
    static SpscRing()
    {
        HasRoomCheck = static ring => ring.HasRoom();
        HasItemsOrCompletedCheck = static ring => ring.HasItemsOrCompleted();
    }

    private readonly T[] _items;
    private readonly long _mask;
    private readonly Overflow _overflow;
    private readonly WaitSignal _notFull = new();
    private readonly WaitSignal _notEmpty;
    private ProducerSide _producer;
    private ConsumerSide _consumer;

    /// <summary>Creates an empty ring for the edge <paramref name="id"/>.</summary>
    /// <param name="id">The edge's name, <c>from.Port->to.Port</c>; exceptions and counters carry it.</param>
    /// <param name="capacity">The most items the ring holds, 1 to 2^30 (2^30 − 1 for drop-oldest).</param>
    /// <param name="overflow">What a write into a full ring does.</param>
    public SpscRing(string id, int capacity, Overflow overflow) : this(id, capacity, overflow, new WaitSignal()) { }

    /// <summary>Creates a ring whose consumer waits on <paramref name="notEmpty"/>, shared by a fan-in.</summary>
    internal SpscRing(string id, int capacity, Overflow overflow, WaitSignal notEmpty)
        : base(id, Edge.Bounded(capacity, overflow))
    {
        if (capacity > MaxCapacity)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"Edge '{id}': a ring holds at most {MaxCapacity} items.");
        if (!Enum.IsDefined(overflow))
            throw new ArgumentOutOfRangeException(nameof(overflow), overflow, $"Edge '{id}': unknown overflow strategy.");
        if (overflow == Overflow.DropOldest && capacity == MaxCapacity)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"Edge '{id}': a drop-oldest ring holds at most {MaxCapacity - 1} items.");
        // The slot array is rounded up to a power of two so an index maps to a slot with a mask;
        // Capacity, not the array length, decides when the ring is full. A drop-oldest ring keeps a
        // spare slot, so that a write into a full ring can publish before it evicts (see ReplaceOldest).
        var slots = overflow == Overflow.DropOldest ? capacity + 1 : capacity;
        _items = new T[BitOperations.RoundUpToPowerOf2((uint)slots)];
        _mask = _items.Length - 1;
        _overflow = overflow;
        _notEmpty = notEmpty;
        Capacity = capacity;
    }

    /// <summary>The most items the ring holds.</summary>
    public int Capacity { get; }

    /// <summary>What happens to a write when the ring is full.</summary>
    public Overflow OverflowStrategy => _overflow;

    /// <summary>Whether the producer has called <see cref="Complete"/>.</summary>
    public bool IsCompletedByProducer => Volatile.Read(ref _producer.Completed);

    /// <summary>Whether the producer has completed and the consumer has read every item.</summary>
    public bool IsCompleted => IsCompletedByProducer && Count == 0;

    /// <inheritdoc/>
    public override int Count
    {
        get
        {
            // Head first: it never passes the tail, so the difference is never negative.
            var head = Volatile.Read(ref _consumer.Head);
            var tail = Volatile.Read(ref _producer.Tail);
            // A drop-oldest write holds one item more than the capacity until it has evicted the oldest.
            return (int)Math.Min(tail - head, Capacity);
        }
    }

    /// <summary>The largest depth the consumer saw when it looked at the producer's progress.</summary>
    public override int PeakDepth => Volatile.Read(ref _consumer.PeakDepth);

    /// <inheritdoc/>
    public override long Written =>
        Volatile.Read(ref _producer.Tail) + Volatile.Read(ref _producer.DroppedNewest);

    /// <inheritdoc/>
    public override long Delivered => Volatile.Read(ref _consumer.Delivered);

    /// <inheritdoc/>
    public override long DroppedOldest => Volatile.Read(ref _producer.DroppedOldest);

    /// <inheritdoc/>
    public override long DroppedNewest => Volatile.Read(ref _producer.DroppedNewest);

    /// <summary>
    /// Producer: no more items will be written. The consumer reads what is queued, then
    /// <see cref="WaitToRead"/> returns false. Completing twice is harmless.
    /// </summary>
    public void Complete()
    {
        // Release: every published tail is visible to a consumer that sees the flag.
        Volatile.Write(ref _producer.Completed, true);
        if (_notEmpty.IsArmed) _notEmpty.Wake();
    }

    /// <summary>Consumer-side check used by waits: an item is queued, or the producer has finished.</summary>
    internal bool HasItemsOrCompleted() => HasItems() || IsCompletedByProducer;

    private EdgeOverflowException Overflowed() => new(Id, Capacity,
        $"Edge '{Id}' overflowed its capacity of {Capacity} (overflow strategy Error).");

    private InvalidOperationException WrittenAfterCompletion() =>
        new($"Edge '{Id}' was completed by its producer; no more items can be written to it.");
}
