using Daedalus.Runtime;

namespace Daedalus.Hosting.Tests.Support;

/// <summary>The graphs the hosting tests run: a feed, a middle node, and a sink.</summary>
public static class Graphs
{
    /// <summary><c>input</c> (a feed of longs) → <c>double</c> → <c>sink</c>.</summary>
    public static RuntimeGraph Doubling(string name, Collect sink)
    {
        var graph = new RuntimeGraph(name);
        var twice = graph.Add(new Doubler(), "double");
        graph.Connect(graph.Add(new Feed<long>(), "input").Output, twice.Value);
        graph.Connect(twice.Output, graph.Add(sink, "sink").Value);
        return graph;
    }

    /// <summary><c>input</c> → <c>middle</c> (<paramref name="middle"/>, a long → long node) → <c>sink</c>.</summary>
    public static RuntimeGraph Through<TPorts>(string name, IRuntimeNode<TPorts> middle, Collect sink)
        where TPorts : class
    {
        var graph = new RuntimeGraph(name);
        graph.Add(new Feed<long>(), "input");
        graph.Add(middle, "middle");
        graph.Add(sink, "sink");
        graph.Connect("input", "Output", "middle", "Value");
        graph.Connect("middle", "Output", "sink", "Value");
        return graph;
    }
}
