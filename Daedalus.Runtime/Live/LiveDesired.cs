namespace Daedalus.Runtime;

/// <summary>
/// A live graph as an edit wants it: its nodes, connections and distributions by name, starting from the running
/// graph and changed by the edits of one commit, then validated as a whole with the rules (and IDs) of
/// <see cref="RuntimeGraph"/> validation and the compile-time analyzer.
/// </summary>
internal sealed class LiveDesired(string graph)
{
    public List<DesiredNode> Nodes { get; } = [];

    public List<DesiredEdge> Edges { get; } = [];

    public Dictionary<(string Node, string Port), FanOut> Distributions { get; } = [];

    /// <summary>Edits that could not even be recorded (a connection to remove that does not exist …), reported with validation's errors.</summary>
    public List<string> Errors { get; } = [];

    public int IndexOf(string node) => Nodes.FindIndex(candidate => candidate.Name == node);

    /// <summary>Validates the whole description; throws <see cref="InvalidGraphException"/> listing every error, changing nothing.</summary>
    public CompiledGraph Validate()
    {
        var owner = new RuntimeGraph(graph);
        var entries = new List<NodeEntry>(Nodes.Count);
        var byName = new Dictionary<string, NodeEntry>(Nodes.Count, StringComparer.Ordinal);
        var errors = new List<string>(Errors);
        foreach (var node in Nodes)
        {
            var entry = new NodeEntry(owner, node.Node, node.Adapter, node.Name, entries.Count, state: null);
            entries.Add(entry);
            if (!byName.TryAdd(node.Name, entry)) errors.Add($"Two nodes are named '{node.Name}'; node names must be unique.");
            if (node.Adapter.Inputs.Any(input => input is ByteStreamInput) || node.Adapter.Outputs.Any(output => output is ByteStreamOutput))
                errors.Add($"Node '{node.Name}' ({node.Adapter.TypeName}) has byte-stream ports; live graphs do not run byte-stream ports.");
        }
        var specs = Edges.ConvertAll(edge => new EdgeSpec(null, edge.From, edge.FromPort, null, edge.To, edge.ToPort, edge.Policy));
        var distributions = Distributions.Select(pair => new DistributionSpec(null, pair.Key.Node, pair.Key.Port, pair.Value)).ToList();
        return new GraphValidator(owner, entries, byName, errors, specs, distributions).Compile();
    }
}

/// <summary>A node of a <see cref="LiveDesired"/>: the instance wanted under that name, and an adapter for it.</summary>
internal sealed record DesiredNode(string Name, IRuntimeNode Node, NodeAdapter Adapter);

/// <summary>A connection of a <see cref="LiveDesired"/>, by names.</summary>
internal sealed record DesiredEdge(string From, string FromPort, string To, string ToPort, EdgePolicy Policy)
{
    public bool Joins(string from, string fromPort, string to, string toPort) =>
        From == from && FromPort == fromPort && To == to && ToPort == toPort;
}
