namespace Daedalus.Runtime;

/// <summary>
/// The difference between a running live graph and a validated desired one: nodes matched by name, then type, then
/// configuration checksum; connections by id (their ends). Also which running nodes the change touches, which are the
/// only ones parked while it applies.
/// </summary>
internal sealed partial class LiveDelta
{
    public List<LiveEdgeRecord> RemovedEdges { get; } = [];

    public HashSet<LiveNode> RemovedNodes { get; } = [];

    public List<DesiredNode> AddedNodes { get; } = [];

    public List<ResolvedEdge> AddedEdges { get; } = [];

    public List<(LiveNode Node, DesiredNode Entry)> Reconfigured { get; } = [];

    public List<(LiveEdgeRecord Edge, EdgePolicy Policy)> ChangedEdges { get; } = [];

    public List<(LiveNode Node, int Port, FanOut Mode)> FanOuts { get; } = [];

    public HashSet<LiveNode> Touched { get; } = [];

    public int Unchanged { get; private set; }

    /// <summary>What validation warned about; none for an in-place commit, which changes no link.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public bool Changes => Touched.Count > 0 || AddedNodes.Count > 0;

    public static LiveDelta Between(IReadOnlyList<LiveNode> running, IReadOnlyList<LiveEdgeRecord> edges, CompiledGraph desired)
    {
        var delta = new LiveDelta { Warnings = desired.Warnings };
        var byName = new Dictionary<string, LiveNode>(running.Count, StringComparer.Ordinal);
        foreach (var node in running) byName.Add(node.Name, node);
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in running)
        {
            if (!desired.ByName.TryGetValue(node.Name, out var entry)) delta.Remove(node);
            else if (ReferenceEquals(entry.Node, node.Node)) delta.Unchanged++;
            else if (entry.Node.GetType() != node.Node.GetType())
            {
                delta.Remove(node);
                replaced.Add(node.Name);
            }
            else if (!node.IsFailed && NodeConfiguration.Checksum(entry.Adapter) == NodeConfiguration.Checksum(node.Adapter)) delta.Unchanged++;
            else
            {
                delta.Reconfigure(node, new DesiredNode(entry.Name, entry.Node, entry.Adapter));
            }
        }
        foreach (var entry in desired.Nodes)
        {
            if (!byName.ContainsKey(entry.Name) || replaced.Contains(entry.Name)) delta.AddedNodes.Add(new DesiredNode(entry.Name, entry.Node, entry.Adapter));
        }
        var wanted = new Dictionary<string, ResolvedEdge>(desired.Edges.Length, StringComparer.Ordinal);
        foreach (var edge in desired.Edges) wanted.Add(edge.Id, edge);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (!wanted.TryGetValue(edge.Id, out var match) || delta.RemovedNodes.Contains(edge.Producer) || delta.RemovedNodes.Contains(edge.Consumer!))
            {
                delta.RemovedEdges.Add(edge);
                delta.Touch(edge.Producer, edge.Consumer!);
                continue;
            }
            kept.Add(edge.Id);
            if (match.Policy != edge.Policy)
            {
                delta.ChangedEdges.Add((edge, match.Policy));
                delta.Touch(edge.Producer, edge.Consumer!);
            }
        }
        foreach (var edge in desired.Edges)
        {
            if (kept.Contains(edge.Id)) continue;
            delta.AddedEdges.Add(edge);
            if (byName.TryGetValue(desired.Nodes[edge.From].Name, out var producer) && !delta.RemovedNodes.Contains(producer)) delta.Touched.Add(producer);
            if (byName.TryGetValue(desired.Nodes[edge.To].Name, out var consumer) && !delta.RemovedNodes.Contains(consumer)) delta.Touched.Add(consumer);
        }
        foreach (var node in running)
        {
            if (delta.RemovedNodes.Contains(node)) continue;
            var index = desired.ByName[node.Name].Index;
            for (var port = 0; port < node.FanOuts.Length; port++)
            {
                var mode = desired.FanOutOf(index, port);
                if (mode == node.FanOuts[port]) continue;
                delta.FanOuts.Add((node, port, mode));
                delta.Touched.Add(node);
            }
        }
        return delta;
    }

    private void Reconfigure(LiveNode node, DesiredNode replacement)
    {
        Reconfigured.Add((node, replacement));
        Touched.Add(node);
        // A failed node starts again on new input queues: their producers write to the new ones.
        if (node.IsFailed)
        {
            foreach (var input in node.AllInputs) Touched.Add(input.Producer);
        }
    }

    private void Remove(LiveNode node)
    {
        RemovedNodes.Add(node);
        Touched.Add(node);
    }

    private void Touch(LiveNode producer, LiveNode consumer)
    {
        Touched.Add(producer);
        Touched.Add(consumer);
    }
}
