namespace Daedalus.Runtime;

/// <summary>
/// Changes to a running <see cref="LiveGraph"/> (<see cref="LiveGraph.Edit(CommitMode)"/>). In
/// <see cref="CommitMode.Manual"/> mode the edits are batched until <see cref="Commit"/>, which validates them together
/// and applies them together or not at all; in <see cref="CommitMode.Auto"/> mode each edit is such a commit of its
/// own, and throws if invalid. An invalid commit throws <see cref="InvalidGraphException"/>, with the same rules and
/// IDs as <see cref="RuntimeGraph"/> validation (DAE0001 cycle, DAE0002 unconnected input, DAE0009 port or type
/// mismatch …), and leaves the graph running unchanged.
/// </summary>
public sealed class LiveEdit
{
    private readonly LiveGraph _graph;
    private readonly List<LiveEditStep> _edits = [];
    private readonly List<CommitResult> _results = [];

    internal LiveEdit(LiveGraph graph, CommitMode mode)
    {
        _graph = graph;
        Mode = mode;
    }

    /// <summary>Whether edits wait for <see cref="Commit"/> or apply at once.</summary>
    public CommitMode Mode { get; }

    /// <summary>Edits recorded and not committed yet (always 0 in auto mode).</summary>
    public int Pending => _edits.Count;

    /// <summary>What each auto-mode edit did, in order.</summary>
    public IReadOnlyList<CommitResult> Results => _results;

    /// <summary>Adds <paramref name="node"/> as <paramref name="name"/>: initialized and started when committed.</summary>
    public LiveEdit AddNode(string name, IRuntimeNode node)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(node);
        return Record(desired => desired.Nodes.Add(new DesiredNode(name, node, node.CreateAdapter())));
    }

    /// <summary>Removes node <paramref name="name"/> and every connection to and from it; what those edges held is orphaned.</summary>
    public LiveEdit RemoveNode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Record(desired =>
        {
            if (desired.Nodes.RemoveAll(node => node.Name == name) == 0)
            {
                desired.Errors.Add($"RemoveNode: live graph has no node '{name}'.");
                return;
            }
            desired.Edges.RemoveAll(edge => edge.From == name || edge.To == name);
            foreach (var key in desired.Distributions.Keys.Where(key => key.Node == name).ToList()) desired.Distributions.Remove(key);
        });
    }

    /// <summary>Connects output <paramref name="fromPort"/> of <paramref name="from"/> to input <paramref name="toPort"/> of <paramref name="to"/>; a default edge without <paramref name="policy"/>.</summary>
    public LiveEdit Connect(string from, string fromPort, string to, string toPort, EdgePolicy? policy = null)
    {
        CheckEnds(from, fromPort, to, toPort);
        return Record(desired => desired.Edges.Add(new DesiredEdge(from, fromPort, to, toPort, policy ?? Edge.Default())));
    }

    /// <summary>Removes a connection; what its edge held is orphaned.</summary>
    public LiveEdit Disconnect(string from, string fromPort, string to, string toPort)
    {
        CheckEnds(from, fromPort, to, toPort);
        return Record(desired =>
        {
            if (desired.Edges.RemoveAll(edge => edge.Joins(from, fromPort, to, toPort)) == 0)
                desired.Errors.Add($"Disconnect: there is no connection {from}.{fromPort} -> {to}.{toPort}.");
        });
    }

    /// <summary>
    /// Gives connection <c>from.fromPort -> to.toPort</c> a new policy or capacity. Its queued items move to the new edge
    /// in order (its policy applies to them: a smaller bounded edge holds them over capacity, counted; a dropping one drops).
    /// </summary>
    public LiveEdit SetPolicy(string from, string fromPort, string to, string toPort, EdgePolicy policy)
    {
        CheckEnds(from, fromPort, to, toPort);
        return Record(desired =>
        {
            var index = desired.Edges.FindIndex(edge => edge.Joins(from, fromPort, to, toPort));
            if (index < 0) desired.Errors.Add($"SetPolicy: there is no connection {from}.{fromPort} -> {to}.{toPort}.");
            else desired.Edges[index] = desired.Edges[index] with { Policy = policy };
        }, new InPlaceEdit.SetPolicy(from, fromPort, to, toPort, policy));
    }

    /// <summary>
    /// Replaces node <paramref name="name"/> with <paramref name="node"/>, an instance of the same type with a new
    /// configuration. When its configuration checksum (<see cref="NodeConfiguration"/>) equals the running one's, the
    /// running node is left alone; otherwise the old instance runs its cleanup and the new one initializes on the same edges.
    /// A failed node is always replaced: that is how it comes back, on fresh input queues.
    /// </summary>
    public LiveEdit Reconfigure(string name, IRuntimeNode node)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(node);
        return Record(desired =>
        {
            var index = desired.IndexOf(name);
            if (index < 0)
            {
                desired.Errors.Add($"Reconfigure: live graph has no node '{name}'.");
                return;
            }
            var adapter = node.CreateAdapter();
            if (adapter.TypeName != desired.Nodes[index].Adapter.TypeName)
                desired.Errors.Add(InPlaceEdit.Reconfigure.WrongType(name, desired.Nodes[index].Adapter, adapter));
            else desired.Nodes[index] = new DesiredNode(name, node, adapter);
        }, new InPlaceEdit.Reconfigure(name, node));
    }

    /// <summary>Chooses how output <paramref name="port"/> of <paramref name="node"/> shares items among its edges.</summary>
    public LiveEdit Distribute(string node, string port, FanOut mode)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(port);
        return Record(desired =>
        {
            if (mode == FanOut.Broadcast) desired.Distributions.Remove((node, port));
            else desired.Distributions[(node, port)] = mode;
        }, new InPlaceEdit.Distribute(node, port, mode));
    }

    /// <summary>
    /// Validates every pending edit together and applies them in a safe order: removed connections are unwired, removed
    /// nodes stop (cleanup once), added nodes start (initialize once), added connections are wired, reconfigurations and
    /// policy changes apply. Only the nodes an edit touches are parked, each between two of its firings.
    /// </summary>
    /// <exception cref="InvalidGraphException">The edits make an invalid graph; nothing changed, and they are discarded.</exception>
    public CommitResult Commit()
    {
        var edits = _edits.ToArray();
        _edits.Clear();
        return _graph.Commit(edits);
    }

    /// <summary>Forgets the pending edits.</summary>
    public void Discard() => _edits.Clear();

    private LiveEdit Record(Action<LiveDesired> describe, InPlaceEdit? inPlace = null)
    {
        var edit = new LiveEditStep(describe, inPlace);
        if (Mode == CommitMode.Manual)
        {
            _edits.Add(edit);
            return this;
        }
        _results.Add(_graph.Commit([edit]));
        return this;
    }

    private static void CheckEnds(string from, string fromPort, string to, string toPort)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(fromPort);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(toPort);
    }
}

/// <summary>What one commit changed in a live graph.</summary>
/// <param name="NodesAdded">Nodes started.</param>
/// <param name="NodesRemoved">Nodes stopped (replacing a node by one of another type counts as both).</param>
/// <param name="NodesReconfigured">Nodes whose configuration changed: new instance, same edges.</param>
/// <param name="NodesUnchanged">Nodes left alone, a reconfiguration with an equal checksum included.</param>
/// <param name="EdgesAdded">Connections wired.</param>
/// <param name="EdgesRemoved">Connections unwired.</param>
/// <param name="EdgesChanged">Connections given a new policy or capacity.</param>
/// <param name="Orphaned">Items that removed connections held: counted as orphaned.</param>
/// <param name="Moved">Items moved from a changed connection's old queue to its new one.</param>
/// <param name="NodesParked">Nodes paused between two firings while the commit applied.</param>
/// <param name="Elapsed">From the start of the commit until the changed graph runs.</param>
/// <param name="Warnings">What validation warned about (DAE0003 unconnected output: its items go to a counting plug …).</param>
/// <param name="Failures">Hooks that threw while the commit applied (a new node's initialize, an old one's cleanup).</param>
public sealed record CommitResult(
    int NodesAdded,
    int NodesRemoved,
    int NodesReconfigured,
    int NodesUnchanged,
    int EdgesAdded,
    int EdgesRemoved,
    int EdgesChanged,
    long Orphaned,
    long Moved,
    int NodesParked,
    TimeSpan Elapsed,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<NodeFailure> Failures)
{
    /// <summary>Whether the commit changed anything.</summary>
    public bool Changed => NodesAdded + NodesRemoved + NodesReconfigured + EdgesAdded + EdgesRemoved + EdgesChanged > 0;
}
