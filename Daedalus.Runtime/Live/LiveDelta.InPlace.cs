namespace Daedalus.Runtime;

internal sealed partial class LiveDelta
{
    /// <summary>
    /// The delta of edits that keep the graph's shape (policies, reconfigurations, distributions), checked where they
    /// apply: the links and nodes they name must exist, a policy must be valid for an item link, a new instance must be
    /// of the running one's type. Costs what the edits touch, not what the graph holds. Throws
    /// <see cref="InvalidGraphException"/> listing every error, changing nothing.
    /// </summary>
    public static LiveDelta InPlace(string graph, IReadOnlyDictionary<string, LiveNode> nodes, IReadOnlyDictionary<string, LiveEdgeRecord> edges, IReadOnlyList<InPlaceEdit> edits)
    {
        var errors = new List<string>();
        var policies = new Dictionary<LiveEdgeRecord, EdgePolicy>();
        var instances = new Dictionary<LiveNode, IRuntimeNode>();
        var fanOuts = new Dictionary<(LiveNode Node, int Port), FanOut>();
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case InPlaceEdit.SetPolicy change when !edges.TryGetValue(change.Id, out var edge):
                    errors.Add($"SetPolicy: there is no connection {change.From}.{change.FromPort} -> {change.To}.{change.ToPort}.");
                    break;
                case InPlaceEdit.SetPolicy change:
                    if (change.PolicyError() is { } error) errors.Add(error);
                    else policies[edges[change.Id]] = change.Policy;
                    break;
                case InPlaceEdit.Reconfigure change when !nodes.TryGetValue(change.Name, out var node):
                    errors.Add($"Reconfigure: live graph has no node '{change.Name}'.");
                    break;
                case InPlaceEdit.Reconfigure change:
                    instances[nodes[change.Name]] = change.Node;
                    break;
                case InPlaceEdit.Distribute change:
                    var producer = nodes.GetValueOrDefault(change.Node);
                    var port = producer?.Adapter.FindOutput(change.Port) ?? -1;
                    if (producer is null) errors.Add($"DAE0009: Distribute({change.Node}.{change.Port}): graph '{graph}' has no node '{change.Node}'.");
                    else if (port < 0) errors.Add($"DAE0009: Distribute({change.Node}.{change.Port}): node '{change.Node}' has no output port '{change.Port}'.");
                    else fanOuts[(producer, port)] = change.Mode;
                    break;
            }
        }
        var delta = new LiveDelta();
        foreach (var (node, instance) in instances)
        {
            var adapter = instance.CreateAdapter();
            if (ReferenceEquals(instance, node.Node)) continue;
            if (instance.GetType() != node.Node.GetType() || adapter.TypeName != node.Adapter.TypeName)
            {
                errors.Add(InPlaceEdit.Reconfigure.WrongType(node.Name, node.Adapter, adapter));
                continue;
            }
            // A failed node comes back with any new instance; a running one only with a new configuration.
            if (!node.IsFailed && NodeConfiguration.Checksum(adapter) == NodeConfiguration.Checksum(node.Adapter)) continue;
            delta.Reconfigure(node, new DesiredNode(node.Name, instance, adapter));
        }
        if (errors.Count > 0) throw new InvalidGraphException(graph, errors);
        foreach (var (edge, policy) in policies)
        {
            if (policy == edge.Policy) continue;
            delta.ChangedEdges.Add((edge, policy));
            delta.Touch(edge.Producer, edge.Consumer!);
        }
        foreach (var ((node, port), mode) in fanOuts)
        {
            if (mode == node.FanOuts[port]) continue;
            delta.FanOuts.Add((node, port, mode));
            delta.Touched.Add(node);
        }
        delta.Unchanged = nodes.Count - delta.Reconfigured.Count;
        return delta;
    }
}
