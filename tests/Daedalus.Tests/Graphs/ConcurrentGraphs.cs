using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

[Graph]
public sealed partial class GatedCalls
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 100 });
        var fetch = g.Add(new GatedDouble());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, fetch.Value);
        g.Connect(fetch.Output, sink.Item);
    }
}

[Graph]
public sealed partial class ShuffledCalls
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 200 });
        var ordered = g.Add(new ShuffledSquare());
        var unordered = g.Add(new UnorderedSquare());
        var orderedSink = g.Add(new Collect<int>());
        var unorderedSink = g.Add(new Collect<int>());
        g.Connect(source.Output, ordered.Value);
        g.Connect(source.Output, unordered.Value);
        g.Connect(ordered.Output, orderedSink.Item);
        g.Connect(unordered.Output, unorderedSink.Item);
    }
}

[Graph]
public sealed partial class ParallelWorkers
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 500 });
        var divide = g.Add(new ParallelDivide());
        var quotients = g.Add(new Collect<int>());
        var remainders = g.Add(new ParallelCollect());
        g.Connect(source.Output, divide.Value);
        g.Connect(divide.Quotient, quotients.Item);
        g.Connect(divide.Remainder, remainders.Item);
    }
}

[Graph]
public sealed partial class CancelledCalls
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var wait = g.Add(new WaitsForCancellation());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, wait.Value);
        g.Connect(wait.Output, sink.Item);
    }
}

[Graph]
public sealed partial class FailingCalls
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var fail = g.Add(new FailsAtFive());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, fail.Value);
        g.Connect(fail.Output, sink.Item);
    }
}

/// <summary>A concurrent node whose output is a blocking edge of capacity 2.</summary>
[Graph]
public sealed partial class BlockedCalls
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 50 });
        var square = g.Add(new ShuffledSquare());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, square.Value);
        g.Connect(square.Output, sink.Item, Edge.Bounded(capacity: 2, overflow: Overflow.Block));
    }
}

[Graph]
public sealed partial class PairedWork
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 20 });
        var pair = g.Add(new PairedCalls());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, pair.Value);
        g.Connect(pair.Output, sink.Item);
    }
}
