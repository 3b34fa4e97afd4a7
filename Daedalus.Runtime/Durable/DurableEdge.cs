using System.Buffers;

namespace Daedalus.Runtime;

/// <summary>
/// An edge of a durable run, which passes through the store: the producer writes into a queue with the edge's policy
/// (its drops apply there), whose items are serialized into the edge's blob as they leave it; the consumer reads a plain
/// queue refilled from the stored blob, at most the edge's capacity at a time. Only one of the two ends is active at a
/// time, on one thread.
/// </summary>
internal abstract class DurableEdge(ResolvedEdge spec) : RunEdge(spec)
{
    /// <summary>Whether no item can be dropped on the producer's side: the edge may be stored while the producer runs.</summary>
    public bool IsLossless => Spec.Policy.Kind == EdgeKind.Fifo || IsBlocking;

    /// <summary>Items the producer wrote that are not stored yet.</summary>
    public abstract int Waiting { get; }

    /// <summary>Serializes the items waiting on the producer's side into the edge's blob.</summary>
    public abstract void StoreWaiting();

    /// <summary>Takes the finished blob: its bytes and item count. The edge starts a new one.</summary>
    public abstract (byte[] Data, long Items) TakeBlob();

    /// <summary>Makes the blob <paramref name="data"/> of <paramref name="items"/> items the consumer's input.</summary>
    public abstract void Replay(byte[] data, long items);

    /// <summary>Moves stored items into the consumer's queue until it holds the edge's capacity; whether any moved.</summary>
    public abstract bool Refill();

    /// <summary>Items of the blob not moved to the consumer's queue yet.</summary>
    public abstract long ReplayLeft { get; }

    /// <summary>Whether the consumer has items to take: queued, or still to replay.</summary>
    public abstract bool HasInput { get; }
}

/// <inheritdoc cref="DurableEdge"/>
internal sealed class DurableEdge<T> : DurableEdge
{
    private const int FifoRefill = 1024;

    private readonly IItemSerializer<T> _serializer;
    private readonly IItemReader<T> _outboundReader;
    private readonly EdgeBuffer _outbound;
    private readonly FifoQueue<T> _inbound;
    private readonly ArrayBufferWriter<byte> _item = new();
    private ArrayBufferWriter<byte> _blob = new();
    private long _blobItems;
    private long _stored;
    private long _replayed;
    private byte[] _replay = [];
    private int _replayOffset;
    private long _replayLeft;
    private long _drainedFromQueue;

    public DurableEdge(ResolvedEdge spec, IItemSerializer<T> serializer) : base(spec)
    {
        _serializer = serializer;
        var policy = spec.Policy;
        (_outboundReader, _outbound, Writer) = policy.Kind switch
        {
            EdgeKind.Bounded => Triple(new BoundedRing<T>(spec.Id, policy)),
            EdgeKind.Latest => Triple(new LatestSlot<T>(spec.Id)),
            _ => Triple(new FifoQueue<T>(spec.Id)),
        };
        _inbound = new FifoQueue<T>(spec.Id);
    }

    /// <summary>The producer's side: the policy queue.</summary>
    public override EdgeBuffer Buffer => _outbound;

    public override object Reader => _inbound;

    public override object Writer { get; }

    public override int Waiting => _outbound.Count;

    public override long ReplayLeft => _replayLeft;

    public override bool HasInput => _inbound.Count > 0 || _replayLeft > 0;

    public override void StoreWaiting()
    {
        while (_outboundReader.TryRead(out var item))
        {
            _item.ResetWrittenCount();
            _serializer.Write(item, _item);
            ItemBlob.Append(_blob, _item.WrittenSpan);
            _blobItems++;
            _stored++;
        }
    }

    public override (byte[] Data, long Items) TakeBlob()
    {
        StoreWaiting();
        var taken = (_blob.WrittenSpan.ToArray(), _blobItems);
        _blob = new ArrayBufferWriter<byte>();
        _blobItems = 0;
        return taken;
    }

    public override void Replay(byte[] data, long items)
    {
        _replay = data;
        _replayOffset = 0;
        _replayLeft = items;
    }

    public override bool Refill()
    {
        if (_replayLeft == 0 || IsRefusing) return false;
        var room = Spec.Policy.Kind switch
        {
            EdgeKind.Bounded => Spec.Policy.Capacity - _inbound.Count,
            EdgeKind.Latest => 1 - _inbound.Count,
            _ => FifoRefill - _inbound.Count,
        };
        var moved = false;
        while (room-- > 0 && _replayLeft > 0)
        {
            var bytes = ItemBlob.Next(_replay, ref _replayOffset);
            _inbound.Write(_serializer.Read(bytes));
            _replayLeft--;
            _replayed++;
            moved = true;
        }
        if (_replayLeft == 0) _replay = [];
        return moved;
    }

    protected override long DrainQueue()
    {
        var fromQueue = 0L;
        while (_inbound.TryRead(out _)) fromQueue++;
        _drainedFromQueue += fromQueue;
        var drained = fromQueue + _replayLeft;
        _replayLeft = 0;
        _replay = [];
        return drained;
    }

    public override EdgeRunStats Stats()
    {
        var lost = Drained + LateDiscards;
        var queued = _inbound.Count + _outbound.Count + _replayLeft;
        return new EdgeRunStats(Spec.Id, _outbound.Written + LateDiscards, _inbound.Delivered - _drainedFromQueue,
            _outbound.DroppedOldest, _outbound.DroppedNewest, ConsumerFailed ? lost : 0,
            (int)Math.Min(int.MaxValue, IsRefusing && !ConsumerFailed ? lost + queued : queued), Math.Max(_outbound.PeakDepth, _inbound.PeakDepth), _outbound.OverCapacity)
        {
            Policy = Spec.Policy,
            Stored = _stored,
            Replayed = _replayed,
        };
    }

    private static (IItemReader<T>, EdgeBuffer, IItemWriter<T>) Triple<TQueue>(TQueue queue) where TQueue : EdgeBuffer, IItemReader<T>, IItemWriter<T> => (queue, queue, queue);
}
