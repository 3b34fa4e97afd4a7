using Daedalus;

namespace Daedalus.Benchmarks;

/// <summary>W6 aggregate: the running sum of its values, published once the stream ends.</summary>
[Node]
public sealed partial class RunningSum
{
    [Process]
    public void Add(long value, ref long sum) => sum += value;
}

/// <summary>W6 count window: the largest value of each window of <see cref="AggregateBenchmarks.Window"/> values.</summary>
[Node]
public sealed partial class WindowMax
{
    [Process, Window(Count = AggregateBenchmarks.Window)]
    public long Max(ReadOnlySpan<long> values)
    {
        var max = long.MinValue;
        foreach (var value in values) max = Math.Max(max, value);
        return max;
    }
}

/// <summary>Keeps the last value it received.</summary>
[Node]
public sealed partial class LastValue
{
    public long Value;

    [Process]
    public void Keep(long value) => Value = value;
}

/// <summary>Stage 1 of W6, then its running sum: the aggregate fused into the source's loop.</summary>
[Graph]
public sealed partial class AggregateFused
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var sum = g.Add(new RunningSum());
        var last = g.Add(new LastValue());
        g.Connect(source.Output, stage1.Value);
        g.Connect(stage1.Output, sum.Value);
        g.Connect(sum.Sum, last.Value);
    }
}

/// <summary><see cref="AggregateFused"/> with a batch (Span) source.</summary>
[Graph]
public sealed partial class AggregateFusedSpan
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new SpanCounter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var sum = g.Add(new RunningSum());
        var last = g.Add(new LastValue());
        g.Connect(source.Output, stage1.Value);
        g.Connect(stage1.Output, sum.Value);
        g.Connect(sum.Sum, last.Value);
    }
}

/// <summary><see cref="AggregateFused"/> with bounded queues, for the pipelined executor.</summary>
[Graph]
public sealed partial class AggregateQueued
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var sum = g.Add(new RunningSum());
        var last = g.Add(new LastValue());
        g.Connect(source.Output, stage1.Value, Edge.Bounded(1024));
        g.Connect(stage1.Output, sum.Value, Edge.Bounded(1024));
        g.Connect(sum.Sum, last.Value);
    }
}

/// <summary>Stage 1 of W6, the maximum of each window, the maxima summed: the window fused into the source's loop.</summary>
[Graph]
public sealed partial class WindowFused
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var window = g.Add(new WindowMax());
        var total = g.Add(new Total());
        g.Connect(source.Output, stage1.Value);
        g.Connect(stage1.Output, window.Values);
        g.Connect(window.Output, total.Value);
    }
}

/// <summary><see cref="WindowFused"/> with bounded queues, for the pipelined executor.</summary>
[Graph]
public sealed partial class WindowQueued
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var stage1 = g.Add(new TimesThreePlusOne());
        var window = g.Add(new WindowMax());
        var total = g.Add(new Total());
        g.Connect(source.Output, stage1.Value, Edge.Bounded(1024));
        g.Connect(stage1.Output, window.Values, Edge.Bounded(1024));
        g.Connect(window.Output, total.Value, Edge.Bounded(1024));
    }
}
