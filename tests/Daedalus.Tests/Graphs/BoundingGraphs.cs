using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

/// <summary>
/// The case: a source into a port node that splits each item to two branches, one of them
/// <c>Edge.Bounded(256)</c>. Without a policy the first edge is the default, bounded, so it never holds more than 1,024.
/// </summary>
[Graph]
public sealed partial class BoundedFanOut
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 20_000 });
        var fork = g.Add(new Fork());
        var left = g.Add(new Sum());
        var right = g.Add(new Sum());
        g.Connect(source.Output, fork.Numbers);
        g.Connect(fork.Left, left.Value);
        g.Connect(fork.Right, right.Value, Edge.Bounded(256));
    }
}

/// <summary>The same graph with a smaller default: <c>[Graph(DefaultCapacity = 100)]</c>.</summary>
[Graph(DefaultCapacity = 100)]
public sealed partial class SmallDefaultFanOut
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 5_000 });
        var fork = g.Add(new Fork());
        var left = g.Add(new Sum());
        var right = g.Add(new Sum());
        g.Connect(source.Output, fork.Numbers);
        g.Connect(fork.Left, left.Value);
        g.Connect(fork.Right, right.Value, Edge.Bounded(256));
    }
}

/// <summary>
/// A join whose one input lags 2,000 items behind the other: with a hard bound of 1,024 on the other input the
/// graph would stall, so the default edge lets its producer run past the bound (counted) instead.
/// </summary>
[Graph]
public sealed partial class LaggingJoin
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10_000 });
        var hold = g.Add(new Hold { Batch = 2_000 });
        var add = g.Add(new Add());
        var sum = g.Add(new Sum());
        g.Connect(source.Output, hold.Numbers);
        g.Connect(hold.Released, add.Left);
        g.Connect(source.Output, add.Right);
        g.Connect(add.Output, sum.Value);
    }
}

/// <summary>An explicit <c>Edge.Fifo</c> stays unbounded: the user asked for it.</summary>
[Graph]
public sealed partial class ExplicitFifoFanOut
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 20_000 });
        var fork = g.Add(new Fork());
        var left = g.Add(new Sum());
        var right = g.Add(new Sum());
        g.Connect(source.Output, fork.Numbers, Edge.Fifo);
        g.Connect(fork.Left, left.Value);
        g.Connect(fork.Right, right.Value, Edge.Bounded(256));
    }
}

/// <summary>A counted source, a fused function and a sink, for progress reports.</summary>
[Graph]
public sealed partial class CountedChain
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new GatedCount { Count = 5_000 });
        var scale = g.Add(new Scale { Factor = 2 });
        var sum = g.Add(new Sum());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, sum.Value);
    }
}

/// <summary>A source into a node with [PerRun] fields, for runs of the same instance.</summary>
[Graph]
public sealed partial class TallyRuns
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 100 });
        var tally = g.Add(new RunTally());
        g.Connect(source.Output, tally.Value);
    }
}
