using System.Globalization;
using Daedalus.Runtime;

namespace LiveMonitor;

/// <summary>One line about a running graph: items per node, the edges holding items, and the drops so far.</summary>
public static class StatusLine
{
    /// <summary>The line for <paramref name="live"/> now, from <see cref="LiveGraph.Snapshot"/>.</summary>
    public static string Of(LiveGraph live)
    {
        var snapshot = live.Snapshot();
        var run = snapshot.Run;
        var nodes = live.Nodes.Select(name =>
        {
            // A node removed and added again under its name has a row for each life; the last is the running one.
            var firings = run.Nodes.LastOrDefault(row => row.Name == name)?.Firings ?? 0;
            return $"{name} {firings}{(IsPaused(live, name) ? " (paused)" : "")}";
        });
        var edges = live.Edges.ToHashSet(StringComparer.Ordinal);
        var queues = run.Edges.Where(edge => edges.Contains(edge.Id) && edge.LeftQueued > 0).Select(edge => $"{edge.Id}={edge.LeftQueued}").ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"[{run.Elapsed.TotalSeconds:0.0} s] {string.Join(", ", nodes)} | queued: {(queues.Count == 0 ? "none" : string.Join(", ", queues))} | dropped {snapshot.Accounting.Dropped}, orphaned {snapshot.Accounting.Orphaned}");
    }

    private static bool IsPaused(LiveGraph live, string name)
    {
        try
        {
            return live.NodeStatus(name).IsPaused;
        }
        catch (KeyNotFoundException)
        {
            return false; // removed by an edit since the snapshot
        }
    }
}
