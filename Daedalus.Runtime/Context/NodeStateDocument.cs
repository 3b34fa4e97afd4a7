using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daedalus.Runtime;

/// <summary>
/// A node's saved state as JSON (docs/telemetry.md, "State JSON"): what it is, which node it belongs to,
/// and each slot's value as written by the slot's own type info, by key.
/// </summary>
internal sealed record NodeStateDocument(string? Format, int Version, string? Graph, string? Node, Dictionary<string, JsonElement>? Slots)
{
    /// <summary>The value of <see cref="Format"/> that marks a node-state document.</summary>
    public const string FormatName = "daedalus.node-state";

    /// <summary>The version this runtime writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Fields this version does not have (an error when read); never written.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>
/// The runtime's own JSON types, serialized by generated code (no reflection, trim- and AOT-safe). It reads
/// strictly: a property given twice, at any depth, is an error.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(NodeStateDocument))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
