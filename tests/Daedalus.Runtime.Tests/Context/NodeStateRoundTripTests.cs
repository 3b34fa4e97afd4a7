namespace Daedalus.Runtime.Tests.Context;

/// <summary>Node state kept in memory, saved as JSON and restored, slot by slot.</summary>
public sealed class NodeStateRoundTripTests
{
    private static readonly StateJsonContext Json = StateJsonContext.Default;

    private static string Lines(string text) => text.ReplaceLineEndings("\n");

    [Fact]
    public void Saved_state_is_one_document_with_each_slot_that_has_a_value_by_key()
    {
        var store = new NodeStateStore("Ingest", "reader");
        store.Slot("position", Json.Position).Value = new Position("in.csv", 4096);
        store.Slot("count", Json.Int32).Value = 42;
        store.Slot("seen", Json.ListString).Value = ["a", "b"];
        store.Slot("unset", Json.String);

        Assert.Equal(Lines("""
            {
              "format": "daedalus.node-state",
              "version": 1,
              "graph": "Ingest",
              "node": "reader",
              "slots": {
                "count": 42,
                "position": {
                  "File": "in.csv",
                  "Offset": 4096
                },
                "seen": [
                  "a",
                  "b"
                ]
              }
            }
            """), Lines(store.ToJson()));
    }

    [Fact]
    public void Restored_values_are_read_when_their_slot_is_declared()
    {
        var saved = new NodeStateStore("Ingest", "reader");
        saved.Slot("count", Json.Int32).Value = 42;
        saved.Slot("position", Json.Position).Value = new Position("in.csv", 4096);
        saved.Slot("seen", Json.ListString).Value = ["a", "b"];

        var store = new NodeStateStore("Ingest", "reader");
        store.RestoreJson(saved.ToJson());

        Assert.Equal(42, store.Slot("count", Json.Int32).Value);
        Assert.Equal(new Position("in.csv", 4096), store.Slot("position", Json.Position).Value);
        Assert.Equal(["a", "b"], store.Slot("seen", Json.ListString).Value);
    }

    [Fact]
    public void A_restored_value_wins_over_the_initial_value()
    {
        var store = new NodeStateStore("Ingest", "reader");
        store.RestoreJson(Document("""{"count": 7}"""));

        Assert.Equal(7, store.Slot("count", Json.Int32, initialValue: 0).Value);
        Assert.Equal(1, store.Slot("other", Json.Int32, initialValue: 1).Value);
    }

    [Fact]
    public void Restoring_replaces_declared_slots_and_resets_those_the_document_lacks()
    {
        var store = new NodeStateStore("Ingest", "reader");
        var count = store.Slot("count", Json.Int32);
        var total = store.Slot("total", Json.Int32, initialValue: 100);
        var name = store.Slot("name", Json.String);
        count.Value = 1;
        total.Value = 2;
        name.Value = "x";

        store.RestoreJson(Document("""{"count": 9}"""));

        Assert.Equal(9, count.Value);
        Assert.Equal(100, total.Value);
        Assert.False(name.HasValue);
    }

    [Fact]
    public void Values_no_slot_claimed_are_saved_again_unchanged()
    {
        var store = new NodeStateStore("Ingest", "reader");
        store.RestoreJson(Document("""{"later": {"File": "x", "Offset": 1}}"""));
        store.Slot("count", Json.Int32).Value = 3;

        var again = new NodeStateStore("Ingest", "reader");
        again.RestoreJson(store.ToJson());

        Assert.Equal(new Position("x", 1), again.Slot("later", Json.Position).Value);
        Assert.Equal(3, again.Slot("count", Json.Int32).Value);
    }

    [Fact]
    public void A_cleared_slot_is_not_saved()
    {
        var store = new NodeStateStore("Ingest", "reader");
        var count = store.Slot("count", Json.Int32, initialValue: 5);
        count.Clear();

        Assert.DoesNotContain("count", store.ToJson());
        Assert.Equal(-1, count.GetValueOrDefault(-1));
        Assert.False(count.TryGetValue(out _));
    }

    [Fact]
    public void State_saved_to_a_stream_is_restored_from_it()
    {
        var saved = new NodeStateStore("Ingest", "reader");
        saved.Slot("ratio", Json.Double).Value = 0.25;
        using var stream = new MemoryStream();
        saved.Save(stream);
        stream.Position = 0;

        var store = new NodeStateStore("Ingest", "reader");
        store.Restore(stream);

        Assert.Equal(0.25, store.Slot("ratio", Json.Double).Value);
    }

    [Fact]
    public void Declaring_a_key_again_with_its_type_returns_the_same_slot()
    {
        var store = new NodeStateStore("Ingest", "reader");
        var first = store.Slot("count", Json.Int32);
        first.Value = 4;

        Assert.Same(first, store.Slot("count", Json.Int32, initialValue: 0));
        Assert.Equal(4, first.Value);
        Assert.Equal(["count"], store.Keys);
    }

    [Fact]
    public async Task Slots_declared_on_many_threads_are_declared_once()
    {
        var store = new NodeStateStore("Ingest", "reader");
        var slots = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.Slot("count", Json.Int32))));

        Assert.All(slots, slot => Assert.Same(slots[0], slot));
    }

    /// <summary>A saved document of node <c>reader</c> of <c>Ingest</c> with <paramref name="slots"/>.</summary>
    internal static string Document(string slots, string node = "reader", string graph = "Ingest", int version = 1) =>
        $$"""{"format": "daedalus.node-state", "version": {{version}}, "graph": "{{graph}}", "node": "{{node}}", "slots": {{slots}}}""";
}
