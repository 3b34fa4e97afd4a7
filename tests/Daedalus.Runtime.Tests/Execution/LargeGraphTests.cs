namespace Daedalus.Runtime.Tests.Execution;

/// <summary>Graphs built at run time at sizes the generator never sees, on every executor.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class LargeGraphTests
{
    public static TheoryData<string> Unbounded => ["serial", "parallel", "pooled-parallel"];

    [Theory]
    [MemberData(nameof(Unbounded))]
    public void A_chain_of_100_000_nodes(string executor)
    {
        var (graph, sink) = Shapes.Chain(20, 100_000);
        var result = Executors.Run(graph, executor);

        Assert.Equal(Enumerable.Range(100_000, 20).Select(x => (long)x), sink.Items);
        Assert.Equal(100_002, result.Nodes.Count);
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void A_chain_too_long_for_a_thread_per_node_is_refused_before_it_starts(string executor)
    {
        var (graph, sink) = Shapes.Chain(20, 100_000);
        var error = Assert.Throws<NotSupportedException>(() => Executors.Run(graph, executor));

        Assert.Contains("Executor.Parallel", error.Message);
        Assert.Empty(sink.Items);
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_binary_tree(string executor)
    {
        var (graph, sinks) = Shapes.BinaryTree(9, 20);
        Executors.Run(graph, executor);

        Assert.Equal(512, sinks.Count);
        for (var leaf = 0; leaf < sinks.Count; leaf++)
        {
            // Each level doubles and appends the branch bit, so leaf k holds x * 512 + k.
            var k = leaf;
            Assert.Equal(Enumerable.Range(0, 20).Select(x => x * 512L + k), sinks[leaf].Items);
        }
    }

    [Theory]
    [MemberData(nameof(Executors.All), MemberType = typeof(Executors))]
    public void A_64_by_64_wavefront_grid(string executor)
    {
        var (graph, sink) = Shapes.Grid(64, 3);
        var result = Executors.Run(graph, executor);

        var (expectedGraph, expected) = Shapes.Grid(64, 3);
        Executors.Run(expectedGraph, "serial");
        Assert.Equal(expected.Items, sink.Items);
        Assert.Equal(3, sink.Items.Count);
        Assert.True(result.Succeeded);
    }
}
