using System.Text.Json.Nodes;

namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// A snapshot is hostile input: each document here, a real snapshot edited, is refused when it is loaded,
/// with a short message naming the field and the node or edge.
/// </summary>
public sealed class HostileSnapshotLoadTests
{
    private static readonly string LongName = new('n', 5_000);
    private static readonly string HugeName = new('x', 1_000_000);

    private static readonly Dictionary<string, (Func<string> Json, string Problem)> Unloadable = new()
    {
        ["not JSON"] = (() => "{ not json", "the JSON is malformed"),
        ["no JSON at all"] = (() => "", "the JSON is malformed"),
        ["a JSON null"] = (() => "null", "is not a graph snapshot"),
        ["an array"] = (() => "[]", "the JSON is malformed"),
        ["another format"] = (() => SnapshotEdits.Edit(root => root["format"] = "daedalus.node-state"), "is not a graph snapshot"),
        ["no format"] = (() => SnapshotEdits.Edit(root => root.Remove("format")), "is not a graph snapshot"),
        ["another version"] = (() => SnapshotEdits.Edit(root => root["version"] = 2), "has version 2; this runtime reads version 1"),
        ["no version"] = (() => SnapshotEdits.Edit(root => root.Remove("version")), "the JSON has no \"version\""),
        ["a version that is text"] = (() => SnapshotEdits.Edit(root => root["version"] = "1"), "the JSON is malformed at $.version"),
        ["no graph"] = (() => SnapshotEdits.Edit(root => root.Remove("graph")), "the JSON has no \"graph\""),
        ["no nodes"] = (() => SnapshotEdits.Edit(root => root.Remove("nodes")), "the JSON has no \"nodes\""),
        ["no edges"] = (() => SnapshotEdits.Edit(root => root.Remove("edges")), "the JSON has no \"edges\""),
        ["nodes that are an object"] = (() => SnapshotEdits.Edit(root => root["nodes"] = new JsonObject()), "the JSON is malformed at $.nodes"),
        ["an unknown field"] = (() => SnapshotEdits.Edit(root => root["extra"] = 1), "the JSON has an unknown field \"extra\""),
        ["a duplicate field"] = (() => SnapshotEdits.Replace("\"graph\":\"snapshots\"", "\"graph\":\"snapshots\",\"graph\":\"other\""), "Duplicate property 'graph'"),
        ["a long graph name"] = (() => SnapshotEdits.Edit(root => root["graph"] = LongName), "the JSON has a \"graph\" of 5000 characters; the limit is 4096"),
        ["a huge unknown field name"] = (() => SnapshotEdits.Edit(root => root[HugeName] = 1), "the JSON has an unknown field \"xxxxxxxx"),
        ["a null node"] = (() => SnapshotEdits.Edit(root => root["nodes"]![0] = null), "node 1 is null"),
        ["a node without a name"] = (() => SnapshotEdits.Edit(root => root.Node(0).Remove("name")), "node 1 has no \"name\""),
        ["a node without a type"] = (() => SnapshotEdits.Edit(root => root.Node(0).Remove("type")), "node 1 ('numbers') has no \"type\""),
        ["a node with an unknown field"] = (() => SnapshotEdits.Edit(root => root.Node(0)["color"] = "red"), "node 1 ('numbers') has an unknown field \"color\""),
        ["a node with a long name"] = (() => SnapshotEdits.Edit(root => root.Node(1)["name"] = LongName), "node 2 has a \"name\" of 5000 characters; the limit is 4096"),
        ["a node with a long type"] = (() => SnapshotEdits.Edit(root => root.Node(1)["type"] = LongName), "node 2 ('sum') has a \"type\" of 5000 characters"),
        ["a negative produced count"] = (() => SnapshotEdits.Edit(root => root.Node(0)["produced"] = -1), "node 1 ('numbers') has a negative \"produced\" count (-1)"),
        ["a fractional produced count"] = (() => SnapshotEdits.Edit(root => root.Node(0)["produced"] = 1.5), "the JSON is malformed at $.nodes[0].produced"),
        ["a produced count beyond 64 bits"] = (() => SnapshotEdits.Edit(root => root.Node(0)["produced"] = 1e30), "the JSON is malformed at $.nodes[0].produced"),
        ["a state that is not an object"] = (() => SnapshotEdits.Edit(root => root.Node(1)["state"] = 5), "node 2 ('sum') has a \"state\" that is not a JSON object"),
        ["a duplicate slot in a state"] = (() => SnapshotEdits.Replace("\"slots\":{", "\"slots\":{\"sum\":1,"), "Duplicate property 'sum'"),
        ["a negative round-robin turn"] = (() => SnapshotEdits.Edit(root => root.Node(1)["roundRobin"] = new JsonObject { ["Out"] = -1 }), "node 2 ('sum') has a negative \"roundRobin\" turn (-1) for output 'Out'"),
        ["a round-robin turn that is text"] = (() => SnapshotEdits.Edit(root => root.Node(1)["roundRobin"] = new JsonObject { ["Out"] = "1" }), "the JSON is malformed at $.nodes[1].roundRobin"),
        ["a long round-robin port name"] = (() => SnapshotEdits.Edit(root => root.Node(1)["roundRobin"] = new JsonObject { [LongName] = 1 }), "node 2 ('sum') has a \"roundRobin\" port name of 5000 characters"),
        ["a null edge"] = (() => SnapshotEdits.Edit(root => root["edges"]![2] = null), "edge 3 is null"),
        ["an edge without an id"] = (() => SnapshotEdits.Edit(root => root.Edge(0).Remove("id")), "edge 1 has no \"id\""),
        ["an edge without items"] = (() => SnapshotEdits.Edit(root => root.Edge(0).Remove("items")), "edge 1 ('numbers.Output->sum.In') has no \"items\""),
        ["an edge with an unknown field"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["color"] = "red"), "edge 2 ('sum.Out->relay.In') has an unknown field \"color\""),
        ["an edge with a long item type"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["itemType"] = LongName), "edge 2 ('sum.Out->relay.In') has an \"itemType\" of 5000 characters"),
        ["items that are an object"] = (() => SnapshotEdits.Edit(root => root.Edge(0)["items"] = new JsonObject()), "the JSON is malformed at $.edges[0].items"),
        ["an item nested too deep"] = (() => SnapshotEdits.Edit(root => root.Edge(0)["items"] = new JsonArray("deep")).Replace("\"deep\"", SnapshotEdits.Nested(100)), "maximum configured depth of 64"),
        ["a duplicate member in an item"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["items"] = JsonNode.Parse("[{\"Index\":1,\"Sum\":2}]")).Replace("\"Sum\":2", "\"Sum\":2,\"Sum\":3"), "Duplicate property 'Sum'"),
    };

    public static TheoryData<string> UnloadableDocuments => [.. Unloadable.Keys];

    [Theory]
    [MemberData(nameof(UnloadableDocuments))]
    public void A_hostile_document_is_refused_when_loaded_with_a_short_message_naming_what_is_wrong(string document)
    {
        var (json, problem) = Unloadable[document];

        var error = Assert.Throws<GraphSnapshotException>(() => GraphSnapshot.FromJson(json(), SnapshotJson.Default));

        Assert.Contains(problem, error.Message);
        Assert.InRange(error.Message.Length, 1, SnapshotEdits.MaxMessageLength);
    }
}
