using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

/// <summary>A filter fused into its source's loop; its own output is queued.</summary>
[Graph]
public sealed partial class EvenSquares
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 100 });
        var even = g.Add(new KeepEven());
        var scale = g.Add(new Scale { Factor = 3 });
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, even.Value);
        g.Connect(even.Output, scale.Value);
        g.Connect(scale.Output, sink.Item);
    }
}

/// <summary>A filter whose downstream node fails, and a second branch that does not depend on it.</summary>
[Graph]
public sealed partial class FilterThenFail
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 20 });
        var even = g.Add(new KeepEven { FailOn = 15 });
        var fail = g.Add(new FailOn { Value = 6 });
        var failedSink = g.Add(new Collect<int>());
        var halve = g.Add(new HalveEven());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, even.Value);
        g.Connect(even.Output, fail.Value);
        g.Connect(fail.Output, failedSink.Item);
        g.Connect(source.Output, halve.Value);
        g.Connect(halve.Half, sink.Item);
    }
}

/// <summary>A flaky filter, retried on the executors.</summary>
[Graph]
public sealed partial class FlakyFilterChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 30 });
        var flaky = g.Add(new FlakyFilter());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, flaky.Value);
        g.Connect(flaky.Output, sink.Item);
    }
}

/// <summary>The access-log shape: lines parsed by a try-map, unparsable ones dropped.</summary>
[Graph]
public sealed partial class ParseLines
{
    static void Define(GraphBuilder g)
    {
        var lines = g.Add(new TextLines { Items = ["1", "x", "22", "", "-3", "4.5", "5"] });
        var parse = g.Add(new ParseNumber());
        var sink = g.Add(new Collect<int>());
        g.Connect(lines.Output, parse.Text);
        g.Connect(parse.Number, sink.Item);
    }
}

/// <summary>A try-map between numbers, summed (the allocation test's graph).</summary>
[Graph]
public sealed partial class HalvedSum
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range());
        var halve = g.Add(new HalveEven());
        var sink = g.Add(new Sum());
        g.Connect(source.Output, halve.Value);
        g.Connect(halve.Half, sink.Value);
    }
}

/// <summary>A filter between numbers, summed (the allocation test's graph).</summary>
[Graph]
public sealed partial class EvenSum
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range());
        var even = g.Add(new KeepEven());
        var sink = g.Add(new Sum());
        g.Connect(source.Output, even.Value);
        g.Connect(even.Output, sink.Value);
    }
}

/// <summary>Lines split into words by a flat-map.</summary>
[Graph]
public sealed partial class WordSplit
{
    static void Define(GraphBuilder g)
    {
        var lines = g.Add(new TextLines { Items = ["the quick brown", "", "fox  jumps", "over"] });
        var split = g.Add(new SplitWords());
        var sink = g.Add(new Collect<string>());
        g.Connect(lines.Output, split.Line);
        g.Connect(split.Words, sink.Item);
    }
}

/// <summary>A flat-map with two outputs, one dealt round-robin to two sinks.</summary>
[Graph]
public sealed partial class RepeatFanOut
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 50 });
        var repeat = g.Add(new Repeat { FailOn = 40 });
        var copies = g.Add(new Collect<int>());
        var left = g.Add(new Collect<int>());
        var right = g.Add(new Collect<int>());
        g.Connect(source.Output, repeat.Value);
        g.Connect(repeat.Copies, copies.Item);
        g.Connect(repeat.NegatedOdd, left.Item);
        g.Connect(repeat.NegatedOdd, right.Item);
        g.Distribute(repeat.NegatedOdd, FanOut.RoundRobin);
    }
}

/// <summary>A flat-map summed (the allocation test's graph).</summary>
[Graph]
public sealed partial class RepeatSum
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range());
        var repeat = g.Add(new Repeat());
        var sink = g.Add(new Sum());
        var negated = g.Add(new Sum());
        g.Connect(source.Output, repeat.Value);
        g.Connect(repeat.Copies, sink.Value);
        g.Connect(repeat.NegatedOdd, negated.Value);
    }
}

/// <summary>An asynchronous flat-map.</summary>
[Graph]
public sealed partial class TwiceAsyncChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 20 });
        var twice = g.Add(new TwiceAsync());
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, twice.Value);
        g.Connect(twice.Items, sink.Item);
    }
}

/// <summary>A filter feeding a flat-map that cancels the run.</summary>
[Graph]
public sealed partial class CancelInFlatMap
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 50 });
        var even = g.Add(new KeepEven());
        var split = g.Add(new CancellingSplit { CancelAt = 10 });
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, even.Value);
        g.Connect(even.Output, split.Value);
        g.Connect(split.Items, sink.Item);
    }
}
