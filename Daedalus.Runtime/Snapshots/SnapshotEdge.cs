namespace Daedalus.Runtime;

/// <summary>One edge of a snapshot: its id, policy and item type (the shape) and the items it held.</summary>
internal sealed record SnapshotEdge(string Graph, string Id, string Policy, string ItemType, EdgeItems Items);
