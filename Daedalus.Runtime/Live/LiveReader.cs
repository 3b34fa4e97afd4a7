using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>What a live graph needs from a reader, whatever its item type.</summary>
internal interface ILiveReader
{
    /// <summary>Set once the reader took everything (its producer finished) or was disposed.</summary>
    WaitHandle Done { get; }

    /// <summary>The graph ended: what the reader had not taken was counted as orphaned; it reads nothing more.</summary>
    void Ended();
}

/// <summary>
/// Reads the items a live graph's node writes to one output port, while the graph runs
/// (<see cref="LiveGraph.Read{T}(string, string, EdgePolicy?)"/>): an edge like any other, with a bounded buffer and
/// a policy for a slow reader (a blocking edge holds the node back; a dropping edge counts what it drops). One reader
/// at a time; enumerate it with <c>await foreach</c>, which ends when the graph stopped and everything was read.
/// Dispose it to stop reading: what it had not taken is counted as orphaned.
/// </summary>
public sealed class LiveReader<T> : IAsyncEnumerable<T>, IAsyncDisposable, ILiveReader
{
    private static readonly Func<LiveReader<T>, bool> Readable = static reader => reader.HasItemOrEnded;

    private readonly LiveGraph _graph;
    private readonly ManualResetEventSlim _done = new(false);
    private readonly Lock _readGate = new();
    private LiveEdgeRecord? _edge;
    private int _waiting;
    private volatile bool _ended;

    internal LiveReader(LiveGraph graph, string id)
    {
        _graph = graph;
        Id = id;
    }

    /// <summary>The reader's edge id: <c>node.Port->(reader N)</c>.</summary>
    public string Id { get; }

    /// <summary>Items the edge dropped because this reader was slow (with a dropping policy).</summary>
    public long Dropped => _edge?.Current.Buffer.Dropped ?? 0;

    /// <summary>Items waiting to be read.</summary>
    public int Count => _edge?.Current.Buffer.Count ?? 0;

    internal WaitSignal Signal { get; } = new();

    WaitHandle ILiveReader.Done => _done.WaitHandle;

    private bool HasItemOrEnded => _ended || _edge!.Current.Buffer.Count > 0 || _edge.Current.IsProducerDone;

    internal void Attach(LiveEdgeRecord edge) => _edge = edge;

    /// <summary>Takes the next item if one is waiting.</summary>
    public bool TryRead(out T item)
    {
        lock (_readGate)
        {
            if (!_ended && ((IItemReader<T>)_edge!.Current.Reader).TryRead(out item)) return true;
        }
        item = default!;
        return false;
    }

    /// <summary>Waits until an item is waiting (true) or the node's output ended and everything was read (false).</summary>
    public async ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _waiting, 1) != 0)
            throw new InvalidOperationException($"Reader '{Id}' is already being waited on; a live reader has one consumer at a time.");
        try
        {
            await Signal.WaitUntilAsync(this, Readable, cancellationToken).ConfigureAwait(false);
            if (!_ended && _edge!.Current.Buffer.Count > 0) return true;
            _done.Set();
            return false;
        }
        finally
        {
            Volatile.Write(ref _waiting, 0);
        }
    }

    /// <summary>Every item, as the node writes it, until the graph stopped and everything was read.</summary>
    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (TryRead(out var item)) yield return item;
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>Stops reading: the edge leaves the graph and what it held is counted as orphaned.</summary>
    public ValueTask DisposeAsync()
    {
        if (_edge is { } edge && !_ended) _graph.RemoveReader(edge);
        _ended = true;
        _done.Set();
        Signal.Wake();
        return ValueTask.CompletedTask;
    }

    void ILiveReader.Ended()
    {
        _ended = true;
        _done.Set();
        Signal.Wake();
    }
}
