using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

/// <summary>An endless count into a sink through a Block edge of 64: a cancelled run leaves items on the edge.</summary>
[Graph]
public sealed partial class Interruptible
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter { Count = int.MaxValue });
        var sink = g.Add(new CancellingSink());
        g.Connect(source.Output, sink.Item, Edge.Bounded(64));
    }
}

/// <summary>A count fused into a sink: the sink is called inside the source's batch of 1,024 items.</summary>
[Graph]
public sealed partial class CancelInBatch
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter { Count = 10_000 });
        var sink = g.Add(new CancellingSink());
        g.Connect(source.Output, sink.Item);
    }
}

/// <summary>A count queued for a sink: the sink finds a whole source batch waiting.</summary>
[Graph]
public sealed partial class CancelInQueue
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Counter { Count = 10_000 });
        var sink = g.Add(new CancellingSink());
        g.Connect(source.Output, sink.Item, Edge.Queued);
    }
}

/// <summary>A checked stream shared round-robin by three sinks.</summary>
[Graph]
public sealed partial class CheckedRoundRobin
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 9 });
        var check = g.Add(new FailOn { Value = 0 });
        var first = g.Add(new Collect<int>());
        var second = g.Add(new Collect<int>());
        var third = g.Add(new Collect<int>());
        g.Connect(source.Output, check.Value);
        g.Connect(check.Output, first.Item);
        g.Connect(check.Output, second.Item);
        g.Connect(check.Output, third.Item);
        g.Distribute(check.Output, FanOut.RoundRobin);
    }
}

/// <summary>One source, two branches: one fails on its third item, the other does not depend on it.</summary>
[Graph]
public sealed partial class TwoBranches
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var fail = g.Add(new FailOn { Value = 3 });
        var failedSink = g.Add(new Collect<int>());
        var scale = g.Add(new Scale { Factor = 2 });
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, fail.Value);
        g.Connect(fail.Output, failedSink.Item);
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, sink.Item);
    }
}

/// <summary>A port node writes a burst of 300 into a Block edge of 4 without looking at its free space.</summary>
[Graph]
public sealed partial class BurstIntoBlock
{
    static void Define(GraphBuilder g)
    {
        var burst = g.Add(new Burst { Count = 300 });
        var sink = g.Add(new Collect<string>());
        g.Connect(burst.Words, sink.Item, Edge.Bounded(4));
    }
}

/// <summary>Three items into a port node that never reads them.</summary>
[Graph]
public sealed partial class Unread
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 3 });
        var ignore = g.Add(new IgnoreAll());
        g.Connect(source.Output, ignore.Numbers);
    }
}

#pragma warning disable DAE0004 // the single node is deliberately unconnected
/// <summary>A port node whose output has no edge: what it writes is discarded and counted.</summary>
[Graph]
public sealed partial class UnconnectedBurst
{
    static void Define(GraphBuilder g)
    {
        var burst = g.Add(new Burst { Count = 4 });
    }
}
#pragma warning restore DAE0004

/// <summary>A node with two fused outputs: the consumer of the first fails, the second must still get every item.</summary>
[Graph]
public sealed partial class TupleBranches
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 0, To = 9 });
        var divMod = g.Add(new DivMod { Divisor = 4 });
        var check = g.Add(new FailOn { Value = 1 });
        var quotients = g.Add(new Collect<int>());
        var remainders = g.Add(new Collect<int>());
        g.Connect(source.Output, divMod.Value);
        g.Connect(divMod.Quotient, check.Value);
        g.Connect(check.Output, quotients.Item);
        g.Connect(divMod.Remainder, remainders.Item);
    }
}
