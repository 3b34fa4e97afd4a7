using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>
/// Edges connected without a policy are bounded (<see cref="Edge.DefaultCapacity"/>, Block) on every executor and in the
/// compiled <c>Run()</c>, without the user asking; a graph that would stall on the bound runs past it, counted.
/// </summary>
public sealed class DefaultBoundTests
{
    private const string SourceEdge = "source.Output->fork.Numbers";

    private static IEnumerable<Executor> Executors() => [Executor.Serial, Executor.Parallel(), Executor.Pipelined()];

    [Fact]
    public void The_issue_case_keeps_the_default_edge_before_a_bounded_branch_within_1024_on_every_executor()
    {
        var compiled = new BoundedFanOut();
        compiled.Run();
        Assert.InRange(compiled.Edges.Single(e => e.Id == SourceEdge).PeakDepth, 1, Edge.DefaultCapacity);
        Assert.Equal(20_000L * 20_001 / 2, compiled.Left.Total);
        foreach (var executor in Executors())
        {
            var graph = new BoundedFanOut();
            var result = graph.Run(new RunOptions { Executor = executor });
            Assert.True(result.Succeeded, executor.Name);
            Assert.InRange(result.Edge(SourceEdge).PeakDepth, 1, Edge.DefaultCapacity);
            Assert.Equal(Edge.Default(), result.Edge(SourceEdge).Policy);
            Assert.Equal(20_000, result.Edge(SourceEdge).Delivered);
            Assert.Equal((compiled.Left.Total, compiled.Right.Total), (graph.Left.Total, graph.Right.Total));
        }
    }

    [Fact]
    public void An_explicit_fifo_edge_stays_unbounded()
    {
        var result = new ExplicitFifoFanOut().Run(new RunOptions { Executor = Executor.Serial });

        Assert.True(result.Succeeded);
        Assert.Equal(Edge.Fifo, result.Edge(SourceEdge).Policy);
        Assert.True(result.Edge(SourceEdge).PeakDepth > Edge.DefaultCapacity, $"peak {result.Edge(SourceEdge).PeakDepth}");
    }

    [Fact]
    public void A_graph_sets_its_own_default_capacity()
    {
        var compiled = new SmallDefaultFanOut();
        compiled.Run();
        Assert.InRange(compiled.Edges.Single(e => e.Id == SourceEdge).PeakDepth, 1, 100);
        Assert.Equal(Edge.Default(100), SmallDefaultFanOut.Plan.Edges.Single(e => e.Id == SourceEdge).Policy);
        foreach (var executor in Executors())
        {
            var result = new SmallDefaultFanOut().Run(new RunOptions { Executor = executor });
            Assert.True(result.Succeeded, executor.Name);
            Assert.InRange(result.Edge(SourceEdge).PeakDepth, 1, 100);
            Assert.Equal(Edge.Default(100), result.Edge(SourceEdge).Policy);
        }
    }

    [Fact]
    public void The_plan_and_the_table_show_each_edge_s_effective_policy()
    {
        var plan = BoundedFanOut.Plan;
        Assert.Equal("bounded(1024, Block) (default)", plan.Edges.Single(e => e.Id == SourceEdge).Policy.ToString());
        Assert.Equal("bounded(256, Block)", plan.Edges.Single(e => e.Id == "fork.Right->right.Value").Policy.ToString());
        Assert.Contains("\"isDefault\": true", plan.ToJson());
        Assert.Contains("fork -->|\"Left → Value · bounded(1024, Block) (default)\"| left", plan.ToMermaid());

        var table = new BoundedFanOut().Run(new RunOptions()).ToTable();
        Assert.Contains("source.Output->fork.Numbers  bounded(1024, Block) (default)", table);
        Assert.Contains("fork.Right->right.Value      bounded(256, Block)", table);
    }

    [Fact]
    public void A_join_whose_other_input_lags_runs_past_the_default_bound_instead_of_stalling_on_every_executor()
    {
        const string laggedEdge = "source.Output->add.Right";
        const long expected = 2 * (10_000L * 10_001 / 2);
        var compiled = new LaggingJoin();
        compiled.Run();
        Assert.Equal(expected, compiled.Sum.Total);
        Assert.True(compiled.Edges.Single(e => e.Id == laggedEdge).OverCapacity > 0);
        foreach (var executor in Executors())
        {
            var graph = new LaggingJoin();
            var result = graph.Run(new RunOptions { Executor = executor });
            Assert.True(result.Succeeded, executor.Name);
            Assert.Equal(expected, graph.Sum.Total);
            Assert.Equal(10_000, result.Edge(laggedEdge).Delivered);
            if (executor.Name != "pipelined") Assert.True(result.Edge(laggedEdge).OverCapacity > 0, executor.Name);
        }
    }

    [Fact]
    public void A_run_time_graph_connects_with_its_default_capacity()
    {
        var graph = new RuntimeGraph("Fan") { DefaultCapacity = 64 };
        var source = graph.Add(new Nodes.Range { From = 1, To = 1_000 }, "source");
        var fork = graph.Add(new Nodes.Fork(), "fork");
        var left = graph.Add(new Nodes.Sum(), "left");
        var right = graph.Add(new Nodes.Sum(), "right");
        graph.Connect(source.Output, fork.Numbers);
        graph.Connect(fork.Left, left.Value);
        graph.Connect(fork.Right, right.Value, Edge.Bounded(256));

        foreach (var executor in Executors())
        {
            var result = graph.Run(new RunOptions { Executor = executor });
            Assert.True(result.Succeeded, executor.Name);
            Assert.Equal(Edge.Default(64), result.Edge(SourceEdge).Policy);
            Assert.InRange(result.Edge(SourceEdge).PeakDepth, 1, 64);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuntimeGraph("Bad") { DefaultCapacity = 0 });
    }
}
