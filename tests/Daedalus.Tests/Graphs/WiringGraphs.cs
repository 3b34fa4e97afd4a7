using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

/// <summary>Every argument named, none in its declared position.</summary>
[Graph]
public sealed partial class NamedArguments
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(node: new Range { From = 1, To = 6 });
        var scale = g.Add(new Scale { Factor = 3 });
        var left = g.Add(new Collect<int>());
        var right = g.Add(new Collect<int>());
        g.Connect(to: scale.Value, from: source.Output);
        g.Connect(policy: Edge.Bounded(overflow: Overflow.Block, capacity: 2), to: left.Item, from: scale.Output);
        g.Connect(scale.Output, policy: Edge.Queued, to: right.Item);
        g.Distribute(mode: FanOut.RoundRobin, output: scale.Output);
    }
}

/// <summary>Node names of every legal shape: PascalCase, non-Latin, a leading underscore, a keyword.</summary>
[Graph]
public sealed partial class NodeNames
{
    static void Define(GraphBuilder g)
    {
        var Source = g.Add(new Range { From = 1, To = 4 });
        var Σ = g.Add(new Scale { Factor = 10 });
        var @checked = g.Add(new AddOne());
        var 合計 = g.Add(new Sum());
        var _copy = g.Add(new Collect<int>());
        g.Connect(Source.Output, Σ.Value);
        g.Connect(Σ.Output, @checked.Value);
        g.Connect(Σ.Output, _copy.Item);
        g.Connect(@checked.Output, 合計.Value);
    }
}

/// <summary>A generic source: the values it yields are configuration.</summary>
[Node]
public sealed partial class Emit<T>
{
    public T[] Values { get; init; } = [];

    [Process]
    public IEnumerable<T> Run() => Values;
}

/// <summary>A generic graph: the graph's type argument chooses its nodes' item types.</summary>
[Graph]
public sealed partial class Relay<T>
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Emit<T>());
        var tag = g.Add(new Tag<T> { Label = "#" });
        var sink = g.Add(new Collect<string>());
        g.Connect(source.Output, tag.Value);
        g.Connect(tag.Output, sink.Item);
    }
}

/// <summary>A record class is a node like any other.</summary>
[Node]
public sealed partial record Offset(int By)
{
    [Process]
    public int Run(int value) => value + By;
}

[Graph]
public sealed partial class RecordNode
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 3 });
        var offset = g.Add(new Offset(100));
        var sink = g.Add(new Collect<int>());
        g.Connect(source.Output, offset.Value);
        g.Connect(offset.Output, sink.Item);
    }
}
