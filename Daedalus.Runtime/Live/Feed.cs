using System.Threading.Channels;

namespace Daedalus.Runtime;

/// <summary>
/// A source fed from outside: what is written to its <see cref="Writer"/> comes out of its <c>Output</c> port, in
/// order. Add it to a graph like any node and connect its output; in a live graph, write to it while the graph runs
/// (<see cref="LiveGraph.Writer{T}(string)"/>). Its buffer holds <see cref="Capacity"/> items; the edge out of it
/// applies its own policy, so a blocking edge makes writers wait (or <c>TryWrite</c> fail) once both are full, and a
/// dropping edge drops and counts. Stopping the graph completes the writer: what it accepted is delivered.
/// In a run to completion (<c>RuntimeGraph.Run</c>) the feed delivers items until its writer is completed.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Feed<T> : IRuntimeNode<Feed<T>.Ports>
{
    private readonly Channel<T> _buffer;

    /// <summary>Creates a feed whose buffer holds <paramref name="capacity"/> items.</summary>
    public Feed(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        Writer = new FeedWriter<T>(_buffer.Writer);
    }

    /// <summary>How many items the feed buffers before writers wait.</summary>
    public int Capacity { get; }

    /// <summary>Where items are written from outside (any number of threads).</summary>
    public FeedWriter<T> Writer { get; }

    /// <inheritdoc/>
    public Ports CreatePorts(object owner) => new(owner);

    /// <inheritdoc/>
    public NodeAdapter CreateAdapter() => new FeedAdapter(this);

    /// <summary>The feed's port.</summary>
    public sealed class Ports(object owner)
    {
        /// <summary>The items written to the feed.</summary>
        public OutputRef<T> Output { get; } = new(owner, "Output");
    }

    private sealed class FeedAdapter(Feed<T> feed) : NodeAdapter(feed, NodeKind.Source, $"Feed<{typeof(T).Name}>"), ILiveSource
    {
        private readonly AdapterOutput<T> _output = new("Output", typeof(T).Name);
        private readonly ChannelReader<T> _reader = feed._buffer.Reader;
        private bool _live;

        public override IReadOnlyList<AdapterInput> Inputs => [];

        public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_output];

        public override void DescribeConfiguration(NodeConfigurationWriter writer) => writer.Add(nameof(Capacity), feed.Capacity);

        public override bool IsExhausted => _reader.Completion.IsCompleted;

        public long DueTimestamp => 0;

        public bool IsDrained => _reader.Completion.IsCompleted;

        public override bool TryFire(FireContext context)
        {
            if (_reader.TryRead(out var item))
            {
                _output.Write(item);
                return true;
            }
            // In a run to completion, wait for the next item or the writer's completion; a live worker waits outside.
            if (_live || !AsyncBridge.Wait(_reader.WaitToReadAsync(context.CancellationToken)) || !_reader.TryRead(out item)) return false;
            _output.Write(item);
            return true;
        }

        public void AttachLive(Action wake)
        {
            _live = true;
            feed.Writer.Attach(wake);
        }

        public void Stop() => feed.Writer.TryComplete();

        public long Abandon()
        {
            feed.Writer.TryComplete();
            long abandoned = 0;
            while (_reader.TryRead(out _)) abandoned++;
            return abandoned;
        }
    }
}

/// <summary>
/// Writes items into a <see cref="Feed{T}"/> from outside a graph, from any number of threads, like a bounded
/// <see cref="ChannelWriter{T}"/>: <c>TryWrite</c> fails and <c>WriteAsync</c> waits while the feed is full; after
/// <c>TryComplete</c> (or the graph's stop) writes fail with <see cref="ChannelClosedException"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class FeedWriter<T> : ChannelWriter<T>
{
    private readonly ChannelWriter<T> _inner;
    private Action? _wake;

    internal FeedWriter(ChannelWriter<T> inner) => _inner = inner;

    /// <inheritdoc/>
    public override bool TryWrite(T item)
    {
        if (!_inner.TryWrite(item)) return false;
        _wake?.Invoke();
        return true;
    }

    /// <inheritdoc/>
    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => _inner.WaitToWriteAsync(cancellationToken);

    /// <inheritdoc/>
    public override bool TryComplete(Exception? error = null)
    {
        var completed = _inner.TryComplete(error);
        _wake?.Invoke();
        return completed;
    }

    internal void Attach(Action wake) => _wake = wake;
}
