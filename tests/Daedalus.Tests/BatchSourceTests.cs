using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>Batch sources (<c>int Fill(Span&lt;T&gt;)</c>): one call per buffer of items, on every path.</summary>
public sealed class BatchSourceTests
{
    private static readonly int[] Expected = Enumerable.Range(0, 2_500).Select(i => i * 3).ToArray();

    [Fact]
    public void The_compiled_run_drains_the_source_buffer_by_buffer_and_fuses_the_chain()
    {
        var graph = new SpanChain();
        graph.Run();
        graph.Run();
        Assert.Equal(Expected.Concat(Expected), graph.Sink.Items);
        Assert.Equal(NodeKind.Source, SpanChain.Plan.Node("source").Kind);
        Assert.All(SpanChain.Plan.Edges, e => Assert.True(e.IsFused, e.Id));
    }

    [Theory]
    [InlineData("serial")]
    [InlineData("parallel")]
    [InlineData("pipelined")]
    public void Every_executor_gives_the_compiled_result(string executor)
    {
        var graph = new SpanChain();
        var result = graph.Run(new RunOptions
        {
            Executor = executor switch { "serial" => Executor.Serial, "parallel" => Executor.Parallel(), _ => Executor.Pipelined() },
        });
        Assert.Equal(Expected, graph.Sink.Items);
        Assert.Equal(2_500, result.Node("source").Firings);
    }

    [Fact]
    public void A_source_that_claims_more_items_than_its_span_holds_fails_naming_itself()
    {
        var compiled = new SpanChain(source: new Nodes.SpanRange { Count = 10, Lie = 5_000 });
        var error = Assert.Throws<GraphRunException>(() => compiled.Run());
        Assert.Contains("source (process, firing 1)", error.Message);
        Assert.Contains("returned 5000", Assert.Single(error.Result.Failures).Error.Message);

        var engine = new SpanChain(source: new Nodes.SpanRange { Count = 10, Lie = -1 });
        var failure = Assert.Single(engine.Run(new RunOptions { ThrowOnFailure = false }).Failures);
        Assert.Equal("source", failure.Node);
        Assert.Contains("returned -1", failure.Error.Message);
    }
}
