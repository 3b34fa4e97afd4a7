using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>A node asks for its <see cref="NodeContext"/> as a hook or process parameter.</summary>
public sealed class NodeContextTests
{
    [Fact]
    public void The_compiled_run_hands_each_node_its_context_and_keeps_state_across_runs()
    {
        var graph = new WithContext();
        using var cancellation = new CancellationTokenSource();
        graph.Run(cancellation.Token);
        graph.Run(cancellation.Token);

        Assert.Equal(["WithContext/counting token=run", "WithContext/counting token=run"], graph.Counting.Seen);
        Assert.Equal(10, graph.Counting.Total);
        Assert.Equal([1, 2, 3, 4, 5, 1, 2, 3, 4, 5], graph.Sink.Items);
    }

    [Fact]
    public void A_graph_whose_nodes_take_a_context_offers_a_logger_factory()
    {
        var graph = new WithContext();
        Assert.Null(graph.LoggerFactory);
    }
}
