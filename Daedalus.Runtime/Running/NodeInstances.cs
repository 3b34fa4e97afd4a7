namespace Daedalus.Runtime;

/// <summary>The check a generated graph's constructor makes on its nodes. Public for generated code; not meant to be called by hand.</summary>
public static class NodeInstances
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> when two of <paramref name="nodes"/> are the same object: a node instance
    /// is one node of one graph (its configuration and state, called once per firing), so each node needs its own.
    /// </summary>
    /// <param name="graph">The graph class.</param>
    /// <param name="names">The nodes' names, which are also the constructor's parameters.</param>
    /// <param name="nodes">The node instances, in the order of <paramref name="names"/>.</param>
    public static void ThrowIfShared(string graph, string[] names, object[] nodes)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(nodes);
        var seen = new Dictionary<object, int>(nodes.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (seen.TryAdd(nodes[i], i)) continue;
            var first = names[seen[nodes[i]]];
            throw new ArgumentException(
                $"Nodes '{first}' and '{names[i]}' of graph '{graph}' are the same {nodes[i].GetType().Name} instance; pass a separate instance for each node.",
                names[i]);
        }
    }
}
