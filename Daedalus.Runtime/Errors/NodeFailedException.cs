namespace Daedalus.Runtime;

/// <summary>A node threw while it ran; the inner exception is what it threw.</summary>
public sealed class NodeFailedException(string graph, string node, string phase, Exception inner)
    : Exception($"Node '{node}' of graph '{graph}' failed in {phase}: {inner.Message}", inner)
{
    /// <summary>The graph class.</summary>
    public string Graph { get; } = graph;

    /// <summary>The node's name in the graph definition.</summary>
    public string Node { get; } = node;

    /// <summary>Where it failed: <c>initialize</c>, <c>process</c> or <c>cleanup</c>.</summary>
    public string Phase { get; } = phase;
}
