using System.Text.Json;

namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>The snapshot's JSON: its envelope, a lossless round trip, and clear errors for what it cannot write or read.</summary>
public sealed class SnapshotFormatTests
{
    [Fact]
    public void The_json_names_the_format_the_shape_the_state_and_the_queued_items()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");

        using var json = JsonDocument.Parse(snapshot.ToJson(SnapshotJson.Default));

        var root = json.RootElement;
        Assert.Equal("daedalus.graph-snapshot", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("snapshots", root.GetProperty("graph").GetString());
        var numbers = root.GetProperty("nodes")[0];
        Assert.Equal("Numbers", numbers.GetProperty("type").GetString());
        Assert.Equal(snapshot.Produced("numbers"), numbers.GetProperty("produced").GetInt64());
        var sum = root.GetProperty("nodes")[1];
        Assert.False(sum.TryGetProperty("produced", out _));
        Assert.Equal("daedalus.node-state", sum.GetProperty("state").GetProperty("format").GetString());
        Assert.True(sum.GetProperty("state").GetProperty("slots").GetProperty("sum").GetInt64() > 0);
        var middle = root.GetProperty("edges")[1];
        Assert.Equal("sum.Out->relay.In", middle.GetProperty("id").GetString());
        Assert.Equal("bounded(4, Block)", middle.GetProperty("policy").GetString());
        Assert.Equal("Reading", middle.GetProperty("itemType").GetString());
        Assert.Equal(snapshot.QueuedItems("sum.Out->relay.In"), middle.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Saving_a_loaded_snapshot_writes_the_same_json()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");
        var json = snapshot.ToJson(SnapshotJson.Default);

        var loaded = GraphSnapshot.FromJson(json, SnapshotJson.Default);

        Assert.Equal(json, loaded.ToJson(SnapshotJson.Default));
        Assert.Equal(snapshot.EdgeIds, loaded.EdgeIds);
        Assert.Equal(snapshot.QueuedItems("numbers.Output->sum.In"), loaded.QueuedItems("numbers.Output->sum.In"));
    }

    [Fact]
    public void Saving_without_the_type_info_of_an_edge_names_the_edge_and_the_type()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");

        var error = Assert.Throws<GraphSnapshotException>(() => snapshot.Save(new MemoryStream(), StringsOnlyJson.Default));

        Assert.Contains("edge 'numbers.Output->sum.In' carries Int64 items", error.Message);
        Assert.Contains("[JsonSerializable(typeof(Int64))]", error.Message);
    }

    [Fact]
    public void Resuming_without_the_type_info_of_an_edge_fails_before_the_run_starts()
    {
        var (_, snapshot) = SnapshotPipeline.Paused("serial");
        var loaded = GraphSnapshot.FromJson(snapshot.ToJson(SnapshotJson.Default), StringsOnlyJson.Default);
        var pipeline = new SnapshotPipeline();

        var error = Assert.Throws<GraphSnapshotException>(() => pipeline.Graph.Run(new RunOptions { Resume = loaded }));

        Assert.Contains("edge 'numbers.Output->sum.In' carries Int64 items", error.Message);
        Assert.Null(pipeline.Sum.Sum);
    }

    [Theory]
    [InlineData("{ not json", "the JSON is malformed")]
    [InlineData("""{ "format": "daedalus.node-state", "version": 1 }""", "is not a graph snapshot")]
    [InlineData("""{ "format": "daedalus.graph-snapshot", "version": 2, "graph": "g", "nodes": [], "edges": [] }""", "has version 2; this runtime reads version 1")]
    [InlineData("""{ "format": "daedalus.graph-snapshot", "version": 1, "graph": "g" }""", "no \"nodes\"")]
    public void Json_that_is_not_a_snapshot_of_this_version_is_rejected(string json, string problem)
    {
        var error = Assert.Throws<GraphSnapshotException>(() => GraphSnapshot.FromJson(json, SnapshotJson.Default));

        Assert.Contains(problem, error.Message);
    }
}
