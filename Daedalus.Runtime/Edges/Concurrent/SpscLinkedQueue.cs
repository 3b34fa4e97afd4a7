using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>
/// An unbounded edge between one producer thread and one consumer thread: a chain of segments, the
/// first small (a graph of a million edges must not reserve kilobytes for each) and each later one
/// twice the size of the one before, up to <see cref="MaxSegmentSize"/>. The producer never waits: a
/// FIFO edge must not become a bounded one under the pipelined executor, since bounding it can deadlock
/// graphs that run fine serially (a zip whose other input lags behind). The consumer hands each segment
/// it finished back through a one-slot spare, so a queue whose depth stays steady stops allocating.
/// </summary>
/// <remarks>
/// The producer publishes by a release write of its count; the consumer acquires it, so it sees the
/// item and any segment link written before. A segment is recycled only after the consumer moved past
/// it, when the producer has already moved on to a later one.
/// </remarks>
internal sealed class SpscLinkedQueue<T> : EdgeBuffer, IItemReader<T>, IItemWriter<T>
{
    private const int FirstSegmentSize = 8;
    private const int MaxSegmentSize = 1024;

    private readonly WaitSignal _notEmpty;

    // Producer-owned.
    private Segment _tail;
    private int _tailIndex;
    private long _published;
    private int _peak;
    private volatile bool _completed;

    // Consumer-owned.
    private Segment _head;
    private int _headIndex;
    private long _consumed;

    private Segment? _spare;

    /// <summary>Creates an empty queue whose consumer waits on <paramref name="notEmpty"/>.</summary>
    public SpscLinkedQueue(string id, WaitSignal notEmpty) : this(id, Edge.Fifo, notEmpty) { }

    /// <summary>Creates an empty queue reported with <paramref name="policy"/> (a default edge's, whose bound its pipe keeps).</summary>
    public SpscLinkedQueue(string id, EdgePolicy policy, WaitSignal notEmpty) : base(id, policy)
    {
        _notEmpty = notEmpty;
        _head = _tail = new Segment(FirstSegmentSize);
    }

    /// <inheritdoc/>
    public int FreeSpace => int.MaxValue;

    /// <inheritdoc/>
    public override int Count => (int)Math.Min(int.MaxValue, Volatile.Read(ref _published) - Volatile.Read(ref _consumed));

    /// <inheritdoc/>
    public override long Written => Volatile.Read(ref _published);

    /// <inheritdoc/>
    public override long Delivered => Volatile.Read(ref _consumed);

    /// <inheritdoc/>
    public override int PeakDepth => Volatile.Read(ref _peak);

    /// <summary>Whether the producer called <see cref="Complete"/>.</summary>
    public bool IsCompletedByProducer => _completed;

    /// <summary>Producer: appends an item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(T item)
    {
        if (_tailIndex == _tail.Items.Length) NextSegment();
        _tail.Items[_tailIndex++] = item;
        var published = _published + 1;
        Volatile.Write(ref _published, published);
        var depth = published - Volatile.Read(ref _consumed);
        if (depth > _peak) Volatile.Write(ref _peak, (int)Math.Min(depth, int.MaxValue));
        if (_notEmpty.IsArmed) _notEmpty.Wake();
    }

    /// <summary>Producer: the next write goes past the edge's bound (counted in <see cref="EdgeBuffer.OverCapacity"/>).</summary>
    public void WritingOverCapacity() => overCapacity++;

    /// <summary>Producer: no more items will be written.</summary>
    public void Complete()
    {
        _completed = true;
        if (_notEmpty.IsArmed) _notEmpty.Wake();
    }

    /// <summary>Consumer: takes the oldest item, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(out T item)
    {
        var consumed = _consumed;
        if (consumed == Volatile.Read(ref _published))
        {
            item = default!;
            return false;
        }
        if (_headIndex == _head.Items.Length) AdvanceHead();
        var items = _head.Items;
        item = items[_headIndex];
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) items[_headIndex] = default!;
        _headIndex++;
        Volatile.Write(ref _consumed, consumed + 1);
        return true;
    }

    private void NextSegment()
    {
        var size = Math.Min(_tail.Items.Length * 2, MaxSegmentSize);
        var spare = Interlocked.Exchange(ref _spare, null);
        var next = spare is not null && spare.Items.Length >= size ? spare : new Segment(size);
        // Linked before any item in it is published, so the consumer always finds the link.
        _tail.Next = next;
        _tail = next;
        _tailIndex = 0;
    }

    private void AdvanceHead()
    {
        var finished = _head;
        _head = finished.Next!;
        _headIndex = 0;
        finished.Next = null;
        Volatile.Write(ref _spare, finished);
    }

    private sealed class Segment(int size)
    {
        public readonly T[] Items = new T[size];
        public Segment? Next;
    }
}
