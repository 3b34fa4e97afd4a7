using System.Diagnostics;

namespace Daedalus.Runtime;

public sealed partial class LiveGraph
{
    /// <summary>Starts a set of edits: batched until <see cref="LiveEdit.Commit"/> (the default), or each applied at once.</summary>
    public LiveEdit Edit(CommitMode mode = CommitMode.Manual) => new(this, mode);

    /// <summary>
    /// Makes the running graph match <paramref name="desired"/> (desired-state sync): nodes are matched by name, type and
    /// configuration checksum, connections by their ends. Nodes that match keep running untouched (their instance in
    /// <paramref name="desired"/> is not used); the rest is applied as one commit.
    /// </summary>
    /// <exception cref="InvalidGraphException"><paramref name="desired"/> is invalid; nothing changed.</exception>
    public CommitResult Apply(RuntimeGraph desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var compiled = desired.Validated();
        lock (_gate)
        {
            EnsureRunning();
            // Fresh adapters: those of the desired graph belong to it, which may run on its own later.
            var description = new LiveDesired(Name);
            foreach (var entry in compiled.Nodes) description.Nodes.Add(new DesiredNode(entry.Name, entry.Node, entry.Node.CreateAdapter()));
            foreach (var edge in compiled.Edges)
            {
                var (from, to) = (compiled.Nodes[edge.From], compiled.Nodes[edge.To]);
                description.Edges.Add(new DesiredEdge(from.Name, from.Adapter.Outputs[edge.FromPort].Name, to.Name, to.Adapter.Inputs[edge.ToPort].Name, edge.Policy));
            }
            foreach (var ((node, port), mode) in compiled.FanOuts) description.Distributions[(compiled.Nodes[node].Name, compiled.Nodes[node].Adapter.Outputs[port].Name)] = mode;
            return ApplyDesired(description.Validate(), Stopwatch.GetTimestamp());
        }
    }

    internal CommitResult Commit(IReadOnlyList<LiveEditStep> edits)
    {
        lock (_gate)
        {
            EnsureRunning();
            var started = Stopwatch.GetTimestamp();
            // Edits that keep the graph's shape are checked and applied where they are; the others describe the whole
            // graph they would make, which is validated as a whole.
            if (edits.All(edit => edit.InPlace is not null))
                return Apply(LiveDelta.InPlace(Name, _nodes, _edges, [.. edits.Select(edit => edit.InPlace!)]), desired: null, started);
            var desired = Describe();
            foreach (var edit in edits) edit.Describe(desired);
            return ApplyDesired(desired.Validate(), started);
        }
    }

    /// <summary>Holding the gate: the running graph as a description that edits change.</summary>
    private LiveDesired Describe()
    {
        var desired = new LiveDesired(Name);
        foreach (var node in _order)
        {
            desired.Nodes.Add(new DesiredNode(node.Name, node.Node, node.Adapter));
            for (var port = 0; port < node.FanOuts.Length; port++)
            {
                if (node.FanOuts[port] != FanOut.Broadcast) desired.Distributions[(node.Name, node.Adapter.Outputs[port].Name)] = node.FanOuts[port];
            }
        }
        foreach (var edge in _edgeOrder)
        {
            desired.Edges.Add(new DesiredEdge(edge.Producer.Name, edge.Producer.Adapter.Outputs[edge.FromPort].Name,
                edge.Consumer!.Name, edge.Consumer.Adapter.Inputs[edge.ToPort].Name, edge.Policy));
        }
        return desired;
    }

    /// <summary>Holding the gate: applies the difference between the running graph and the validated <paramref name="desired"/> one.</summary>
    private CommitResult ApplyDesired(CompiledGraph desired, long started) => Apply(LiveDelta.Between(_order, _edgeOrder, desired), desired, started);

    /// <summary>Holding the gate: applies <paramref name="delta"/>; <paramref name="desired"/> is the graph its added links come from.</summary>
    private CommitResult Apply(LiveDelta delta, CompiledGraph? desired, long started)
    {
        if (!delta.Changes)
            return new CommitResult(0, 0, 0, delta.Unchanged, 0, 0, 0, 0, 0, 0, Stopwatch.GetElapsedTime(started), delta.Warnings, []);
        int failuresBefore;
        lock (_failures) failuresBefore = _failures.Count;
        long orphaned = 0, moved = 0;
        var added = new List<LiveNode>();
        Parked(delta.Touched, () =>
        {
            // Calls in flight write their results while the edges they go to are still wired.
            foreach (var node in delta.RemovedNodes) node.FinishInFlight();
            foreach (var (node, _) in delta.Reconfigured) node.FinishInFlight();
            // Then in the contract's order: unwire, stop, start, wire, reconfigure, resize.
            foreach (var edge in delta.RemovedEdges) orphaned += Unwire(edge);
            foreach (var node in delta.RemovedNodes) Stop(node);
            foreach (var entry in delta.AddedNodes)
            {
                var node = AddNode(entry.Name, entry.Node, entry.Adapter);
                node.Initialize();
                added.Add(node);
            }
            foreach (var edge in delta.AddedEdges) Wire(edge, desired!);
            foreach (var (node, entry) in delta.Reconfigured) node.Reconfigure(entry.Node, entry.Adapter);
            foreach (var (edge, policy) in delta.ChangedEdges)
                moved += edge.Replace(CreateQueue(edge.Producer, edge.FromPort, edge.ConsumerSignal, edge.Id, edge.ToPort, policy));
            foreach (var (node, port, mode) in delta.FanOuts) node.FanOuts[port] = mode;
            foreach (var node in delta.Touched)
            {
                if (!delta.RemovedNodes.Contains(node)) node.Rebind();
            }
            foreach (var node in added) node.Open();
        }, exit: delta.RemovedNodes);
        foreach (var node in added) node.Start();
        TrackDepths();
        NodeFailure[] failures;
        lock (_failures) failures = [.. _failures.Skip(failuresBefore)];
        return new CommitResult(delta.AddedNodes.Count, delta.RemovedNodes.Count, delta.Reconfigured.Count, delta.Unchanged,
            delta.AddedEdges.Count, delta.RemovedEdges.Count, delta.ChangedEdges.Count, orphaned, moved, delta.Touched.Count,
            Stopwatch.GetElapsedTime(started), delta.Warnings, failures);
    }

    /// <summary>Both ends parked: the edge leaves the graph; returns the items it held (orphaned).</summary>
    private long Unwire(LiveEdgeRecord edge)
    {
        edge.Producer.OutputsOf(edge.FromPort).Remove(edge);
        edge.Consumer!.InputsOf(edge.ToPort).Remove(edge);
        _edges.Remove(edge.Id);
        _edgeOrder.Remove(edge);
        var orphaned = edge.Remove();
        _removed.Add(edge.Stats());
        return orphaned;
    }

    /// <summary>Parked, its edges unwired: the node runs its cleanup once and leaves the graph; its readers get what is left and end.</summary>
    private void Stop(LiveNode node)
    {
        foreach (var reader in node.AllOutputs) reader.Current.Complete();
        node.CloseAndCleanUp();
        _removed.Add(node.Stats());
        foreach (var plug in PlugRows(node)) _removed.Add(plug);
        _nodes.Remove(node.Name);
        _order.Remove(node);
    }
}
