using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

[Graph]
public sealed partial class LinearChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var scale = g.Add(new Scale { Factor = 2 });
        var addOne = g.Add(new AddOne());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, addOne.Value);
        g.Connect(addOne.Output, sink.Item);
    }
}

/// <summary>The linear chain with its middle edge opted out of fusion.</summary>
[Graph]
public sealed partial class ChainWithQueuedEdge
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var scale = g.Add(new Scale { Factor = 2 });
        var addOne = g.Add(new AddOne());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, addOne.Value, Edge.Queued);
        g.Connect(addOne.Output, sink.Item);
    }
}

/// <summary>Fan-out from the source, fan-in through a two-input node.</summary>
[Graph]
public sealed partial class Diamond
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 100 });
        var doubled = g.Add(new Scale { Factor = 2 });
        var next = g.Add(new AddOne());
        var add = g.Add(new Add());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, doubled.Value);
        g.Connect(source.Output, next.Value);
        g.Connect(doubled.Output, add.Left);
        g.Connect(next.Output, add.Right);
        g.Connect(add.Output, sink.Item);
    }
}

/// <summary>Two producers into one input: items merge, the run ends when both are exhausted.</summary>
[Graph]
public sealed partial class FanIn
{
    static void Define(GraphBuilder g)
    {
        var low = g.Add(new Range { From = 1, To = 1000 });
        var high = g.Add(new Range { From = 1001, To = 1500 });
        var sink = g.Add(new Sum());
        g.Connect(low.Output, sink.Value);
        g.Connect(high.Output, sink.Value);
    }
}

[Graph]
public sealed partial class MultiOutput
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 0, To = 9 });
        var divMod = g.Add(new DivMod { Divisor = 4 });
        var quotients = g.Add(new Collect<int>());
        var remainders = g.Add(new Collect<int>());
        g.Connect(source.Output, divMod.Value);
        g.Connect(divMod.Quotient, quotients.Item);
        g.Connect(divMod.Remainder, remainders.Item);
    }
}

[Graph]
public sealed partial class GenericNodes
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 3 });
        var tag = g.Add(new Tag<int> { Label = "#" });
        var sink = g.Add(new Collect<string>());
        g.Connect(source.Output, tag.Value);
        g.Connect(tag.Output, sink.Item);
    }
}

[Graph]
public sealed partial class AsyncPipeline
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new AsyncRange { Count = 5 });
        var square = g.Add(new SlowSquare());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, square.Value);
        g.Connect(square.Output, sink.Item);
    }
}

/// <summary>A bounded block edge of capacity 4 between a 1,000-item producer and its consumer.</summary>
[Graph]
public sealed partial class BoundedPipeline
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 1000 });
        var scale = g.Add(new Scale { Factor = 3 });
        var sink = g.Add(new Sum());
        g.Connect(source.Output, scale.Value, Edge.Bounded(4));
        g.Connect(scale.Output, sink.Value, Edge.Bounded(capacity: 2, overflow: Overflow.Block));
    }
}

/// <summary>A port node writes a burst into a 2-slot drop-newest edge: one item is dropped and counted.</summary>
[Graph]
public sealed partial class DroppingBurst
{
    static void Define(GraphBuilder g)
    {
        var burst = g.Add(new Burst { Count = 3 });
        var sink = g.Add(new Collect<string>());
        g.Connect(burst.Words, sink.Item, Edge.Bounded(2, Overflow.DropNewest));
    }
}

[Graph]
public sealed partial class PortNodes
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var evens = g.Add(new Evens());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, evens.Numbers);
        g.Connect(evens.Even, sink.Item);
    }
}

#pragma warning disable DAE0015 // the graph is deliberately empty
[Graph]
public sealed partial class Empty
{
    static void Define(GraphBuilder g)
    {
    }
}
#pragma warning restore DAE0015

#pragma warning disable DAE0004 // the single node is deliberately unconnected
/// <summary>One source and nothing else: its items are discarded and counted.</summary>
[Graph]
public sealed partial class SingleNode
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 7 });
    }
}
#pragma warning restore DAE0004

[Graph]
public sealed partial class Lifecycle
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 2 });
        var recorder = g.Add(new Recorder());
        g.Connect(source.Output, recorder.Value);
    }
}

[Graph]
public sealed partial class Failing
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 5 });
        var fail = g.Add(new FailOn { Value = 3 });
        var recorder = g.Add(new Recorder());
        g.Connect(source.Output, fail.Value);
        g.Connect(fail.Output, recorder.Value);
    }
}

[Graph]
public sealed partial class Endless
{
    static void Define(GraphBuilder g)
    {
        var ticks = g.Add(new Forever());
        var sink = g.Add(new Collect<long>());
        g.Connect(ticks.Output, sink.Item, Edge.Bounded(64));
    }
}

[Graph]
public sealed partial class SumChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range());
        var scale = g.Add(new Scale());
        var addOne = g.Add(new AddOne());
        var sink = g.Add(new Sum());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, addOne.Value);
        g.Connect(addOne.Output, sink.Value);
    }
}

/// <summary>One output, three consumers, each item to one of them in turn.</summary>
[Graph]
public sealed partial class RoundRobinWork
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 9 });
        var scale = g.Add(new Scale { Factor = 1 });
        var first = g.Add(new Collect<int>());
        var second = g.Add(new Collect<int>());
        var third = g.Add(new Collect<int>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, first.Item);
        g.Connect(scale.Output, second.Item);
        g.Connect(scale.Output, third.Item);
        g.Distribute(scale.Output, FanOut.RoundRobin);
    }
}

/// <summary>A port node's output shared round-robin between two consumers.</summary>
[Graph]
public sealed partial class RoundRobinPorts
{
    static void Define(GraphBuilder g)
    {
        var burst = g.Add(new Burst { Count = 5 });
        var left = g.Add(new Collect<string>());
        var right = g.Add(new Collect<string>());
        g.Connect(burst.Words, left.Item);
        g.Connect(burst.Words, right.Item);
        g.Distribute(burst.Words, FanOut.RoundRobin);
    }
}

/// <summary>One burst of three items into each overflow strategy and a newest-wins slot.</summary>
[Graph]
public sealed partial class OverflowStrategies
{
    static void Define(GraphBuilder g)
    {
        var burst = g.Add(new Burst { Count = 3 });
        var oldestDropped = g.Add(new Collect<string>());
        var newestDropped = g.Add(new Collect<string>());
        var latest = g.Add(new Collect<string>());
        g.Connect(burst.Words, oldestDropped.Item, Edge.Bounded(2, Overflow.DropOldest));
        g.Connect(burst.Words, newestDropped.Item, Edge.Bounded(2, Overflow.DropNewest));
        g.Connect(burst.Words, latest.Item, Edge.Latest);
    }
}

[Graph]
public sealed partial class OverflowError
{
    static void Define(GraphBuilder g)
    {
        var burst = g.Add(new Burst { Count = 3 });
        var sink = g.Add(new Collect<string>());
        g.Connect(burst.Words, sink.Item, Edge.Bounded(2, Overflow.Error));
    }
}

[Graph]
public sealed partial class InitializeOnly
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 3 });
        var sink = g.Add(new StartsOnly());
        g.Connect(source.Output, sink.Value);
    }
}

/// <summary>A node that takes its NodeContext, between a source and a sink.</summary>
[Graph]
public sealed partial class WithContext
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 5 });
        var counting = g.Add(new CountingStage());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, counting.Value);
        g.Connect(counting.Output, sink.Item);
    }
}

/// <summary>file → bytes → lines → collected, with a small byte-stream capacity so the reader is held back.</summary>
[Graph]
public sealed partial class FileLines
{
    static void Define(GraphBuilder g)
    {
        var file = g.Add(new FileBytes());
        var lines = g.Add(new Lines());
        var sink = g.Add(new Collect<string>());
        g.Connect(file.Bytes, lines.Bytes, Edge.Bytes(4096));
        g.Connect(lines.Text, sink.Item);
    }
}

/// <summary>A consumer that stops after one byte: the rest of the stream is counted, not lost silently.</summary>
[Graph]
public sealed partial class FileHead
{
    static void Define(GraphBuilder g)
    {
        var file = g.Add(new FileBytes());
        var head = g.Add(new FirstByte());
        g.Connect(file.Bytes, head.Bytes);
    }
}

/// <summary>A batch source feeding a fused chain.</summary>
[Graph]
public sealed partial class SpanChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new SpanRange { Count = 2_500 });
        var scale = g.Add(new Scale { Factor = 3 });
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, sink.Item);
    }
}

/// <summary><see cref="SumChain"/> with a batch source.</summary>
[Graph]
public sealed partial class SpanSumChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new SpanRange());
        var scale = g.Add(new Scale());
        var addOne = g.Add(new AddOne());
        var sink = g.Add(new Sum());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, addOne.Value);
        g.Connect(addOne.Output, sink.Value);
    }
}
