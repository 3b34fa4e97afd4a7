using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>Turns a finished run's state into its <see cref="RunResult"/>.</summary>
internal static class RunResults
{
    public static RunResult Build(RunState run, string executor, TimeSpan elapsed)
    {
        var graph = run.Graph;
        var nodes = new NodeRunStats[graph.Nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            var outcome = run.States[n] switch
            {
                NodeState.Failed => NodeOutcome.Failed,
                NodeState.Cancelled => NodeOutcome.Cancelled,
                NodeState.Reused => NodeOutcome.Reused,
                NodeState.Stopped => NodeOutcome.Stopped,
                NodeState.Active when run.IsCancelled => NodeOutcome.Cancelled,
                NodeState.Active when run.Snapshot is not null => NodeOutcome.Paused,
                _ => NodeOutcome.Completed,
            };
            var busy = TimeSpan.FromTicks((long)(run.BusyTicks[n] * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
            nodes[n] = new NodeRunStats(graph.Nodes[n].Name, run.Firings[n], run.Contexts[n].Retries, busy, outcome, run.InFlight[n], graph.Nodes[n].Device?.DisplayName);
        }
        var edges = new EdgeRunStats[run.Edges.Length];
        for (var e = 0; e < edges.Length; e++) edges[e] = run.Edges[e].Stats();
        return new RunResult(graph.Name, executor, elapsed, run.IsCancelled, nodes, edges, run.Failures)
        {
            Paused = run.Snapshot is not null,
            Snapshot = run.Snapshot,
        };
    }
}
