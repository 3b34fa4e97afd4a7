using System.Text.Json.Nodes;

namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// The JSON of a real snapshot of <see cref="SnapshotPipeline"/> (paused on item 1,500), edited into the hostile
/// documents of the snapshot tests. Nodes: 0 numbers, 1 sum, 2 relay, 3 sink; edges: 0 numbers→sum (bounded 64,
/// long), 1 sum→relay (bounded 4, Reading), 2 relay→sink (bounded 1, Reading).
/// </summary>
internal static class SnapshotEdits
{
    /// <summary>How long an error message about a hostile snapshot may be: short, whatever the input holds.</summary>
    public const int MaxMessageLength = 400;

    private static readonly Lazy<string> Paused = new(() => JsonNode.Parse(SnapshotPipeline.Paused("serial").Snapshot.ToJson(SnapshotJson.Default))!.ToJsonString());

    /// <summary>The snapshot as compact JSON (no whitespace), for edits as text.</summary>
    public static string Valid => Paused.Value;

    /// <summary>The snapshot with <paramref name="edit"/> applied to its JSON tree.</summary>
    public static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Paused.Value)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    /// <summary>The snapshot with the text <paramref name="find"/> (which must occur) replaced.</summary>
    public static string Replace(string find, string replacement) =>
        Valid.Contains(find, StringComparison.Ordinal) ? Valid.Replace(find, replacement, StringComparison.Ordinal) : throw new ArgumentException($"The snapshot has no '{find}'.", nameof(find));

    public static JsonObject Node(this JsonObject root, int index) => root["nodes"]![index]!.AsObject();

    public static JsonObject Edge(this JsonObject root, int index) => root["edges"]![index]!.AsObject();

    public static JsonObject State(this JsonObject root, int node) => root.Node(node)["state"]!.AsObject();

    /// <summary>JSON text nested <paramref name="depth"/> arrays deep (deeper than a JSON tree here may be).</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
