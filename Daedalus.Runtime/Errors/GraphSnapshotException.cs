namespace Daedalus.Runtime;

/// <summary>
/// A graph snapshot could not be saved, loaded or resumed: malformed JSON, another format or version, a
/// field missing, unknown, out of range or too long, an edge whose item type has no
/// <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo"/> in the resolver given, items that do
/// not read back as that type or do not fit their edge, or counts that do not fit the graph resumed. The
/// message names the graph and, when one is to blame, the node or edge and the field; it repeats at most
/// 64 characters of any name from the input.
/// </summary>
public class GraphSnapshotException : Exception
{
    /// <summary>Creates the exception for the snapshot of graph <paramref name="graph"/>.</summary>
    public GraphSnapshotException(string graph, string problem, Exception? inner = null)
        : base($"Snapshot of graph '{ShortText.Name(graph)}': {problem}", inner) => Graph = graph;

    /// <summary>The graph the snapshot was taken from (or was to be resumed into).</summary>
    public string Graph { get; }
}

/// <summary>
/// A snapshot was resumed into a graph of another shape: another graph name, or nodes (names, types) or
/// edges (ids, policies, item types) that differ. The message names the first difference.
/// </summary>
public sealed class GraphSnapshotMismatchException(string graph, string difference)
    : GraphSnapshotException(graph, $"it was taken from a graph of another shape: {difference}")
{
    /// <summary>The first difference found, in words.</summary>
    public string Difference { get; } = difference;
}
