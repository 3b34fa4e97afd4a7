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

    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    [InlineData("pipelined")]
    public void Executors_hand_nodes_their_context_with_metadata_and_the_same_state(string executor)
    {
        var graph = new WithContext();
        graph.Run();
        var options = new RunOptions
        {
            Executor = executor switch { "serial" => Executor.Serial, "parallel" => Executor.Parallel(), _ => Executor.Pipelined() },
            Metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["counting"] = new Dictionary<string, string> { ["tenant"] = "north" } },
        };

        graph.Run(options);

        Assert.Equal(["WithContext/counting token=run", "WithContext/counting token=run tenant=north"], graph.Counting.Seen);
        Assert.Equal(10, graph.Counting.Total); // one state store, whichever path ran the node
    }

    [Fact]
    public void Metadata_for_a_node_the_graph_does_not_have_fails_before_the_run()
    {
        var options = new RunOptions { Metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["nobody"] = new Dictionary<string, string>() } };
        var error = Assert.Throws<ArgumentException>(() => new WithContext().Run(options));
        Assert.Contains("RunOptions.Metadata names nodes that graph 'WithContext' does not have: nobody", error.Message);
    }

    [Fact]
    public void A_graph_whose_nodes_take_a_context_offers_a_logger_factory()
    {
        var graph = new WithContext();
        Assert.Null(graph.LoggerFactory);
    }
}
