namespace Daedalus.Runtime;

/// <summary>
/// Starts a run from a snapshot: checks the shape, fills the edges with the saved items, restores node state
/// before Initialize, and, after Open, fires each source (node without inputs) as many times as it had
/// fired, with its output discarded, so a deterministic source continues where it stopped, and gives each
/// round-robin output its turn back.
/// </summary>
internal static class SnapshotResume
{
    /// <summary>After the edges are bound, before Initialize: saved items and node states.</summary>
    public static void Restore(RunState run, GraphSnapshot snapshot)
    {
        var graph = run.Graph;
        for (var e = 0; e < graph.Edges.Length; e++)
        {
            var spec = graph.Edges[e];
            graph.Nodes[spec.From].Adapter.Outputs[spec.FromPort].Refill(run.Edges[e], snapshot.Edges[e]);
        }
        var firedBefore = new long[graph.Nodes.Length];
        for (var n = 0; n < graph.Nodes.Length; n++)
        {
            var saved = snapshot.Nodes[n];
            if (saved.State is { } state) graph.Nodes[n].State.RestoreJson(state.GetRawText());
            firedBefore[n] = saved.Produced ?? 0;
        }
        run.FiredBefore = firedBefore;
    }

    /// <summary>
    /// After Open: a source skips the items it had produced; a port node without inputs that had fired (it
    /// fires once) is done; a node marked <see cref="IResumableSource"/> keeps its own position and is left
    /// alone. Then round-robin outputs take up their turn where the snapshot left it.
    /// </summary>
    public static void Continue(RunState run, GraphSnapshot snapshot)
    {
        SkipSources(run);
        var graph = run.Graph;
        for (var n = 0; n < graph.Nodes.Length; n++)
        {
            if (snapshot.Nodes[n].RoundRobin is not { } turns) continue;
            foreach (var output in graph.Nodes[n].Adapter.Outputs)
            {
                if (turns.TryGetValue(output.Name, out var next)) output.NextTarget = next;
            }
        }
    }

    private static void SkipSources(RunState run)
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
    }

    private static void Skip(RunState run, int node, long count)
    {
        var adapter = run.Graph.Nodes[node].Adapter;
        run.UnbindOutputs(node);
        try
        {
            for (long i = 0; i < count; i++)
            {
                if (!adapter.TryFire(run.Contexts[node]))
                {
                    if (adapter.IsExhausted) run.States[node] = NodeState.Completed;
                    break;
                }
            }
        }
        catch (Exception error)
        {
            run.Threw(node, error, inFlight: false);
        }
        finally
        {
            run.BindOutputs(node);
        }
    }
}
