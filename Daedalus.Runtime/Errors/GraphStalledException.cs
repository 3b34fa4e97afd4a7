namespace Daedalus.Runtime;

/// <summary>
/// A run ended with items still queued: a port node stopped reading an input. The items are
/// reported here rather than dropped silently.
/// </summary>
public sealed class GraphStalledException(string graph, IReadOnlyList<EdgeBuffer> edges)
    : Exception($"Graph '{graph}' stopped with items still queued: {string.Join(", ", edges.Select(e => $"{e.Id} ({e.Count})"))}. A port node must read the items on its inputs.")
{
    /// <summary>The edges that still hold items.</summary>
    public IReadOnlyList<EdgeBuffer> Edges { get; } = edges;
}
