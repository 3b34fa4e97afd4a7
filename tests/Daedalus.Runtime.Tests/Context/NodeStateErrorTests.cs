using System.Text.Json;
using static Daedalus.Runtime.Tests.Context.NodeStateRoundTripTests;

namespace Daedalus.Runtime.Tests.Context;

/// <summary>Every way node state can fail, each as a <see cref="NodeStateException"/> naming node and key.</summary>
public sealed class NodeStateErrorTests
{
    private static readonly StateJsonContext Json = StateJsonContext.Default;

    private static NodeStateStore Store() => new("Ingest", "reader");

    [Fact]
    public void Reading_a_slot_without_a_value_names_node_and_key()
    {
        var count = Store().Slot("count", Json.Int32);

        var error = Assert.Throws<NodeStateException>(() => count.Value);
        Assert.Equal(
            "State 'count' of node 'reader' (graph 'Ingest'): has no value and no initial value; set it first, or check HasValue or use GetValueOrDefault.",
            error.Message);
        Assert.Equal(("Ingest", "reader", "count"), (error.Graph, error.Node, error.Key));
    }

    [Fact]
    public void Declaring_a_key_with_a_second_type_fails()
    {
        var store = Store();
        store.Slot("seen", Json.ListString);

        var error = Assert.Throws<NodeStateException>(() => store.Slot("seen", Json.String));
        Assert.Equal(
            "State 'seen' of node 'reader' (graph 'Ingest'): is declared as List<String>, so it cannot be declared as String; use one type per key.",
            error.Message);
    }

    [Fact]
    public void A_value_its_type_info_cannot_write_fails_the_save_and_writes_nothing()
    {
        var store = Store();
        store.Slot("count", Json.Int32).Value = 1;
        store.Slot("ratio", Json.Double).Value = double.NaN;
        using var stream = new MemoryStream();

        var error = Assert.Throws<NodeStateException>(() => store.Save(stream));
        Assert.Equal("ratio", error.Key);
        Assert.StartsWith(
            "State 'ratio' of node 'reader' (graph 'Ingest'): its value of type Double could not be written with the JsonTypeInfo<Double> it was declared with: ",
            error.Message);
        Assert.NotNull(error.InnerException);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_value_of_a_type_the_context_does_not_know_fails_the_save()
    {
        var store = Store();
        store.Slot("anything", Json.Object).Value = new Uri("https://example.invalid/");

        var error = Assert.Throws<NodeStateException>(() => store.ToJson());
        Assert.StartsWith(
            "State 'anything' of node 'reader' (graph 'Ingest'): its value of type Uri could not be written with the JsonTypeInfo<Object> it was declared with: ",
            error.Message);
        Assert.IsType<NotSupportedException>(error.InnerException);
    }

    [Fact]
    public void Malformed_json_fails_the_restore_and_changes_nothing()
    {
        var store = Store();
        var count = store.Slot("count", Json.Int32);
        count.Value = 5;

        var error = Assert.Throws<NodeStateException>(() => store.RestoreJson("""{"format": "daedalus.node-state", "slots": {"""));
        Assert.StartsWith("State of node 'reader' (graph 'Ingest'): the saved JSON is malformed at $.slots (line 1, byte ", error.Message);
        Assert.Null(error.Key);
        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
        Assert.Equal(5, count.Value);
    }

    [Fact]
    public void A_saved_value_that_does_not_fit_its_declared_slot_fails_the_restore_and_changes_nothing()
    {
        var store = Store();
        var count = store.Slot("count", Json.Int32);
        var name = store.Slot("name", Json.String);
        count.Value = 5;
        name.Value = "kept";

        var error = Assert.Throws<NodeStateException>(() => store.RestoreJson(Document("""{"name": "new", "count": "five"}""")));
        Assert.Equal("count", error.Key);
        Assert.StartsWith("State 'count' of node 'reader' (graph 'Ingest'): the saved JSON could not be read as Int32: ", error.Message);
        Assert.Equal((5, "kept"), (count.Value, name.Value));
    }

    [Fact]
    public void A_saved_value_that_does_not_fit_fails_its_later_declaration()
    {
        var store = Store();
        store.RestoreJson(Document("""{"position": [1, 2]}"""));

        var error = Assert.Throws<NodeStateException>(() => store.Slot("position", Json.Position));
        Assert.Equal("position", error.Key);
        Assert.StartsWith("State 'position' of node 'reader' (graph 'Ingest'): the saved JSON could not be read as Position: ", error.Message);
    }

    [Theory]
    [InlineData("""{"slots": {}}""", "the saved JSON is not a node-state document (its \"format\" is not \"daedalus.node-state\").")]
    [InlineData("null", "the saved JSON is not a node-state document (its \"format\" is not \"daedalus.node-state\").")]
    [InlineData("""{"format": "daedalus.node-state", "version": 2, "graph": "Ingest", "node": "reader", "slots": {}}""", "the saved JSON has version 2; this runtime reads version 1.")]
    [InlineData("""{"format": "daedalus.node-state", "version": 1, "graph": "Ingest", "node": "writer", "slots": {}}""", "the saved JSON belongs to node 'writer' of graph 'Ingest'.")]
    [InlineData("""{"format": "daedalus.node-state", "version": 1, "graph": "Ingest", "node": "reader"}""", "the saved JSON has no \"slots\" object.")]
    public void A_document_that_is_not_this_nodes_state_is_refused(string json, string problem)
    {
        var error = Assert.Throws<NodeStateException>(() => Store().RestoreJson(json));

        Assert.Equal($"State of node 'reader' (graph 'Ingest'): {problem}", error.Message);
    }
}
