using System.Text.Json;

namespace Daedalus.Runtime;

/// <summary>Turns a snapshot's JSON into a <see cref="GraphSnapshot"/>, checking its format, version and fields.</summary>
internal static class SnapshotReader
{
    private const string Unknown = "(unknown)";

    public static GraphSnapshot Read(Func<SnapshotDocument?> deserialize, SnapshotTypes types)
    {
        SnapshotDocument? document;
        try
        {
            document = deserialize();
        }
        catch (JsonException error)
        {
            throw new GraphSnapshotException(Unknown, $"the JSON is malformed: {error.Message}", error);
        }
        if (document is null || document.Format != SnapshotDocument.FormatName)
            throw new GraphSnapshotException(Unknown, $"the JSON is not a graph snapshot (its \"format\" is not \"{SnapshotDocument.FormatName}\").");
        var graph = document.Graph ?? throw new GraphSnapshotException(Unknown, "the JSON has no \"graph\" name.");
        if (document.Version != SnapshotDocument.CurrentVersion)
            throw new GraphSnapshotException(graph, $"the JSON has version {document.Version}; this runtime reads version {SnapshotDocument.CurrentVersion}.");
        if (document.Nodes is null || document.Edges is null)
            throw new GraphSnapshotException(graph, "the JSON has no \"nodes\" or no \"edges\" array.");
        foreach (var node in document.Nodes)
        {
            if (node?.Name is null || node.Type is null) throw new GraphSnapshotException(graph, "a node has no \"name\" or no \"type\".");
        }
        var edges = new List<SnapshotEdge>(document.Edges.Count);
        foreach (var edge in document.Edges)
        {
            if (edge?.Id is null || edge.Policy is null || edge.ItemType is null)
                throw new GraphSnapshotException(graph, "an edge has no \"id\", \"policy\" or \"itemType\".");
            edges.Add(new SnapshotEdge(graph, edge.Id, edge.Policy, edge.ItemType, new JsonEdgeItems(edge.Items ?? [], types)));
        }
        return new GraphSnapshot(graph, document.Nodes, edges);
    }
}
