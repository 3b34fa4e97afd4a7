namespace Daedalus.Runtime;

/// <summary>
/// Several producer threads into one consumer: one <see cref="SpscRing{T}"/> per producer, merged by
/// the consumer. Each producer writes only to its own ring (<see cref="this[int]"/>), so writes stay
/// lock-free; the consumer reads the rings round-robin, so no producer starves another.
/// The input completes only when every producer has completed and every ring is drained.
/// </summary>
/// <remarks>
/// Items from one producer keep their order; items from different producers interleave. The rings share
/// one wake-up signal, so a consumer waiting in <see cref="WaitToRead"/> wakes for any producer. Read the
/// rings through this type only: their own <c>WaitToRead</c> would wait on the shared signal too.
/// </remarks>
public sealed class FanIn<T> : IItemReader<T>
{
    private static readonly Func<FanIn<T>, bool> HasItemsOrCompletedCheck;

    // An explicit static constructor runs when the first instance is created, not lazily on the first
    // wait, so no wait ever allocates these delegates.
    static FanIn()
    {
        HasItemsOrCompletedCheck = static fanIn => fanIn.HasItemsOrCompleted();
    }

    private readonly SpscRing<T>[] _rings;
    private readonly WaitSignal _notEmpty = new();
    private int _next;

    /// <summary>Creates one ring per edge in <paramref name="edgeIds"/>, all with the same policy.</summary>
    public FanIn(IReadOnlyList<string> edgeIds, int capacity, Overflow overflow)
    {
        ArgumentNullException.ThrowIfNull(edgeIds);
        if (edgeIds.Count == 0) throw new ArgumentException("A fan-in needs at least one producer edge.", nameof(edgeIds));
        _rings = new SpscRing<T>[edgeIds.Count];
        for (var i = 0; i < _rings.Length; i++) _rings[i] = new SpscRing<T>(edgeIds[i], capacity, overflow, _notEmpty);
    }

    /// <summary>The ring producer <paramref name="producer"/> writes to.</summary>
    public SpscRing<T> this[int producer] => _rings[producer];

    /// <summary>Every producer's ring, in the order of the edge ids.</summary>
    public IReadOnlyList<SpscRing<T>> Rings => _rings;

    /// <summary>Items waiting in all rings.</summary>
    public int Count
    {
        get
        {
            var total = 0;
            foreach (var ring in _rings) total += ring.Count;
            return total;
        }
    }

    /// <summary>Whether every producer completed and every item was read.</summary>
    public bool IsCompleted => Array.TrueForAll(_rings, ring => ring.IsCompleted);

    /// <summary>Takes the next item, visiting the rings round-robin.</summary>
    public bool TryRead(out T item)
    {
        for (var visited = 0; visited < _rings.Length; visited++)
        {
            var index = NextRing();
            if (_rings[index].TryRead(out item)) return true;
        }
        item = default!;
        return false;
    }

    /// <summary>Fills <paramref name="destination"/> with a batch from each ring in turn; returns how many items.</summary>
    public int TryReadMany(Span<T> destination)
    {
        var total = 0;
        for (var visited = 0; visited < _rings.Length && total < destination.Length; visited++)
            total += _rings[NextRing()].TryReadMany(destination[total..]);
        return total;
    }

    /// <summary>
    /// Waits until some ring has an item (true) or every producer has completed and every ring is
    /// drained (false).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired first.</exception>
    public bool WaitToRead(CancellationToken cancellation = default)
    {
        _notEmpty.WaitUntil(this, HasItemsOrCompletedCheck, cancellation);
        return HasItemsAfterWait();
    }

    /// <summary><see cref="WaitToRead"/>, waiting asynchronously.</summary>
    public async ValueTask<bool> WaitToReadAsync(CancellationToken cancellation = default)
    {
        await _notEmpty.WaitUntilAsync(this, HasItemsOrCompletedCheck, cancellation).ConfigureAwait(false);
        return HasItemsAfterWait();
    }

    /// <summary>Items written by all producers.</summary>
    public long Written => Sum(static ring => ring.Written);

    /// <summary>Items read by the consumer.</summary>
    public long Delivered => Sum(static ring => ring.Delivered);

    /// <summary>Items discarded by the rings' overflow strategy.</summary>
    public long Dropped => Sum(static ring => ring.Dropped);

    private int NextRing()
    {
        var index = _next;
        _next = index + 1 == _rings.Length ? 0 : index + 1;
        return index;
    }

    private bool HasItemsOrCompleted()
    {
        var allCompleted = true;
        foreach (var ring in _rings)
        {
            if (ring.HasItems()) return true;
            allCompleted &= ring.IsCompletedByProducer;
        }
        return allCompleted;
    }

    // As in SpscRing: each ring's completion flag is read before its final look at the tail.
    private bool HasItemsAfterWait()
    {
        foreach (var ring in _rings)
        {
            if (!ring.IsCompletedByProducer || ring.HasItems()) return true;
        }
        return false;
    }

    private long Sum(Func<SpscRing<T>, long> counter)
    {
        long total = 0;
        foreach (var ring in _rings) total += counter(ring);
        return total;
    }
}
