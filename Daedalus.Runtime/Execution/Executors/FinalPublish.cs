namespace Daedalus.Runtime;

/// <summary>
/// Serial and parallel executors: once no node can fire, the first node in schedule order that still holds
/// something back (<see cref="NodeAdapter.PublishesWhenInputsFinish"/>) publishes it. Every node before it in
/// the schedule, so every node upstream of it, can never write again, so its inputs are finished. It then
/// completes, and the executor passes again so its consumers take what it published.
/// </summary>
internal static class FinalPublish
{
    /// <summary>Publishes for one node; false when no node has anything left to publish (or the run was cancelled).</summary>
    public static bool Next(RunState run)
    {
        if (run.IsCancelled || run.Token.IsCancellationRequested) return false;
        var graph = run.Graph;
        foreach (var node in graph.Schedule)
        {
            var adapter = graph.Nodes[node].Adapter;
            if (run.States[node] != NodeState.Active || !adapter.PublishesWhenInputsFinish) continue;
            if (!run.HasRoom(node)) return false;
            try
            {
                adapter.InputsFinished(run.Contexts[node]);
                run.States[node] = NodeState.Completed;
            }
            catch (Exception error)
            {
                run.Threw(node, error, inFlight: true);
            }
            for (var i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++) run.Awake[graph.OutTargets[i]] = true;
            return true;
        }
        return false;
    }
}
