using Microsoft.Extensions.Logging.Abstractions;

namespace Daedalus.Runtime.Tests.Context;

public sealed class NodeContextTests
{
    [Fact]
    public void A_context_carries_what_it_was_given()
    {
        using var cancellation = new CancellationTokenSource();
        var logger = new CapturingLogger();
        var metadata = new Dictionary<string, string> { ["owner"] = "ingest-team" };
        var state = new NodeStateStore("Ingest", "reader");

        var context = new NodeContext("Ingest", "reader", cancellation.Token, logger, metadata, state);

        Assert.Equal(("Ingest", "reader"), (context.Graph, context.Node));
        Assert.Equal(cancellation.Token, context.CancellationToken);
        Assert.Same(logger, context.Logger);
        Assert.Equal("ingest-team", context.Metadata["owner"]);
        Assert.Same(state, context.StateStore);
    }

    [Fact]
    public void A_bare_context_logs_nowhere_and_has_empty_metadata_and_state()
    {
        var context = new NodeContext("Ingest", "reader", CancellationToken.None);

        Assert.Same(NullLogger.Instance, context.Logger);
        Assert.Empty(context.Metadata);
        Assert.Empty(context.StateStore.Keys);
        Assert.Equal(("Ingest", "reader"), (context.StateStore.Graph, context.StateStore.Node));
    }

    [Fact]
    public void State_comes_from_the_contexts_store()
    {
        var context = new NodeContext("Ingest", "reader", CancellationToken.None);
        var count = context.State("count", StateJsonContext.Default.Int32, initialValue: 1);
        count.Value++;

        Assert.Same(count, context.StateStore.Slot("count", StateJsonContext.Default.Int32));
        Assert.Equal(2, context.State("count", StateJsonContext.Default.Int32).Value);
    }

    [Fact]
    public void Another_nodes_state_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new NodeContext("Ingest", "reader", CancellationToken.None, state: new NodeStateStore("Ingest", "writer")));

        Assert.StartsWith("The state belongs to node 'writer' of graph 'Ingest', not to node 'reader' of graph 'Ingest'.", error.Message);
    }
}
