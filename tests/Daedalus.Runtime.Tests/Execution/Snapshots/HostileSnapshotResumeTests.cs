using System.Text.Json.Nodes;

namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// A snapshot is hostile input: each document here, a real snapshot edited, loads but does not fit the graph
/// it is resumed into (counts, items, node states); it is refused with a short message naming the node or
/// edge, and the graph is left as it was.
/// </summary>
public sealed class HostileSnapshotResumeTests
{
    private static readonly string LongName = new('n', 5_000);

    private static readonly Dictionary<string, (Func<string> Json, Type Error, string Problem)> Unresumable = new()
    {
        ["a node type naming another type"] = (() => SnapshotEdits.Edit(root => root.Node(0)["type"] = "System.Diagnostics.Process"), typeof(GraphSnapshotMismatchException), "node 1 is 'numbers' (System.Diagnostics.Process) in the snapshot but 'numbers' (Numbers) in the graph."),
        ["an item type naming another type"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["itemType"] = "System.IO.FileInfo"), typeof(GraphSnapshotMismatchException), "of System.IO.FileInfo in the snapshot but 'sum.Out->relay.In' [bounded(4, Block)] of Reading in the graph."),
        ["another graph's nodes"] = (() => SnapshotEdits.Edit(root => root.Node(1)["name"] = new string('s', 4_000)), typeof(GraphSnapshotMismatchException), "node 2 is 'sssssss"),
        ["a produced count on a node with inputs"] = (() => SnapshotEdits.Edit(root => root.Node(1)["produced"] = 5), typeof(GraphSnapshotException), "node 'sum' has inputs, so it has no \"produced\" count"),
        ["a source without a produced count"] = (() => SnapshotEdits.Edit(root => root.Node(0).Remove("produced")), typeof(GraphSnapshotException), "node 'numbers' has no inputs, so it needs a \"produced\" count"),
        ["more produced than the source has"] = (() => SnapshotEdits.Edit(root => root.Node(0)["produced"] = 1_000_000), typeof(GraphSnapshotException), "node 'numbers' ended after 3000 items, but the snapshot says it had produced 1000000"),
        ["more items than an edge holds"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["items"] = Readings(5)), typeof(GraphSnapshotException), "edge 'sum.Out->relay.In' holds 5 items in the snapshot, more than its capacity of 4"),
        ["an empty object as a long"] = (() => SnapshotEdits.Edit(root => root.Edge(0)["items"] = JsonNode.Parse("[1, {}]")), typeof(GraphSnapshotException), "item 2 of edge 'numbers.Output->sum.In' (long) could not be converted"),
        ["text as a long"] = (() => SnapshotEdits.Edit(root => root.Edge(0)["items"] = JsonNode.Parse("[\"12\"]")), typeof(GraphSnapshotException), "item 1 of edge 'numbers.Output->sum.In' (long) could not be converted"),
        ["null as a long"] = (() => SnapshotEdits.Edit(root => root.Edge(0)["items"] = JsonNode.Parse("[null]")), typeof(GraphSnapshotException), "item 1 of edge 'numbers.Output->sum.In' (long) could not be converted"),
        ["an empty object as a reading"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["items"] = JsonNode.Parse("[{}]")), typeof(GraphSnapshotException), "missing required properties including: 'Index', 'Sum'"),
        ["a reading without its sum"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["items"] = JsonNode.Parse("[{\"Index\":1}]")), typeof(GraphSnapshotException), "missing required properties including: 'Sum'"),
        ["a reading with an unknown member"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["items"] = JsonNode.Parse("[{\"Index\":1,\"Sum\":2,\"Extra\":3}]")), typeof(GraphSnapshotException), "item 1 of edge 'sum.Out->relay.In' (Reading) could not be converted"),
        ["a reading with a text index"] = (() => SnapshotEdits.Edit(root => root.Edge(1)["items"] = JsonNode.Parse("[{\"Index\":\"1\",\"Sum\":2}]")), typeof(GraphSnapshotException), "item 1 of edge 'sum.Out->relay.In' (Reading) could not be converted"),
        ["a round-robin turn on a broadcast output"] = (() => SnapshotEdits.Edit(root => root.Node(1)["roundRobin"] = new JsonObject { ["Out"] = 1 }), typeof(GraphSnapshotException), "output 'Out' of node 'sum' does not distribute round robin"),
        ["a round-robin turn of an unknown output"] = (() => SnapshotEdits.Edit(root => root.Node(1)["roundRobin"] = new JsonObject { ["Nope"] = 1 }), typeof(GraphSnapshotException), "node 'sum' has no output 'Nope'"),
        ["a state of another node"] = (() => SnapshotEdits.Edit(root => root.State(3)["node"] = "sum"), typeof(NodeStateException), "belongs to node 'sum' of graph 'snapshots'"),
        ["a state of another format"] = (() => SnapshotEdits.Edit(root => root.State(3)["format"] = "daedalus.graph-snapshot"), typeof(NodeStateException), "is not a node-state document"),
        ["a state of another version"] = (() => SnapshotEdits.Edit(root => root.State(3)["version"] = 7), typeof(NodeStateException), "has version 7"),
        ["a state without slots"] = (() => SnapshotEdits.Edit(root => root.State(3).Remove("slots")), typeof(NodeStateException), "has no \"slots\" object"),
        ["a state with an unknown field"] = (() => SnapshotEdits.Edit(root => root.State(3)["color"] = "red"), typeof(NodeStateException), "has an unknown field \"color\""),
        ["a state of a long node name"] = (() => SnapshotEdits.Edit(root => root.State(3)["node"] = LongName), typeof(NodeStateException), "belongs to node 'nnnnnnnn"),
    };

    public static TheoryData<string> UnresumableDocuments => [.. Unresumable.Keys];

    [Theory]
    [MemberData(nameof(UnresumableDocuments))]
    public void A_hostile_document_is_refused_when_resumed_and_the_graph_runs_afterwards_as_a_fresh_one(string document)
    {
        var (json, type, problem) = Unresumable[document];
        var snapshot = GraphSnapshot.FromJson(json(), SnapshotJson.Default);
        var fresh = new SnapshotPipeline();
        fresh.Run("serial");
        var pipeline = new SnapshotPipeline();

        var error = Record.Exception(() => pipeline.Run("serial", new RunOptions { Resume = snapshot }));
        var plain = pipeline.Run("serial");

        Assert.IsType(type, error);
        Assert.Contains(problem, error.Message);
        Assert.InRange(error.Message.Length, 1, SnapshotEdits.MaxMessageLength);
        Assert.True(plain.Succeeded);
        Assert.Equal(fresh.Sum.Sum!.Value, pipeline.Sum.Sum!.Value);
        Assert.Equal(fresh.Sink.Total!.Value, pipeline.Sink.Total!.Value);
    }

    /// <summary><paramref name="count"/> readings, as JSON.</summary>
    private static JsonArray Readings(int count) => [.. Enumerable.Range(1, count).Select(i => (JsonNode)new JsonObject { ["Index"] = i, ["Sum"] = i })];
}
