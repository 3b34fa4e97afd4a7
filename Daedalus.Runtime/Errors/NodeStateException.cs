namespace Daedalus.Runtime;

/// <summary>
/// A node's state could not be read, declared, saved or restored: a slot read before it had a value, one
/// key declared with two types, a value its JSON type info cannot write, or JSON that cannot be read back.
/// The message names the graph, the node and (when one is to blame) the key; the inner exception, when
/// there is one, is what System.Text.Json threw.
/// </summary>
public sealed class NodeStateException : Exception
{
    /// <summary>Creates the exception for <paramref name="key"/> (or the whole state when <see langword="null"/>) of a node.</summary>
    public NodeStateException(string graph, string node, string? key, string problem, Exception? inner = null)
        : base($"{Subject(graph, node, key)} {problem}", inner)
    {
        Graph = graph;
        Node = node;
        Key = key;
    }

    /// <summary>The graph the node belongs to.</summary>
    public string Graph { get; }

    /// <summary>The node whose state failed.</summary>
    public string Node { get; }

    /// <summary>The state slot to blame, or <see langword="null"/> when the whole document is.</summary>
    public string? Key { get; }

    private static string Subject(string graph, string node, string? key) => key is null
        ? $"State of node '{node}' (graph '{graph}'):"
        : $"State '{key}' of node '{node}' (graph '{graph}'):";
}
