using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// A source that writes 0, 1, 2 … to its <c>Output</c> port once every <see cref="Period"/>, for ever (or
/// <see cref="Count"/> times): the clock of a live graph. The first tick is written at once. A tick that falls
/// behind is written as soon as it can be, and the ticks after it keep to the original rhythm unless it fell more than a
/// period behind.
/// </summary>
public sealed class Ticker : IRuntimeNode<Ticker.Ports>
{
    /// <summary>Creates a ticker that ticks every <paramref name="period"/>, <paramref name="count"/> times (for ever when null).</summary>
    public Ticker(TimeSpan period, long? count = null)
    {
        if (period <= TimeSpan.Zero || period > NodeMode.MaxInterval)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"A ticker's period must be above zero and at most {NodeMode.MaxInterval.TotalDays:0} days.");
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A ticker's count cannot be negative.");
        Period = period;
        Count = count;
    }

    /// <summary>The time between two ticks.</summary>
    public TimeSpan Period { get; }

    /// <summary>How many ticks it writes; null for ever.</summary>
    public long? Count { get; }

    /// <inheritdoc/>
    public Ports CreatePorts(object owner) => new(owner);

    /// <inheritdoc/>
    public NodeAdapter CreateAdapter() => new TickerAdapter(this);

    /// <summary>The ticker's port.</summary>
    public sealed class Ports(object owner)
    {
        /// <summary>The tick numbers, from 0.</summary>
        public OutputRef<long> Output { get; } = new(owner, "Output");
    }

    private sealed class TickerAdapter(Ticker ticker) : NodeAdapter(ticker, NodeKind.Source, "Ticker"), ILiveSource
    {
        private readonly AdapterOutput<long> _output = new("Output", "long");
        private readonly long _period = (long)(ticker.Period.TotalSeconds * Stopwatch.Frequency);
        private long _next;
        private long _due;
        private bool _live;
        private volatile bool _stopped;

        public override IReadOnlyList<AdapterInput> Inputs => [];

        public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_output];

        public override void DescribeConfiguration(NodeConfigurationWriter writer)
        {
            writer.Add(nameof(Period), ticker.Period);
            writer.Add(nameof(Count), ticker.Count);
        }

        public override bool IsExhausted => _stopped || _next >= (ticker.Count ?? long.MaxValue);

        public long DueTimestamp => IsExhausted ? 0 : _due;

        public bool IsDrained => true;

        public override void Open(FireContext context)
        {
            _next = 0;
            _due = Stopwatch.GetTimestamp();
        }

        public override bool TryFire(FireContext context)
        {
            if (IsExhausted) return false;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _due);
            if (wait > TimeSpan.Zero)
            {
                // A live worker waits outside the firing (where an edit can reach it); a run to completion waits here.
                if (_live) return false;
                context.CancellationToken.WaitHandle.WaitOne(wait);
                context.CancellationToken.ThrowIfCancellationRequested();
            }
            _output.Write(_next++);
            _due = Math.Max(_due + _period, Stopwatch.GetTimestamp() - _period);
            return true;
        }

        public void AttachLive(Action wake) => _live = true;

        public void Stop() => _stopped = true;

        public long Abandon() => 0;
    }
}
