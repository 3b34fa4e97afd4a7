using Daedalus;

namespace Daedalus.Benchmarks;

// The filter and flat-map nodes and graphs of the W6 stream suite's filter/flat-map rows.

/// <summary>Filter: keeps the values that are not multiples of 4 (three in four).</summary>
[Node]
public sealed partial class NotMultipleOfFour
{
    [Process, Filter]
    public bool Keep(long value) => (value & 3) != 0;
}

/// <summary>Flat-map: <c>value % 4</c> copies of <c>value * 3 + 1</c> (1.5 items per input on average).</summary>
[Node]
public sealed partial class Copies
{
    [Process]
    public void Copy(long value, OutPort<long> items)
    {
        var item = value * 3 + 1;
        for (var i = value & 3; i > 0; i--) items.Write(item);
    }
}

/// <summary>source → filter → x+7 → sum, on FIFO edges (the compiled run fuses the filter into the source's loop).</summary>
[Graph]
public sealed partial class FilterStream
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var keep = g.Add(new NotMultipleOfFour());
        var stage = g.Add(new PlusSeven());
        var total = g.Add(new Total());
        g.Connect(source.Output, keep.Value);
        g.Connect(keep.Output, stage.Value);
        g.Connect(stage.Output, total.Value);
    }
}

/// <summary>The filter stream with bounded(1024) edges, for the pipelined executor.</summary>
[Graph]
public sealed partial class FilterStreamBounded
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var keep = g.Add(new NotMultipleOfFour());
        var stage = g.Add(new PlusSeven());
        var total = g.Add(new Total());
        g.Connect(source.Output, keep.Value, Edge.Bounded(1024));
        g.Connect(keep.Output, stage.Value, Edge.Bounded(1024));
        g.Connect(stage.Output, total.Value, Edge.Bounded(1024));
    }
}

/// <summary>source → flat-map → sum, on FIFO edges.</summary>
[Graph]
public sealed partial class FlatMapStream
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var copies = g.Add(new Copies());
        var total = g.Add(new Total());
        g.Connect(source.Output, copies.Value);
        g.Connect(copies.Items, total.Value);
    }
}

/// <summary>The flat-map stream with bounded(1024) edges, for the pipelined executor.</summary>
[Graph]
public sealed partial class FlatMapStreamBounded
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter());
        var copies = g.Add(new Copies());
        var total = g.Add(new Total());
        g.Connect(source.Output, copies.Value, Edge.Bounded(1024));
        g.Connect(copies.Items, total.Value, Edge.Bounded(1024));
    }
}
