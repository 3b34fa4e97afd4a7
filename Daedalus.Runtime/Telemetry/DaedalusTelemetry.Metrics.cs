using System.Diagnostics;

namespace Daedalus.Runtime;

public static partial class DaedalusTelemetry
{
    /// <summary>
    /// Adds what one run did to the counters and histograms, once, at the end of the run: firings,
    /// retries and busy time per node; items, drops and items held over capacity per edge; one count per
    /// failure; the run's time. Zero deltas are added for firings and items (so every node and edge shows
    /// up), not for drops, items over capacity, retries or failures. Returns at once when no instrument is listened to.
    /// </summary>
    public static void RecordRun(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        RecordNodes(result);
        RecordEdges(result);
        RecordFailures(result);
        if (result.Durable is { } durable) RecordDurable(result, durable);
        if (RunDuration.Enabled)
        {
            RunDuration.Record(result.Elapsed.TotalSeconds, new TagList
            {
                { TelemetryNames.GraphTag, result.Graph },
                { TelemetryNames.ExecutorTag, result.Executor },
                { TelemetryNames.OutcomeTag, Outcome(result) },
            });
        }
    }

    private static void RecordDurable(RunResult result, DurableRunStats durable)
    {
        var graph = new KeyValuePair<string, object?>(TelemetryNames.GraphTag, result.Graph);
        if (DurableResults.Enabled)
        {
            DurableResults.Add(durable.Hits, graph, new(TelemetryNames.ResultTag, TelemetryNames.Hit));
            DurableResults.Add(durable.Misses, graph, new(TelemetryNames.ResultTag, TelemetryNames.Miss));
        }
        if (DurableBytes.Enabled)
        {
            DurableBytes.Add(durable.BytesWritten, graph, new(TelemetryNames.DirectionTag, "written"));
            DurableBytes.Add(durable.BytesRead, graph, new(TelemetryNames.DirectionTag, "read"));
        }
        if (DurableStoreDuration.Enabled) DurableStoreDuration.Record(durable.StoreTime.TotalSeconds, graph);
    }

    private static void RecordNodes(RunResult result)
    {
        if (!NodeFirings.Enabled && !NodeDuration.Enabled && !NodeRetries.Enabled) return;
        foreach (var node in result.Nodes)
        {
            var tags = new TagList
            {
                { TelemetryNames.GraphTag, result.Graph },
                { TelemetryNames.NodeTag, node.Name },
                { TelemetryNames.ExecutorTag, result.Executor },
            };
            NodeFirings.Add(node.Firings, tags);
            NodeDuration.Record(node.Busy.TotalSeconds, tags);
            if (node.Retries > 0) NodeRetries.Add(node.Retries, tags);
        }
    }

    private static void RecordEdges(RunResult result)
    {
        if (!EdgeItems.Enabled && !EdgeDrops.Enabled && !EdgeOverCapacity.Enabled) return;
        foreach (var edge in result.Edges)
        {
            var tags = new TagList
            {
                { TelemetryNames.GraphTag, result.Graph },
                { TelemetryNames.EdgeTag, edge.Id },
                { TelemetryNames.ExecutorTag, result.Executor },
            };
            EdgeItems.Add(edge.Written, tags);
            if (edge.OverCapacity > 0) EdgeOverCapacity.Add(edge.OverCapacity, tags);
            RecordDrops(result, edge.Id, edge.DroppedOldest, TelemetryNames.DropOldest);
            RecordDrops(result, edge.Id, edge.DroppedNewest, TelemetryNames.DropNewest);
            RecordDrops(result, edge.Id, edge.Abandoned, TelemetryNames.Abandoned);
        }
    }

    private static void RecordDrops(RunResult result, string edge, long count, string reason)
    {
        if (count == 0) return;
        EdgeDrops.Add(count, new TagList
        {
            { TelemetryNames.GraphTag, result.Graph },
            { TelemetryNames.EdgeTag, edge },
            { TelemetryNames.ReasonTag, reason },
            { TelemetryNames.ExecutorTag, result.Executor },
        });
    }

    private static void RecordFailures(RunResult result)
    {
        if (!NodeFailures.Enabled) return;
        foreach (var failure in result.Failures)
        {
            NodeFailures.Add(1, new TagList
            {
                { TelemetryNames.GraphTag, result.Graph },
                { TelemetryNames.NodeTag, failure.Node },
                { TelemetryNames.PhaseTag, failure.Phase },
                { TelemetryNames.ExecutorTag, result.Executor },
            });
        }
    }
}
