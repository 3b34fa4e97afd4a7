using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// One activation of a node in the serial and parallel executors: fire while the node can, while every
/// blocking edge out of it has room (the producer "waits" by not firing) and, for a source, at most
/// <see cref="SourceBatch"/> times, so queues stay short. Busy time is measured per activation.
/// A node nothing happened to since its last activation (no predecessor wrote to it, it was not cut
/// short) cannot fire and is skipped, so later passes over a large graph cost little.
/// </summary>
internal static class Activation
{
    /// <summary>The most firings of a source per pass.</summary>
    public const int SourceBatch = 1024;

    /// <summary>What an activation did.</summary>
    [Flags]
    public enum Outcome
    {
        None = 0,

        /// <summary>The node fired at least once.</summary>
        Fired = 1,

        /// <summary>The node stopped while it could still fire (a full blocking edge or the source batch): another pass is needed.</summary>
        CutShort = 2,
    }

    public static Outcome Run(RunState run, int node)
    {
        if (run.States[node] != NodeState.Active || !run.Awake[node]) return Outcome.None;
        run.Awake[node] = false;
        var adapter = run.Graph.Nodes[node].Adapter;
        var context = run.Contexts[node];
        var limit = adapter.Kind == NodeKind.Source ? SourceBatch : long.MaxValue;
        var token = run.Token;
        long fired = 0;
        var outcome = Outcome.None;
        var start = Stopwatch.GetTimestamp();
        try
        {
            while (true)
            {
                if (fired == limit || !run.HasRoom(node))
                {
                    outcome = Outcome.CutShort;
                    break;
                }
                if (token.IsCancellationRequested)
                {
                    run.Cancel(node, inFlight: false);
                    break;
                }
                if (!run.Fire(node, adapter, context))
                {
                    if (adapter.IsExhausted) run.States[node] = NodeState.Completed;
                    break;
                }
                fired++;
            }
        }
        catch (Exception error)
        {
            run.Firings[node] += fired;
            if (fired > 0) outcome |= Outcome.Fired;
            fired = 0;
            run.Threw(node, error, inFlight: true);
        }
        finally
        {
            run.Firings[node] += fired;
            run.AddBusy(node, start);
        }
        if ((outcome & Outcome.Fired) != 0 || fired > 0) WakeSuccessors(run, node);
        if ((outcome & Outcome.CutShort) != 0) run.Awake[node] = true;
        return fired > 0 ? outcome | Outcome.Fired : outcome;
    }

    // Nodes downstream of a firing may fire now; in the parallel executor they run after this node
    // finished its activation, so the flags need no more ordering than the dependency counters give.
    private static void WakeSuccessors(RunState run, int node)
    {
        var graph = run.Graph;
        for (var i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++) run.Awake[graph.OutTargets[i]] = true;
    }
}
