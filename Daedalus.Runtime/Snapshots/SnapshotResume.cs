using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// Starts a run from a snapshot. Before the run, <see cref="Prepare"/> checks the whole snapshot against the
/// graph and reads its items and node states into the graph's types, changing nothing; the engine then
/// restores them before Initialize (<see cref="PreparedResume"/>). After Open, <see cref="Continue"/> fires
/// each source (node without inputs) as many times as it had fired, with its output discarded, so a
/// deterministic source continues where it stopped, and gives each round-robin output its turn back.
/// </summary>
internal static class SnapshotResume
{
    /// <summary>
    /// The snapshot checked and read for <paramref name="graph"/>, or <see langword="null"/> without one.
    /// Throws <see cref="GraphSnapshotException"/> (or <see cref="NodeStateException"/> for a node's state)
    /// for the first problem; a cancellation of <paramref name="token"/> meanwhile gives a resume that cancels the run.
    /// </summary>
    public static PreparedResume? Prepare(CompiledGraph graph, GraphSnapshot? snapshot, CancellationToken token)
    {
        if (snapshot is null) return null;
        SnapshotShape.Check(graph, snapshot);
        var firedBefore = SnapshotFit.FiredBefore(graph, snapshot);
        var turns = SnapshotFit.Turns(graph, snapshot);
        SnapshotFit.CheckCapacity(graph, snapshot);
        try
        {
            return new PreparedResume(graph, firedBefore, turns, Refills(graph, snapshot, token), States(graph, snapshot, token));
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return PreparedResume.Cancelled(graph);
        }
    }

    /// <summary>
    /// After Open: a source skips the items it had produced; a port node without inputs that had fired (it
    /// fires once) is done; a node marked <see cref="IResumableSource"/> keeps its own position and is left
    /// alone. Then round-robin outputs take up their turn where the snapshot left it.
    /// </summary>
    public static void Continue(RunState run, PreparedResume resume)
    {
        var fired = run.FiredBefore!;
        var graph = run.Graph;
        for (var n = 0; n < graph.Nodes.Length; n++)
        {
            var adapter = graph.Nodes[n].Adapter;
            if (fired[n] == 0 || adapter.Inputs.Count != 0 || adapter.Node is IResumableSource || run.States[n] != NodeState.Active) continue;
            if (adapter.Kind != NodeKind.Source)
            {
                run.States[n] = NodeState.Completed;
                continue;
            }
            Skip(run, n, fired[n]);
        }
        resume.TakeUpTurns(run);
    }

    /// <summary>Each edge's saved items, read as the edge's item type, ready to be written into the run's queue.</summary>
    private static Action<RunEdge>[] Refills(CompiledGraph graph, GraphSnapshot snapshot, CancellationToken token)
    {
        var refills = new Action<RunEdge>[graph.Edges.Length];
        for (var e = 0; e < refills.Length; e++)
        {
            var spec = graph.Edges[e];
            refills[e] = graph.Nodes[spec.From].Adapter.Outputs[spec.FromPort].PrepareRefill(snapshot.Edges[e], token);
        }
        return refills;
    }

    /// <summary>Each node's saved state (an empty one when the snapshot has none), checked and read into its declared slots.</summary>
    private static Action[] States(CompiledGraph graph, GraphSnapshot snapshot, CancellationToken token)
    {
        var states = new Action[graph.Nodes.Length];
        for (var n = 0; n < states.Length; n++)
        {
            token.ThrowIfCancellationRequested();
            states[n] = graph.Nodes[n].PrepareStateRestore(snapshot.Nodes[n].State);
        }
        return states;
    }

    /// <summary>
    /// Fires source <paramref name="node"/> <paramref name="count"/> times with its output discarded, observing
    /// the run's token before each firing. A source that ends sooner does not fit the snapshot.
    /// </summary>
    private static void Skip(RunState run, int node, long count)
    {
        var adapter = run.Graph.Nodes[node].Adapter;
        var context = run.Contexts[node];
        long skipped = 0;
        run.UnbindOutputs(node);
        try
        {
            for (; skipped < count; skipped++)
            {
                if (run.Token.IsCancellationRequested)
                {
                    run.Cancel(node, inFlight: false);
                    return;
                }
                if (!adapter.TryFire(context)) break;
            }
        }
        catch (Exception error)
        {
            run.Threw(node, error, inFlight: false);
            return;
        }
        finally
        {
            run.BindOutputs(node);
        }
        if (skipped < count)
            throw new GraphSnapshotException(run.Graph.Name,
                Invariant($"node '{ShortText.Name(run.Graph.Nodes[node].Name)}' ended after {skipped} items, but the snapshot says it had produced {count}."));
    }
}
