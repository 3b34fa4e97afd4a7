using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daedalus.Runtime;

/// <summary>
/// A graph snapshot as JSON (docs/telemetry.md, "Snapshots"): what it is, the graph's shape, each node's
/// position and state, and each edge's queued items as written by the item type's own type info. Every
/// field is nullable so that <see cref="SnapshotReader"/> can say which one is missing; fields it does not
/// know land in <see cref="Unknown"/>, so that it can name them.
/// </summary>
internal sealed record SnapshotDocument(string? Format, int? Version, string? Graph, List<SnapshotNode?>? Nodes, List<SnapshotEdgeDocument?>? Edges)
{
    /// <summary>The value of <see cref="Format"/> that marks a graph snapshot.</summary>
    public const string FormatName = "daedalus.graph-snapshot";

    /// <summary>The version this runtime writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Fields this version does not have (an error when read); never written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>
/// One node in a snapshot: its name and type (the shape), how many times it had fired when it has no
/// inputs (<see langword="null"/> otherwise), its node-state document when it has one, and, by output
/// port, the edge a round-robin output sends its next item to (when not the first).
/// </summary>
internal sealed record SnapshotNode(string Name, string Type, long? Produced, JsonElement? State, Dictionary<string, int>? RoundRobin)
{
    /// <summary>Fields this version does not have (an error when read); never written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One edge in a snapshot's JSON: its id, policy and item type (the shape) and its queued items, oldest first.</summary>
internal sealed record SnapshotEdgeDocument(string Id, string Policy, string ItemType, List<JsonElement>? Items)
{
    /// <summary>Fields this version does not have (an error when read); never written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>
/// The snapshot envelope's serializer, generated at compile time (no reflection, trim- and AOT-safe). It
/// reads strictly: a property given twice, at any depth, is an error, and nothing is nested deeper than
/// <see cref="MaxDepth"/> levels.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, AllowDuplicateProperties = false, MaxDepth = MaxDepth)]
[JsonSerializable(typeof(SnapshotDocument))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext
{
    /// <summary>How deep the JSON may nest, items and states included.</summary>
    public const int MaxDepth = 64;
}
