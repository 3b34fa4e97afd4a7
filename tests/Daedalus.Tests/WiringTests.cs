using Daedalus.Runtime;
using Daedalus.Tests.Graphs;
using Daedalus.Tests.Graphs.Scoped.Inner;

namespace Daedalus.Tests;

/// <summary>
/// Definitions the generator once mis-wired or emitted code for that did not compile: each is built by the
/// generator in this project and run through the public surface, on the compiled run and on an executor.
/// </summary>
public sealed class WiringTests
{
    [Fact]
    public void Named_arguments_in_any_order_wire_what_they_name()
    {
        var graph = new NamedArguments();
        graph.Run();

        Assert.Equal([3, 9, 15], graph.Left.Items);
        Assert.Equal([6, 12, 18], graph.Right.Items);
        var bounded = Assert.Single(NamedArguments.Plan.Edges, e => e.ToNode == "left");
        Assert.Equal(("scale", "Output", "Item"), (bounded.FromNode, bounded.FromPort, bounded.ToPort));
        Assert.Equal(new EdgePolicy(EdgeKind.Bounded, 2, Overflow.Block), bounded.Policy);
        Assert.All(NamedArguments.Plan.Edges.Where(e => e.FromNode == "scale"), e => Assert.Equal(FanOut.RoundRobin, e.FanOut));
    }

    [Fact]
    public void Named_arguments_wire_the_same_graph_on_an_executor()
    {
        var result = new NamedArguments().Run(new RunOptions { Executor = Executor.Parallel() });

        Assert.True(result.Succeeded);
        Assert.Equal(6, result.Edges.Where(e => e.Id.StartsWith("scale.", StringComparison.Ordinal)).Sum(e => e.Delivered));
    }

    [Fact]
    public void Nodes_named_in_any_legal_shape_are_assigned_and_run()
    {
        var graph = new NodeNames();
        graph.Run();

        Assert.Equal(10 + 1 + 20 + 1 + 30 + 1 + 40 + 1, graph.合計.Total);
        Assert.Equal([10, 20, 30, 40], graph._copy.Items);
        Assert.NotNull(graph.Source);
        Assert.Equal(10, graph.Σ.Factor);
        Assert.NotNull(graph.Checked);
        Assert.Equal(["Source", "Σ", "checked", "合計", "_copy"], NodeNames.Plan.Nodes.Select(n => n.Name));
    }

    [Fact]
    public void A_node_named_in_PascalCase_is_replaced_through_its_constructor_parameter()
    {
        var graph = new NodeNames(Σ: new Nodes.Scale { Factor = 100 }, Source: new Nodes.Range { From = 1, To = 1 });
        graph.Run();

        Assert.Equal(101, graph.合計.Total);
        Assert.Equal(100, graph.Σ.Factor);
    }

    [Fact]
    public void Usings_inside_namespaces_resolve_in_the_generated_constructor()
    {
        var graph = new ScopedUsings();
        graph.Run();

        Assert.Equal([10, 20, 30, 40], graph.Sink.Items);
        Assert.Equal("Define lives in ScopedUsings.cs", ScopedUsings.Description);
    }

    [Fact]
    public void A_generic_graph_runs_with_its_type_argument()
    {
        var graph = new Relay<double>(source: new Emit<double> { Values = [1.5, 2.5] });
        graph.Run();

        Assert.Equal(["#1.5", "#2.5"], graph.Sink.Items);
        Assert.Equal("Relay", Relay<double>.Plan.Name);
        Assert.True(new Relay<string>(source: new Emit<string> { Values = ["a"] }).Run(new RunOptions()).Succeeded);
    }

    [Fact]
    public void A_record_node_runs()
    {
        var graph = new RecordNode();
        graph.Run();

        Assert.Equal([101, 102, 103], graph.Sink.Items);
        Assert.Equal(new Offset(100), graph.Offset);
    }

    [Fact]
    public void One_instance_passed_for_two_nodes_is_refused_at_construction()
    {
        var shared = new Nodes.Collect<int>();

        var error = Assert.Throws<ArgumentException>(() => new MultiOutput(quotients: shared, remainders: shared));

        Assert.Contains("'quotients' and 'remainders'", error.Message);
    }
}
