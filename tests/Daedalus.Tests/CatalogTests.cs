using Daedalus.Generated;
using Daedalus.Runtime;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests;

public sealed class CatalogTests
{
    private static readonly NodeCatalog Nodes = DaedalusNodeCatalog.Nodes;

    [Fact]
    public void The_generated_catalogue_registers_node_classes_under_their_adapters_type_names()
    {
        Assert.True(Nodes.Contains("Daedalus.Tests.Nodes.Tuned"));
        Assert.True(Nodes.Contains("Daedalus.Tests.Nodes.Scale"));
        // Generic node classes cannot be created by name.
        Assert.DoesNotContain(Nodes.TypeNames, name => name.Contains('<', StringComparison.Ordinal));
        var services = new Services(new Greeting("hi"), new ResultBox());
        Assert.All(Nodes.TypeNames, name => Assert.Equal(name, Nodes.Create(name, Needed(name), services).CreateAdapter().TypeName));

        // The constructor parameters without defaults.
        static Dictionary<string, string?>? Needed(string name) => name switch
        {
            "Daedalus.Tests.Nodes.Tuned" => new() { ["weight"] = "1" },
            "Daedalus.Tests.Graphs.Offset" => new() { ["By"] = "1" },
            _ => null,
        };
    }

    [Fact]
    public void Create_sets_constructor_arguments_init_and_settable_members_from_invariant_strings()
    {
        var node = (Tuned)Nodes.Create("Daedalus.Tests.Nodes.Tuned", new Dictionary<string, string?>
        {
            ["weight"] = "0.5",          // a constructor parameter, in its own case
            ["Factor"] = "4",            // init
            ["offset"] = "-2",           // settable, keys in any case
            ["Rounding"] = "Up",         // an enum
            ["Delay"] = "00:00:03",      // a TimeSpan
            ["Cap"] = "100",             // a nullable int
            ["Unit"] = "cm",             // inherited
            ["class"] = "5",             // a keyword-named field
            ["Steps"] = "[9]",           // a collection: described, not parsed, accepted and ignored
        });

        Assert.Equal(0.5, node.Weight);
        Assert.Equal("none", node.Label); // the constructor's default
        Assert.Equal(4, node.Factor);
        Assert.Equal(-2, node.Offset);
        Assert.Equal(Rounding.Up, node.Rounding);
        Assert.Equal(TimeSpan.FromSeconds(3), node.Delay);
        Assert.Equal(100, node.Cap);
        Assert.Equal("cm", node.Unit);
        Assert.Equal(5, node.@class);
        Assert.Equal([1, 2, 3], node.Steps);
    }

    [Fact]
    public void Members_the_configuration_does_not_mention_keep_their_initial_values()
    {
        var node = (Tuned)Nodes.Create("Daedalus.Tests.Nodes.Tuned", new Dictionary<string, string?> { ["Weight"] = "2" });
        Assert.Equal(2, node.Factor);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), node.Delay);
        Assert.Equal(Rounding.Nearest, node.Rounding);
        Assert.Equal("m", node.Unit);
        Assert.Equal(NodeConfiguration.Checksum(new Tuned(2)), NodeConfiguration.Checksum(node));
    }

    [Fact]
    public void Describe_then_create_gives_a_node_with_the_same_checksum()
    {
        var original = new Tuned(0.25, "a, b") { Factor = 7, Offset = 3, Rounding = Rounding.Down, Cap = 9, Unit = "ft" };
        original.@class = 2;
        var copy = Nodes.Create("Daedalus.Tests.Nodes.Tuned", NodeConfiguration.Describe(original).ToDictionary());
        Assert.Equal(NodeConfiguration.Checksum(original), NodeConfiguration.Checksum(copy));
    }

    [Fact]
    public void A_constructor_service_comes_from_the_service_provider()
    {
        var greeter = (Greeter)Nodes.Create("Daedalus.Tests.Nodes.Greeter", new Dictionary<string, string?> { ["Punctuation"] = "?" }, new Services(new Greeting("hi")));
        Assert.Equal("hi 3?", greeter.Run(3));

        var polite = (PoliteGreeter)Nodes.Create("Daedalus.Tests.Nodes.PoliteGreeter");
        Assert.Equal("hello 1", polite.Run(1)); // an optional service falls back to its default
    }

    [Fact]
    public void A_missing_service_names_the_node_type_and_the_service_type()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Nodes.Create("Daedalus.Tests.Nodes.Greeter", services: new Services()));
        Assert.Contains("Node type 'Daedalus.Tests.Nodes.Greeter' needs a service of type 'IGreeting'", error.Message);
        error = Assert.Throws<InvalidOperationException>(() => Nodes.Create("Daedalus.Tests.Nodes.Greeter"));
        Assert.Contains("no service provider was given", error.Message);
    }

    [Fact]
    public void An_unknown_type_is_not_in_the_catalogue()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Nodes.Create("Shop.Nowhere"));
        Assert.StartsWith("Node type 'Shop.Nowhere' is not in the catalogue", error.Message);
    }

    [Fact]
    public void An_unknown_key_names_the_key_and_the_members_the_type_has()
    {
        var error = Assert.Throws<ArgumentException>(() => Nodes.Create("Daedalus.Tests.Nodes.Scale", new Dictionary<string, string?> { ["Factr"] = "3" }));
        Assert.StartsWith("Node type 'Daedalus.Tests.Nodes.Scale' has no configuration member 'Factr'; its members are Factor.", error.Message);
        error = Assert.Throws<ArgumentException>(() => Nodes.Create("Daedalus.Tests.Nodes.AddOne", new Dictionary<string, string?> { ["Factor"] = "3" }));
        Assert.Contains("it has no configuration members", error.Message);
    }

    [Fact]
    public void A_value_that_does_not_parse_names_the_member_the_value_and_the_type()
    {
        var error = Assert.Throws<ArgumentException>(() => Nodes.Create("Daedalus.Tests.Nodes.Scale", new Dictionary<string, string?> { ["Factor"] = "three" }));
        Assert.StartsWith("The configuration value 'three' of 'Daedalus.Tests.Nodes.Scale.Factor' is not a valid int.", error.Message);
        error = Assert.Throws<ArgumentException>(() => Nodes.Create("Daedalus.Tests.Nodes.Tuned", new Dictionary<string, string?> { ["Weight"] = "1", ["Rounding"] = "Sideways" }));
        Assert.StartsWith("The configuration value 'Sideways' of 'Daedalus.Tests.Nodes.Tuned.Rounding' is not a valid Rounding.", error.Message);
        error = Assert.Throws<ArgumentException>(() => Nodes.Create("Daedalus.Tests.Nodes.Scale", new Dictionary<string, string?> { ["Factor"] = null }));
        Assert.StartsWith("The configuration value null of 'Daedalus.Tests.Nodes.Scale.Factor' is not a valid int.", error.Message);
    }

    [Fact]
    public void A_constructor_parameter_without_a_value_or_default_is_named()
    {
        var error = Assert.Throws<ArgumentException>(() => Nodes.Create("Daedalus.Tests.Nodes.Tuned"));
        Assert.StartsWith("Node type 'Daedalus.Tests.Nodes.Tuned' needs a value for constructor parameter 'weight' (double)", error.Message);
    }

    [Fact]
    public void Catalogues_merge_and_refuse_a_name_twice()
    {
        var own = new NodeCatalog().Add("Custom.Node", (_, _) => new AddOne());
        Assert.Same(own, own.Merge(new NodeCatalog().Add("Other.Node", (_, _) => new AddOne())));
        Assert.Equal(["Custom.Node", "Other.Node"], own.TypeNames.Order());
        var error = Assert.Throws<ArgumentException>(() => own.Add("Custom.Node", (_, _) => new AddOne()));
        Assert.StartsWith("Node type 'Custom.Node' is already in the catalogue.", error.Message);
    }

    [Fact]
    public void CreateGraph_rebuilds_a_run_time_graph_from_its_plan_with_the_same_results()
    {
        var expected = new ResultBox();
        var original = new RuntimeGraph("tuned") { DefaultCapacity = 8 };
        var range = original.Add(new Nodes.Range { From = 3, To = 40 });
        var tuned = original.Add(new Tuned(1.5) { Factor = 3, Offset = 1, Rounding = Rounding.Down, Cap = 150 });
        var addOne = original.Add(new AddOne());
        var low = original.Add(new Collector(expected) { Key = "low" }, "low");
        var high = original.Add(new Collector(expected) { Key = "high" }, "high");
        original.Connect(range.Output, tuned.Value);
        original.Connect(tuned.Output, addOne.Value, Edge.Bounded(4));
        original.Connect(addOne.Output, low.Value);
        original.Connect(addOne.Output, high.Value, Edge.Fifo);
        original.Distribute(addOne.Output, FanOut.RoundRobin);
        var plan = original.Plan;
        original.Run();

        var json = plan.ToJson();
        foreach (var executor in new[] { Executor.Serial, Executor.Parallel(), Executor.Pipelined() })
        {
            var actual = new ResultBox();
            var rebuilt = DaedalusNodeCatalog.Nodes.CreateGraph(GraphPlan.FromJson(json), new Services(actual));
            Assert.Equal(json, rebuilt.Plan.ToJson()); // names, types, configuration, policies (default ones too) and fan-out

            var result = rebuilt.Run(new RunOptions { Executor = executor });

            Assert.True(result.Succeeded, executor.Name);
            Assert.NotEmpty(actual.Items("low"));
            Assert.Equal(expected.Items("low"), actual.Items("low"));
            Assert.Equal(expected.Items("high"), actual.Items("high"));
        }
        Assert.Contains("\"isDefault\": true", json);
        Assert.Contains("\"fanOut\": \"RoundRobin\"", json);
    }

    /// <summary>A tiny service provider.</summary>
    private sealed class Services(params object[] services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
    }
}
