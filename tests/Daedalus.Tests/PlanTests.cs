using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

public sealed class PlanTests
{
    [Fact]
    public void Schedule_is_topological_with_ties_in_declaration_order()
    {
        Assert.Equal(["source", "doubled", "next", "add", "sink"], Diamond.Plan.Schedule);
        Assert.Equal(["low", "high", "sink"], FanIn.Plan.Schedule);
    }

    [Fact]
    public void Plan_lists_nodes_ports_and_edges_with_their_policies()
    {
        var plan = BoundedPipeline.Plan;
        Assert.Equal("BoundedPipeline", plan.Name);
        var scale = plan.Node("scale");
        Assert.Equal(NodeKind.Function, scale.Kind);
        Assert.Equal("Daedalus.Tests.Nodes.Scale", scale.Type);
        Assert.Equal([new PlanPort("Value", "int")], scale.Inputs);
        Assert.Equal(NodeKind.Source, plan.Node("source").Kind);
        Assert.Equal(NodeKind.Sink, plan.Node("sink").Kind);
        var edge = plan.Edges[0];
        Assert.Equal("source.Output->scale.Value", edge.Id);
        Assert.Equal(Edge.Bounded(4), edge.Policy);
        Assert.False(edge.IsFused);
    }

    [Fact]
    public void Chains_of_function_nodes_over_fifo_edges_are_fused()
    {
        Assert.All(LinearChain.Plan.Edges, e => Assert.True(e.IsFused, e.Id));
        Assert.Empty(new LinearChain().Edges);
        // Fan-out and fan-in keep their queues.
        Assert.DoesNotContain(Diamond.Plan.Edges, e => e.IsFused && e.FromNode == "source");
    }

    [Fact]
    public void A_queued_edge_keeps_its_queue_and_the_same_results()
    {
        var plan = ChainWithQueuedEdge.Plan;
        Assert.False(plan.Edges.Single(e => e.Id == "scale.Output->addOne.Value").IsFused);
        Assert.True(plan.Edges.Single(e => e.Id == "source.Output->scale.Value").IsFused);
        Assert.Equal(Edge.Fifo, Edge.Queued);

        var graph = new ChainWithQueuedEdge();
        graph.Run();
        var queue = Assert.Single(graph.Edges);
        Assert.Equal("scale.Output->addOne.Value", queue.Id);
        Assert.Equal(10, queue.Delivered);
        var chain = new LinearChain();
        chain.Run();
        Assert.Equal(chain.Sink.Items, graph.Sink.Items);
    }

    [Fact]
    public void Mermaid_rendering_draws_every_node_and_edge()
    {
        var mermaid = MultiOutput.Plan.ToMermaid();
        Assert.StartsWith("flowchart LR\n", mermaid);
        Assert.Contains("source([\"source: Range\"])", mermaid);
        Assert.Contains("divMod -->|\"Quotient → Item · fused\"| quotients", mermaid);
        Assert.Contains("divMod -->|\"Remainder → Item · fused\"| remainders", mermaid);
    }

    [Fact]
    public void Async_nodes_are_marked_in_the_plan()
    {
        Assert.True(AsyncPipeline.Plan.Node("square").IsAsync);
        Assert.False(LinearChain.Plan.Node("scale").IsAsync);
    }
}
