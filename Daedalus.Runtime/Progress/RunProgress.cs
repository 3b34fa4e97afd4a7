using System.Globalization;
using System.Text;

namespace Daedalus.Runtime;

/// <summary>
/// A sample of a run in progress, reported to <see cref="RunOptions.Progress"/> (or the compiled <c>Run(progress)</c>)
/// at most once per <see cref="RunOptions.ProgressInterval"/>, and once more at the end (<see cref="IsFinal"/>), whose
/// figures are then the run result's. Figures read while nodes run on other threads are a moment's approximation,
/// each of them monotonic (edge depths aside).
/// </summary>
/// <param name="Graph">The graph's name.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Nodes">Every node, in declaration order.</param>
/// <param name="Edges">Every edge, in declaration order.</param>
/// <param name="IsFinal">Whether the run has ended: the last report of the run.</param>
public sealed record RunProgress(string Graph, TimeSpan Elapsed, IReadOnlyList<NodeProgress> Nodes, IReadOnlyList<EdgeProgress> Edges, bool IsFinal)
{
    /// <summary>Finds a node by name.</summary>
    public NodeProgress Node(string name) =>
        Nodes.FirstOrDefault(n => n.Name == name) ?? throw new KeyNotFoundException($"Graph '{Graph}' has no node '{name}'.");

    /// <summary>Finds an edge by id (<c>from.Port->to.Port</c>).</summary>
    public EdgeProgress Edge(string id) =>
        Edges.FirstOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"Graph '{Graph}' has no edge '{id}'.");

    /// <summary>
    /// One line for a console: the elapsed time, then each node's firings, "of total (percent)" for a source that
    /// declares its total (<see cref="ICountedSource"/>), for example
    /// <c>Copy 1.2 s · read 45,000 of 100,000 (45%) · write 44,800</c>; "done" ends the final one.
    /// </summary>
    public override string ToString()
    {
        var line = new StringBuilder();
        line.Append(Graph).Append(' ').Append(Seconds(Elapsed));
        foreach (var node in Nodes)
        {
            line.Append(" · ").Append(node.Name).Append(' ').Append(Count(node.Firings));
            if (node.ExpectedItems is { } total)
            {
                line.Append(" of ").Append(Count(total));
                if (node.Fraction is { } fraction) line.Append(" (").Append((fraction * 100).ToString("0", CultureInfo.InvariantCulture)).Append("%)");
            }
        }
        if (IsFinal) line.Append(" · done");
        return line.ToString();
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}

/// <summary>A node's progress.</summary>
/// <param name="Name">The node's name.</param>
/// <param name="Firings">Times the node fired so far: items produced, for a function source.</param>
/// <param name="ExpectedItems">The items a source declared it will produce (<see cref="ICountedSource"/>); null when unknown.</param>
public sealed record NodeProgress(string Name, long Firings, long? ExpectedItems)
{
    /// <summary><see cref="Firings"/> out of <see cref="ExpectedItems"/>, from 0 to 1; null when the total is unknown.</summary>
    public double? Fraction => ExpectedItems is > 0 and { } total ? Math.Min(1.0, (double)Firings / total) : null;

    /// <summary>
    /// Whether the node is done: it completed, failed or was cancelled, or (durable runs) its result came from the store.
    /// The serial and parallel executors mark nodes done when the run ends; durable runs and the pipelined executor as each
    /// node ends.
    /// </summary>
    public bool Finished { get; init; }

    /// <summary>Durable runs: whether the node's result came from the store (it did not fire).</summary>
    public bool Reused { get; init; }
}

/// <summary>An edge's progress.</summary>
/// <param name="Id">The edge, <c>from.Port->to.Port</c>.</param>
/// <param name="Written">Items written so far.</param>
/// <param name="Depth">Items waiting now (0 for an edge the compiled run fused).</param>
public sealed record EdgeProgress(string Id, long Written, int Depth);
