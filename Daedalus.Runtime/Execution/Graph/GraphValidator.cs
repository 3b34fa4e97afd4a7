namespace Daedalus.Runtime;

/// <summary>
/// Validates a <see cref="RuntimeGraph"/> with the rules of the compile-time analyzer and compiles it for
/// the executors. Every pass is linear in nodes plus edges (the schedule adds a log factor for its heap),
/// with flat arrays rather than per-node collections, so graphs of millions of nodes validate quickly.
/// </summary>
internal sealed class GraphValidator(
    RuntimeGraph graph,
    IReadOnlyList<NodeEntry> nodes,
    IReadOnlyDictionary<string, NodeEntry> byName,
    IReadOnlyList<string> addErrors,
    IReadOnlyList<EdgeSpec> specs,
    IReadOnlyList<DistributionSpec> distributions)
{
    private readonly List<string> _errors = [.. addErrors];
    private readonly List<string> _warnings = [];

    /// <summary>Validates and compiles; throws <see cref="InvalidGraphException"/> listing every error.</summary>
    public CompiledGraph Compile()
    {
        var edges = ResolveEdges();
        var fanOuts = ResolveDistributions();
        var (outStart, outEdges) = Adjacency(edges, static e => e.From);
        var (inStart, inEdges) = Adjacency(edges, static e => e.To);
        CheckConnections(edges, outStart, inStart);
        var schedule = Schedule(edges, outStart, outEdges, inStart, inEdges);
        if (_errors.Count > 0) throw new InvalidGraphException(graph.Name, _errors);
        var array = new NodeEntry[nodes.Count];
        for (var i = 0; i < array.Length; i++) array[i] = nodes[i];
        return new CompiledGraph
        {
            Name = graph.Name,
            Nodes = array,
            Edges = edges,
            Schedule = schedule,
            OutStart = outStart,
            OutEdges = outEdges,
            OutTargets = Array.ConvertAll(outEdges, e => edges[e].To),
            InStart = inStart,
            InEdges = inEdges,
            FanOuts = fanOuts,
            Warnings = _warnings,
            ByName = byName,
        };
    }

    private ResolvedEdge[] ResolveEdges()
    {
        var resolved = new List<ResolvedEdge>(specs.Count);
        var seen = new HashSet<(int, int, int, int)>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var where = new Where(i, spec);
            var from = ResolveNode(spec.FromOwner, spec.FromNodeName, spec.IsTyped, where, "output");
            var to = ResolveNode(spec.ToOwner, spec.ToNodeName, spec.IsTyped, where, "input");
            if (spec.Policy.Kind == EdgeKind.Bounded && spec.Policy.Capacity <= 0)
                _errors.Add($"DAE0006: {where}: the edge capacity {spec.Policy.Capacity} is not positive.");
            if (from is null || to is null) continue;
            var fromPort = from.FindOutput(spec.FromPort ?? "");
            var toPort = to.FindInput(spec.ToPort ?? "");
            if (fromPort < 0) _errors.Add($"DAE0009: {where}: node '{from.Name}' ({from.Adapter.TypeName}) has no output port '{spec.FromPort}'.");
            if (toPort < 0) _errors.Add($"DAE0009: {where}: node '{to.Name}' ({to.Adapter.TypeName}) has no input port '{spec.ToPort}'.");
            if (fromPort < 0 || toPort < 0) continue;
            var output = from.Adapter.Outputs[fromPort];
            var input = to.Adapter.Inputs[toPort];
            if (!input.Accepts(output))
            {
                _errors.Add($"DAE0009: {where}: '{from.Name}.{output.Name}' produces {output.ItemTypeName} but '{to.Name}.{input.Name}' takes {input.ItemTypeName}.");
                continue;
            }
            var id = $"{from.Name}.{output.Name}->{to.Name}.{input.Name}";
            if (!seen.Add((from.Index, fromPort, to.Index, toPort)))
            {
                _warnings.Add($"DAE0005: {where}: '{id}' is already connected; the repeated connection is ignored.");
                continue;
            }
            var policy = spec.Policy;
            if (output is ByteStreamOutput)
            {
                if (policy.Kind == EdgeKind.Fifo || policy.IsDefault) policy = Edge.Bytes();
                else if (policy.Kind != EdgeKind.Bytes)
                {
                    _errors.Add($"DAE0011: {where}: '{from.Name}.{output.Name}' is a byte stream; connect it with Edge.Bytes(capacityBytes) or no policy, not {policy}.");
                    continue;
                }
            }
            else if (policy.Kind == EdgeKind.Bytes)
            {
                _errors.Add($"DAE0011: {where}: Edge.Bytes connects byte-stream ports; '{from.Name}.{output.Name}' carries {output.ItemTypeName} items.");
                continue;
            }
            resolved.Add(new ResolvedEdge(id, from.Index, fromPort, to.Index, toPort, policy));
        }
        return [.. resolved];
    }

    /// <summary>Names a connection in messages; formatted only when there is an error to report.</summary>
    private readonly record struct Where(int Index, EdgeSpec Spec)
    {
        public override string ToString() => $"Connection #{Index + 1} ({Describe(Spec)})";
    }

    private NodeEntry? ResolveNode<TWhere>(object? owner, string? name, bool typed, TWhere where, string side)
    {
        if (typed)
        {
            if (owner is NodeEntry entry && ReferenceEquals(entry.Graph, graph)) return entry;
            var whose = owner is NodeEntry other ? $"node '{other.Name}' of graph '{other.Graph.Name}'" : "no node of a RuntimeGraph";
            _errors.Add($"DAE0008: {where}: the {side} port reference belongs to {whose}, not to graph '{graph.Name}'.");
            return null;
        }
        if (byName.TryGetValue(name!, out var named)) return named;
        _errors.Add($"DAE0009: {where}: graph '{graph.Name}' has no node '{name}'.");
        return null;
    }

    private static string Describe(EdgeSpec spec) => spec.IsTyped
        ? $"{(spec.FromOwner as NodeEntry)?.Name ?? "?"}.{spec.FromPort} -> {(spec.ToOwner as NodeEntry)?.Name ?? "?"}.{spec.ToPort}"
        : $"{spec.FromNodeName}.{spec.FromPort} -> {spec.ToNodeName}.{spec.ToPort}";

    private Dictionary<(int Node, int Port), FanOut> ResolveDistributions()
    {
        var fanOuts = new Dictionary<(int Node, int Port), FanOut>();
        foreach (var distribution in distributions)
        {
            var where = $"Distribute({distribution.NodeName ?? (distribution.Owner as NodeEntry)?.Name ?? "?"}.{distribution.Port})";
            var node = ResolveNode(distribution.Owner, distribution.NodeName, distribution.NodeName is null, where, "output");
            if (node is null) continue;
            var port = node.FindOutput(distribution.Port ?? "");
            if (port < 0)
            {
                _errors.Add($"DAE0009: {where}: node '{node.Name}' has no output port '{distribution.Port}'.");
                continue;
            }
            fanOuts[(node.Index, port)] = distribution.Mode;
        }
        return fanOuts;
    }

    // Counting sort of edge indexes by one end: stable, so each node's edges keep connection order.
    private (int[] Start, int[] Edges) Adjacency(ResolvedEdge[] edges, Func<ResolvedEdge, int> end)
    {
        var start = new int[nodes.Count + 1];
        foreach (var edge in edges) start[end(edge) + 1]++;
        for (var i = 0; i < nodes.Count; i++) start[i + 1] += start[i];
        var next = (int[])start.Clone();
        var sorted = new int[edges.Length];
        for (var e = 0; e < edges.Length; e++) sorted[next[end(edges[e])]++] = e;
        return (start, sorted);
    }

    private void CheckConnections(ResolvedEdge[] edges, int[] outStart, int[] inStart)
    {
        // Flat per-port flags: port p of node n is at portStart[n] + p.
        var inputStart = new int[nodes.Count + 1];
        var outputStart = new int[nodes.Count + 1];
        for (var n = 0; n < nodes.Count; n++)
        {
            inputStart[n + 1] = inputStart[n] + nodes[n].Adapter.Inputs.Count;
            outputStart[n + 1] = outputStart[n] + nodes[n].Adapter.Outputs.Count;
        }
        var inputConnected = new bool[inputStart[nodes.Count]];
        var outputConnected = new bool[outputStart[nodes.Count]];
        foreach (var edge in edges)
        {
            inputConnected[inputStart[edge.To] + edge.ToPort] = true;
            outputConnected[outputStart[edge.From] + edge.FromPort] = true;
        }
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var isolated = outStart[n + 1] == outStart[n] && inStart[n + 1] == inStart[n] && nodes.Count > 1;
            if (isolated) _warnings.Add($"DAE0004: Node '{node.Name}' ({node.Adapter.TypeName}) is added but never connected.");
            var inputs = node.Adapter.Inputs;
            for (var p = 0; p < inputs.Count; p++)
            {
                if (!inputConnected[inputStart[n] + p])
                    _errors.Add($"DAE0002: Input '{node.Name}.{inputs[p].Name}' ({inputs[p].ItemTypeName}) is not connected.");
            }
            if (isolated) continue;
            var outputs = node.Adapter.Outputs;
            for (var p = 0; p < outputs.Count; p++)
            {
                if (!outputConnected[outputStart[n] + p])
                    _warnings.Add($"DAE0003: Output '{node.Name}.{outputs[p].Name}' is not connected; its items are discarded and counted.");
            }
        }
    }

    // Kahn's algorithm, always taking the ready node added first (as the generator does).
    private int[] Schedule(ResolvedEdge[] edges, int[] outStart, int[] outEdges, int[] inStart, int[] inEdges)
    {
        var count = nodes.Count;
        var indegree = new int[count];
        for (var n = 0; n < count; n++) indegree[n] = inStart[n + 1] - inStart[n];
        var ready = new PriorityQueue<int, int>();
        for (var n = 0; n < count; n++)
        {
            if (indegree[n] == 0) ready.Enqueue(n, n);
        }
        var schedule = new int[count];
        var scheduled = 0;
        while (ready.TryDequeue(out var next, out _))
        {
            schedule[scheduled++] = next;
            for (var i = outStart[next]; i < outStart[next + 1]; i++)
            {
                var to = edges[outEdges[i]].To;
                if (--indegree[to] == 0) ready.Enqueue(to, to);
            }
        }
        if (scheduled < count) ReportCycle(edges, inStart, inEdges, indegree, count - scheduled);
        return schedule;
    }

    // Every node left with a positive in-degree has an unscheduled predecessor, so walking back through
    // unscheduled predecessors from any of them must revisit a node: that closes a cycle.
    private void ReportCycle(ResolvedEdge[] edges, int[] inStart, int[] inEdges, int[] indegree, int stuck)
    {
        var position = new int[nodes.Count];
        Array.Fill(position, -1);
        var path = new List<int>();
        var node = Array.FindIndex(indegree, d => d > 0);
        while (position[node] < 0)
        {
            position[node] = path.Count;
            path.Add(node);
            for (var i = inStart[node]; i < inStart[node + 1]; i++)
            {
                var from = edges[inEdges[i]].From;
                if (indegree[from] > 0)
                {
                    node = from;
                    break;
                }
            }
        }
        var cycle = path.GetRange(position[node], path.Count - position[node]);
        cycle.Reverse();
        // Start the message at the node added first, so it reads the same however the walk began.
        var first = cycle.IndexOf(cycle.Min());
        cycle = [.. cycle.Skip(first), .. cycle.Take(first)];
        var names = string.Join(" → ", cycle.Select(n => nodes[n].Name)) + " → " + nodes[cycle[0]].Name;
        _errors.Add($"DAE0001: Graph '{graph.Name}' has a cycle: {names}; a dataflow graph must be acyclic ({stuck} node(s) are on or after a cycle).");
    }
}
