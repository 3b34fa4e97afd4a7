namespace Daedalus.Runtime.Tests.Execution;

/// <summary>Run-time graphs are validated with the analyzer's rules and report its diagnostic IDs.</summary>
public sealed class ValidationTests
{
    private static InvalidGraphException Invalid(RuntimeGraph graph) => Assert.Throws<InvalidGraphException>(() => graph.Plan);

    [Fact]
    public void A_valid_graph_plans_nodes_edges_and_the_schedule()
    {
        var (graph, _) = Shapes.Diamond(3);
        var plan = graph.Plan;

        Assert.Equal(["numbers", "map", "map2", "zip", "collect"], plan.Nodes.Select(n => n.Name));
        Assert.Equal(NodeKind.Function, plan.Node("zip").Kind);
        Assert.Equal(["Left", "Right"], plan.Node("zip").Inputs.Select(p => p.Name));
        Assert.Equal("long", plan.Node("zip").Inputs[0].ItemType);
        Assert.Equal("numbers.Output->map.In", plan.Edges[0].Id);
        Assert.All(plan.Edges, e => Assert.False(e.IsFused));
        Assert.Equal(["numbers", "map", "map2", "zip", "collect"], plan.Schedule);
        Assert.Empty(graph.Warnings);
    }

    [Fact]
    public void The_schedule_breaks_ties_by_insertion_order()
    {
        var graph = new RuntimeGraph();
        var sink = graph.Add(new Collect(), "sink");
        var map = graph.Add(new Map(), "map");
        var late = graph.Add(new Numbers(1), "late");
        var early = graph.Add(new Numbers(1), "early");
        graph.Connect(late.Output, map.In);
        graph.Connect(early.Output, map.In);
        graph.Connect(map.Out, sink.In);

        Assert.Equal(["late", "early", "map", "sink"], graph.Plan.Schedule);
    }

    [Fact]
    public void A_cycle_is_DAE0001_and_names_its_nodes()
    {
        var graph = new RuntimeGraph("loop");
        var source = graph.Add(new Numbers(1));
        var zip = graph.Add(new Zip(), "a");
        var b = graph.Add(new Map(), "b");
        var c = graph.Add(new Map(), "c");
        graph.Connect(source.Output, zip.Left);
        graph.Connect(zip.Out, b.In);
        graph.Connect(b.Out, c.In);
        graph.Connect(c.Out, zip.Right);

        var error = Invalid(graph);
        var message = Assert.Single(error.Errors);
        Assert.StartsWith("DAE0001", message);
        Assert.Contains("a → b → c → a", message);
    }

    [Fact]
    public void Every_error_is_listed_with_its_id()
    {
        var graph = new RuntimeGraph("broken");
        var other = new RuntimeGraph("other");
        var foreign = other.Add(new Map());
        var source = graph.Add(new Numbers(1), "source");
        var map = graph.Add(new Map(), "map");
        graph.Add(new Zip(), "zip");                                   // DAE0002 ×2
        graph.Connect(foreign.Out, map.In);                            // DAE0008
        graph.Connect(source.Output, map.In, new EdgePolicy(EdgeKind.Bounded, 0, Overflow.Block)); // DAE0006
        graph.Connect("source", "Output", "nowhere", "In");            // DAE0009 unknown node
        graph.Connect("source", "Nope", "map", "In");                  // DAE0009 unknown port
        graph.Add(new TextSink(), "text");
        graph.Connect("map", "Out", "text", "In");                     // DAE0009 item types
        graph.Add(new Collect(), "map");                               // duplicate name (and DAE0002)
        var twice = new Collect();
        graph.Add(twice, "first");
        graph.Add(twice, "second");                                    // added twice (and DAE0002 ×2)

        var error = Invalid(graph);
        var errors = error.Errors;

        foreach (var id in new[] { "DAE0002", "DAE0006", "DAE0008", "DAE0009" }) Assert.Contains(id, error.Message);
        Assert.Equal(13, errors.Count); // 2 for names, 1 each for DAE0006 and DAE0008, 3 for DAE0009, 6 for DAE0002
        Assert.Contains(errors, e => e.StartsWith("DAE0008") && e.Contains("graph 'other'"));
        Assert.Contains(errors, e => e.StartsWith("DAE0006") && e.Contains("capacity 0"));
        Assert.Contains(errors, e => e.StartsWith("DAE0009") && e.Contains("no node 'nowhere'"));
        Assert.Contains(errors, e => e.StartsWith("DAE0009") && e.Contains("no output port 'Nope'"));
        Assert.Contains(errors, e => e.StartsWith("DAE0009") && e.Contains("produces long") && e.Contains("takes string"));
        Assert.Contains(errors, e => e.StartsWith("DAE0002") && e.Contains("'zip.Left'"));
        Assert.Contains(errors, e => e.StartsWith("DAE0002") && e.Contains("'zip.Right'"));
        Assert.Contains(errors, e => e.Contains("Two nodes are named 'map'"));
        Assert.Contains(errors, e => e.Contains("added twice"));
        Assert.Contains(errors, e => e.StartsWith("DAE0002") && e.Contains("'text.In'"));
    }

    [Fact]
    public void Typed_ports_of_different_item_types_are_DAE0009_naming_both_types()
    {
        // Connect takes the two item types separately, so the mismatch compiles (the analyzer reports it as
        // DAE0009 at build time) and validation names both types, as for a connection by name.
        var graph = new RuntimeGraph("typed");
        var source = graph.Add(new Numbers(1), "source");
        var text = graph.Add(new TextSink(), "text");
        graph.Connect(source.Output, text.In);

        var errors = Invalid(graph).Errors;

        Assert.Contains("DAE0009: Connection #1 (source.Output -> text.In): 'source.Output' produces long but 'text.In' takes string.", errors);
    }

    [Fact]
    public void Warnings_are_listed_not_thrown()
    {
        var graph = new RuntimeGraph();
        var source = graph.Add(new Numbers(2), "source");
        var router = graph.Add(new Router(), "router");
        var sink = graph.Add(new Collect(), "sink");
        graph.Add(new Numbers(1), "alone");
        graph.Connect(source.Output, router.In);
        graph.Connect(router.Even, sink.In);
        graph.Connect(router.Even, sink.In);

        var warnings = graph.Warnings;

        Assert.Contains(warnings, w => w.StartsWith("DAE0003") && w.Contains("'router.Odd'"));
        Assert.Contains(warnings, w => w.StartsWith("DAE0004") && w.Contains("'alone'"));
        Assert.Contains(warnings, w => w.StartsWith("DAE0005") && w.Contains("router.Even->sink.In"));
        Assert.Single(graph.Plan.Edges, e => e.Id == "router.Even->sink.In");
    }

    [Fact]
    public void Default_names_are_camel_case_and_numbered()
    {
        var graph = new RuntimeGraph();
        graph.Add(new Numbers(1));
        graph.Add(new Numbers(1));
        graph.Add(new Numbers(1), "numbers3");
        graph.Add(new Numbers(1));

        Assert.Equal(["numbers", "numbers2", "numbers3", "numbers4"], graph.Plan.Nodes.Select(n => n.Name));
    }

    [Fact]
    public void By_name_connections_and_distribution_build_the_same_plan()
    {
        var graph = new RuntimeGraph();
        graph.AddNode(new Numbers(4), "source");
        graph.AddNode(new Map(), "a");
        graph.AddNode(new Map(), "b");
        graph.AddNode(new Collect(), "sink");
        graph.Connect("source", "Output", "a", "In", Edge.Bounded(2));
        graph.Connect("source", "Output", "b", "In");
        graph.Connect("a", "Out", "sink", "In");
        graph.Connect("b", "Out", "sink", "In");
        graph.Distribute("source", "Output", FanOut.RoundRobin);

        var plan = graph.Plan;

        Assert.Equal(Edge.Bounded(2), plan.Edges[0].Policy);
        Assert.All(plan.Edges.Take(2), e => Assert.Equal(FanOut.RoundRobin, e.FanOut));
        Assert.Equal(4, Executors.Run(graph, "serial").Node("sink").Firings);
    }

    [Fact]
    public void An_unknown_retry_name_fails_before_the_run()
    {
        var (graph, sink) = Shapes.Chain(3, 1);
        var error = Assert.Throws<ArgumentException>(() => graph.Run(new RunOptions
        {
            Retry = new Dictionary<string, RetryPolicy> { ["ghost"] = new(2) },
        }));
        Assert.Contains("ghost", error.Message);
        Assert.Empty(sink.Items);
    }

    [Fact]
    public void A_million_node_graph_validates_quickly()
    {
        var graph = new RuntimeGraph("wide");
        var source = graph.Add(new Numbers(1));
        for (var i = 0; i < 499_999; i++)
        {
            var map = graph.Add(new Map());
            graph.Connect(source.Output, map.In);
            graph.Connect(map.Out, graph.Add(new Collect()).In);
        }

        Assert.Equal(999_999, graph.Plan.Nodes.Count);
        Assert.Equal("numbers", graph.Plan.Schedule[0]);
    }
}
