namespace Daedalus.Runtime;

/// <summary>
/// A snapshot checked whole against the graph it resumes into and read into the graph's types before
/// anything changes: the items for each edge, the state for each node, how many times each node without
/// inputs had fired, and the round-robin turns. <see cref="Restore"/> puts them in place, remembering the
/// node states it replaces; <see cref="RollBack"/> puts those back when the resumed run fails, so a failed
/// resume leaves the graph as it was.
/// </summary>
internal sealed class PreparedResume
{
    private readonly CompiledGraph _graph;
    private readonly long[] _firedBefore;
    private readonly List<(int Node, int Port, int Turn)> _turns;
    private readonly Action<RunEdge>[] _refills;
    private readonly Action[] _states;
    private readonly bool _cancelled;
    private Action[]? _putBack;

    public PreparedResume(CompiledGraph graph, long[] firedBefore, List<(int Node, int Port, int Turn)> turns, Action<RunEdge>[] refills, Action[] states)
    {
        _graph = graph;
        _firedBefore = firedBefore;
        _turns = turns;
        _refills = refills;
        _states = states;
    }

    private PreparedResume(CompiledGraph graph) : this(graph, [], [], [], []) => _cancelled = true;

    /// <summary>A resume whose preparation the run's token cancelled: it restores nothing and the run stops, cancelled.</summary>
    public static PreparedResume Cancelled(CompiledGraph graph) => new(graph);

    /// <summary>After the edges are created, before Initialize: node states, then queued items and source positions.</summary>
    public void Restore(RunState run)
    {
        if (_cancelled)
        {
            run.Cancel();
            return;
        }
        _putBack = [.. _graph.Nodes.Select(node => node.CheckpointState())];
        foreach (var state in _states) state();
        for (var e = 0; e < _refills.Length; e++) _refills[e](run.Edges[e]);
        run.FiredBefore = _firedBefore;
    }

    /// <summary>After the sources caught up: each round-robin output sends its next item where the paused run would have.</summary>
    public void TakeUpTurns(RunState run)
    {
        foreach (var (node, port, turn) in _turns) run.Graph.Nodes[node].Adapter.Outputs[port].NextTarget = turn;
    }

    /// <summary>Puts every node's state back as it was before <see cref="Restore"/>; nothing when it did not run.</summary>
    public void RollBack()
    {
        if (_putBack is not { } putBack) return;
        _putBack = null;
        foreach (var node in putBack) node();
    }
}
