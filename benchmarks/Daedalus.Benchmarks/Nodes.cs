using Daedalus;

namespace Daedalus.Benchmarks;

// The nodes and graphs measured by the benchmarks, written the way a user writes them.

/// <summary>Source: the numbers 0 .. Count-1.</summary>
[Node]
public sealed partial class Counter
{
    public long Count { get; set; }

    /// <summary>How many values the source has handed out so far (read by the staleness probe).</summary>
    public long Produced { get; private set; }

    [Process]
    public IEnumerable<long> Values()
    {
        Produced = 0;
        for (long i = 0; i < Count; i++)
        {
            Produced = i + 1;
            yield return i;
        }
    }
}

/// <summary>Batch source: the numbers 0 .. Count-1, a span at a time (one call per buffer, not two interface calls per item).</summary>
[Node]
public sealed partial class SpanCounter
{
    private long _next;

    public long Count { get; set; }

    [Initialize]
    public void Restart() => _next = 0;

    [Process]
    public int Fill(Span<long> values)
    {
        var count = (int)Math.Min(values.Length, Count - _next);
        for (var i = 0; i < count; i++) values[i] = _next++;
        return count;
    }
}

/// <summary>W6 stage 1: x*3+1.</summary>
[Node]
public sealed partial class TimesThreePlusOne
{
    [Process]
    public long Apply(long value) => value * 3 + 1;
}

/// <summary>W6 stage 2: x^(x>>3).</summary>
[Node]
public sealed partial class XorShift
{
    [Process]
    public long Apply(long value) => value ^ (value >> 3);
}

/// <summary>W6 stage 3: x+7.</summary>
[Node]
public sealed partial class PlusSeven
{
    [Process]
    public long Apply(long value) => value + 7;
}

/// <summary>A configurable stage for the small graphs: x+K.</summary>
[Node]
public sealed partial class AddConstant
{
    public long K { get; init; }

    [Process]
    public long Apply(long value) => value + K;
}

/// <summary>Sink: sums what it receives.</summary>
[Node]
public sealed partial class Total
{
    public long Sum;

    [Process]
    public void Add(long value) => Sum += value;
}

/// <summary>W7 consumer: sums x+3.</summary>
[Node]
public sealed partial class AddConsumer
{
    public long Sum;

    [Process]
    public void Consume(long value) => Sum += value + 3;
}

/// <summary>W7 consumer: sums x-3.</summary>
[Node]
public sealed partial class SubtractConsumer
{
    public long Sum;

    [Process]
    public void Consume(long value) => Sum += value - 3;
}

/// <summary>W7 consumer: sums x &amp; 0xFF.</summary>
[Node]
public sealed partial class AndConsumer
{
    public long Sum;

    [Process]
    public void Consume(long value) => Sum += value & 0xFF;
}

/// <summary>W8 reader: takes whatever the newest-wins edge holds when the schedule reaches it.</summary>
[Node]
public sealed partial class Poller
{
    /// <summary>The source, to measure how far behind each read value is (set by the benchmark).</summary>
    public Counter? Source { get; set; }

    public long Reads;
    public long Staleness;
    public long Last;

    [Process]
    public void Read(long value)
    {
        Reads++;
        Last = value;
        if (Source is not null) Staleness += Source.Produced - 1 - value;
    }
}

/// <summary>W6 generated serial: every edge the default (no policy), so the generator fuses the chain into locals.</summary>
[Graph]
public sealed partial class StreamFused
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var stage2 = g.Add(new XorShift());
        var stage3 = g.Add(new PlusSeven());
        var total = g.Add(new Total());
        g.Connect(source.Output, stage1.Value);
        g.Connect(stage1.Output, stage2.Value);
        g.Connect(stage2.Output, stage3.Value);
        g.Connect(stage3.Output, total.Value);
    }
}

/// <summary>W6 generated serial with every edge a queued bounded(1024) ring (block on full).</summary>
/// <summary>W6 with a batch source: the fused chain runs inside the loop over each filled span.</summary>
[Graph]
public sealed partial class StreamFusedSpan
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new SpanCounter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var stage2 = g.Add(new XorShift());
        var stage3 = g.Add(new PlusSeven());
        var total = g.Add(new Total());
        g.Connect(source.Output, stage1.Value);
        g.Connect(stage1.Output, stage2.Value);
        g.Connect(stage2.Output, stage3.Value);
        g.Connect(stage3.Output, total.Value);
    }
}

[Graph]
public sealed partial class StreamQueued
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var stage2 = g.Add(new XorShift());
        var stage3 = g.Add(new PlusSeven());
        var total = g.Add(new Total());
        g.Connect(source.Output, stage1.Value, Edge.Bounded(1024));
        g.Connect(stage1.Output, stage2.Value, Edge.Bounded(1024));
        g.Connect(stage2.Output, stage3.Value, Edge.Bounded(1024));
        g.Connect(stage3.Output, total.Value, Edge.Bounded(1024));
    }
}

/// <summary>Small graph: 3 nodes (source, one stage, sink).</summary>
[Graph]
public sealed partial class Small3
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter { Count = 100 });
        var stage = g.Add(new AddConstant { K = 1 });
        var total = g.Add(new Total());
        g.Connect(source.Output, stage.Value);
        g.Connect(stage.Output, total.Value);
    }
}

/// <summary>Small graph: 10 nodes (source, eight stages, sink).</summary>
[Graph]
public sealed partial class Small10
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter { Count = 100 });
        var s1 = g.Add(new AddConstant { K = 1 });
        var s2 = g.Add(new AddConstant { K = 2 });
        var s3 = g.Add(new AddConstant { K = 3 });
        var s4 = g.Add(new AddConstant { K = 4 });
        var s5 = g.Add(new AddConstant { K = 5 });
        var s6 = g.Add(new AddConstant { K = 6 });
        var s7 = g.Add(new AddConstant { K = 7 });
        var s8 = g.Add(new AddConstant { K = 8 });
        var total = g.Add(new Total());
        g.Connect(source.Output, s1.Value);
        g.Connect(s1.Output, s2.Value);
        g.Connect(s2.Output, s3.Value);
        g.Connect(s3.Output, s4.Value);
        g.Connect(s4.Output, s5.Value);
        g.Connect(s5.Output, s6.Value);
        g.Connect(s6.Output, s7.Value);
        g.Connect(s7.Output, s8.Value);
        g.Connect(s8.Output, total.Value);
    }
}

/// <summary>W7: one producer broadcast to three consumers over FIFO edges.</summary>
[Graph]
public sealed partial class FanOutFifo
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var add = g.Add(new AddConsumer());
        var subtract = g.Add(new SubtractConsumer());
        var and = g.Add(new AndConsumer());
        g.Connect(source.Output, add.Value, Edge.Fifo);
        g.Connect(source.Output, subtract.Value, Edge.Fifo);
        g.Connect(source.Output, and.Value, Edge.Fifo);
    }
}

/// <summary>W7: one producer broadcast to three consumers over bounded(1024) edges (block on full).</summary>
[Graph]
public sealed partial class FanOutBounded
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var add = g.Add(new AddConsumer());
        var subtract = g.Add(new SubtractConsumer());
        var and = g.Add(new AndConsumer());
        g.Connect(source.Output, add.Value, Edge.Bounded(1024));
        g.Connect(source.Output, subtract.Value, Edge.Bounded(1024));
        g.Connect(source.Output, and.Value, Edge.Bounded(1024));
    }
}

/// <summary>W8: a source writing into a newest-wins edge, read by a sink once per schedule pass.</summary>
[Graph]
public sealed partial class NewestWins
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var reader = g.Add(new Poller());
        g.Connect(source.Output, reader.Value, Edge.Latest);
    }
}
