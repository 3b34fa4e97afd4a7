using System.Text;

namespace Daedalus.Runtime;

public sealed partial record RunResult
{
    /// <summary>
    /// The run as readable fixed-width text: a headline, a table of nodes (firings, total and mean firing
    /// time, retries, outcome, and the device when a node ran in a GPU segment), a table of edges (effective
    /// policy — "(default)" when the connection named none, "fused" when the compiled run needs no queue —, items written and delivered, drops by reason, abandoned, left queued, peak depth, and items held over
    /// capacity when a Block edge held any), then every failure and, when <paramref name="warnings"/> is given,
    /// every warning with how often it was repeated. Lines end in <c>\n</c>; numbers use the invariant culture.
    /// </summary>
    public string ToTable(WarningLog? warnings = null)
    {
        var text = new StringBuilder();
        text.Append("Run of '").Append(Graph).Append("' on ").Append(Executor).Append(": ").Append(Headline()).Append('\n');
        if (Nodes.Count > 0) NodeTable().WriteTo(text.Append('\n'));
        if (Edges.Count > 0) EdgeTable().WriteTo(text.Append('\n'));
        if (Durable is { } durable) AppendDurable(text.Append('\n'), durable);
        if (Failures.Count > 0)
        {
            text.Append("\nFailures\n");
            foreach (var failure in Failures)
            {
                text.Append("  ").Append(SummaryFormat.OneLine(failure.ToString())).Append('\n');
                if (failure.InputEdges.Count > 0) text.Append("    inputs: ").AppendJoin(", ", failure.InputEdges).Append('\n');
            }
        }
        if (warnings?.Warnings is { Count: > 0 } raised)
        {
            text.Append("\nWarnings\n");
            foreach (var warning in raised) text.Append("  ").Append(SummaryFormat.OneLine(warning.ToString())).Append('\n');
        }
        return text.ToString();
    }

    private static void AppendDurable(StringBuilder text, DurableRunStats durable)
    {
        text.Append("Durable run '").Append(durable.RunId).Append("' (").Append(durable.StartedAs == DurableRunStatus.New ? "new" : "resumed")
            .Append(", now ").Append(SummaryFormat.Status(durable.Status)).Append(")\n");
        text.Append("  results: ").Append(SummaryFormat.Count(durable.Hits)).Append(" reused (").Append(SummaryFormat.Count(durable.HitsFromOtherRuns))
            .Append(" from other runs), ").Append(SummaryFormat.Count(durable.Misses)).Append(" computed, ")
            .Append(SummaryFormat.Count(durable.Unrecorded)).Append(" sinks run without a result\n");
        text.Append("  store: ").Append(SummaryFormat.Bytes(durable.BytesWritten)).Append(" written, ").Append(SummaryFormat.Bytes(durable.BytesRead))
            .Append(" read, ").Append(SummaryFormat.Duration(durable.StoreTime)).Append(" in ").Append(SummaryFormat.Count(durable.Commits)).Append(" commits\n");
        if (durable.BudgetExceeded is { } limit) text.Append("  budget exceeded: ").Append(limit).Append('\n');
    }

    private string Headline()
    {
        var elapsed = SummaryFormat.Duration(Elapsed);
        if (Cancelled) return $"cancelled after {elapsed}";
        if (Durable?.BudgetExceeded is not null) return $"stopped at its budget after {elapsed}";
        return Succeeded ? $"succeeded in {elapsed}" : $"failed after {elapsed}";
    }

    private TextTable NodeTable()
    {
        // The device column appears only when some node ran on a device, so CPU-only runs read as before.
        var devices = Nodes.Any(n => n.Device is not null);
        string[] headers = ["Node", ">Firings", ">Total", ">Mean", ">Retries", "Outcome"];
        var table = new TextTable(devices ? [.. headers, "Device"] : headers);
        foreach (var node in Nodes)
        {
            string[] cells =
            [
                node.Name,
                SummaryFormat.Count(node.Firings),
                SummaryFormat.Duration(node.Busy),
                SummaryFormat.MeanFiring(node),
                SummaryFormat.Count(node.Retries),
                SummaryFormat.Outcome(node),
            ];
            table.Add(devices ? [.. cells, node.Device ?? "-"] : cells);
        }
        return table;
    }

    private TextTable EdgeTable()
    {
        // The over-capacity column appears only when a Block edge held items beyond its capacity. Every executor
        // reports each edge's policy; a result made by hand may not, and then has no policy column.
        var overCapacity = Edges.Any(e => e.OverCapacity > 0);
        var policies = Edges.Any(e => e.Policy is not null || e.IsFused);
        List<string> headers = ["Edge", ">Written", ">Delivered", ">Drop-oldest", ">Drop-newest", ">Abandoned", ">Left queued", ">Peak depth"];
        if (policies) headers.Insert(1, "Policy");
        if (overCapacity) headers.Add(">Over capacity");
        var table = new TextTable([.. headers]);
        foreach (var edge in Edges)
        {
            List<string> cells =
            [
                edge.Id,
                SummaryFormat.Count(edge.Written),
                SummaryFormat.Count(edge.Delivered),
                SummaryFormat.Count(edge.DroppedOldest),
                SummaryFormat.Count(edge.DroppedNewest),
                SummaryFormat.Count(edge.Abandoned),
                SummaryFormat.Count(edge.LeftQueued),
                SummaryFormat.Count(edge.PeakDepth),
            ];
            if (policies) cells.Insert(1, edge.IsFused ? "fused" : edge.Policy?.ToString() ?? "-");
            if (overCapacity) cells.Add(SummaryFormat.Count(edge.OverCapacity));
            table.Add([.. cells]);
        }
        return table;
    }
}
