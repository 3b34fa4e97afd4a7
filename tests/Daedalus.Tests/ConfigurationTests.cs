using System.Globalization;
using Daedalus.Generated;
using Daedalus.Runtime;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Describe_lists_the_configuration_members_in_declaration_order_inherited_ones_first()
    {
        var node = new Tuned(1.5, "scaled") { Factor = 3, Offset = -1, Cap = null, Unit = "km" };
        node.@class = 7;

        var described = NodeConfiguration.Describe(node);

        Assert.Equal(
            [
                new("Unit", "km"), new("Weight", "1.5"), new("Label", "scaled"), new("Factor", "3"), new("Offset", "-1"),
                new("Rounding", "Nearest"), new("Delay", "00:00:01.5000000"), new("Cap", null), new("Steps", "[1, 2, 3]"), new("class", "7"),
            ],
            described.ToArray());
    }

    [Fact]
    public void A_collection_member_is_written_as_a_bounded_list()
    {
        var node = new Tuned(1) { Steps = [] };
        Assert.Equal("[]", NodeConfiguration.Describe(node).Single(e => e.Key == "Steps").Value);

        Assert.Equal("[[1, 2], [3]]", NodeConfigurationWriter.Format(new[] { new[] { 1, 2 }, new[] { 3 } }));
        Assert.Equal("[[[[…]]]]", NodeConfigurationWriter.Format(new[] { new[] { new[] { new[] { new[] { 1 } } } } }));
        var long_ = NodeConfigurationWriter.Format(Enumerable.Range(0, 1500))!;
        Assert.EndsWith(", 999, …]", long_);
        Assert.Equal("[a, null, true]", NodeConfigurationWriter.Format(new object?[] { "a", null, true }));
    }

    [Fact]
    public void Checksum_is_equal_for_equal_configuration_and_differs_when_a_member_changes()
    {
        var first = new Tuned(1.5, "scaled") { Factor = 3 };
        var second = new Tuned(1.5, "scaled") { Factor = 3 };
        Assert.Equal(NodeConfiguration.Checksum(first), NodeConfiguration.Checksum(second));

        second.Offset = 1;
        Assert.NotEqual(NodeConfiguration.Checksum(first), NodeConfiguration.Checksum(second));
        second.Offset = 0;
        Assert.Equal(NodeConfiguration.Checksum(first), NodeConfiguration.Checksum(second));
        second.@class = 1;
        Assert.NotEqual(NodeConfiguration.Checksum(first), NodeConfiguration.Checksum(second));

        // The type takes part: two nodes without configuration differ by type alone.
        Assert.NotEqual(NodeConfiguration.Checksum(new Scale()), NodeConfiguration.Checksum(new DivMod()));
        Assert.Equal(NodeConfiguration.Checksum(new Scale()), NodeConfiguration.Checksum(new Scale().CreateAdapterOf()));
    }

    [Fact]
    public void Checksum_is_stable_across_fresh_instances_and_processes()
    {
        // Fixed: FNV-1a 64 over the type name and each (name, value), each string length-prefixed.
        var checksum = NodeConfiguration.Checksum(new Scale { Factor = 3 });
        Assert.Equal(checksum, NodeConfiguration.Checksum(new Scale { Factor = 3 }));
        Assert.Equal(Expected("Daedalus.Tests.Nodes.Scale", "Factor", "3"), checksum);
        Assert.NotEqual(Expected("Daedalus.Tests.Nodes.Scale", "Factor", "4"), checksum);
    }

    [Fact]
    public void Separators_keep_neighbouring_strings_apart()
    {
        var ab = new Tuned(1, "ab");
        var a = new Tuned(1, "a");
        Assert.NotEqual(NodeConfiguration.Checksum(ab), NodeConfiguration.Checksum(a));
        Assert.NotEqual(Expected("T", "ab", "c"), Expected("T", "a", "bc"));
        Assert.NotEqual(Expected("T", "a", null), Expected("T", "a", ""));
    }

    [Fact]
    public void Describe_and_checksum_do_not_depend_on_the_culture()
    {
        var node = new Tuned(1.5) { Delay = TimeSpan.FromMilliseconds(2500) };
        var invariant = NodeConfiguration.Checksum(node);
        var described = NodeConfiguration.Describe(node);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture is really in effect
            Assert.Equal(invariant, NodeConfiguration.Checksum(node));
            Assert.Equal(described.ToArray(), NodeConfiguration.Describe(node).ToArray());
            Assert.Equal("1.5", NodeConfiguration.Describe(node).Single(e => e.Key == "Weight").Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Run_time_plans_carry_the_configuration_and_read_it_back_from_json()
    {
        var graph = new RuntimeGraph("tuned");
        var range = graph.Add(new Nodes.Range { To = 4 });
        var tuned = graph.Add(new Tuned(2) { Factor = 1 });
        var total = graph.Add(new Total());
        graph.Connect(range.Output, tuned.Value);
        graph.Connect(tuned.Output, total.Value);

        var plan = graph.Plan;
        Assert.Equal("4", plan.Node("range").Configuration!["To"]);
        Assert.Equal(["Unit", "Weight", "Label", "Factor", "Offset", "Rounding", "Delay", "Cap", "Steps", "class"], plan.Node("tuned").Configuration!.Keys);
        var json = plan.ToJson();
        Assert.Contains("\"configuration\": {", json);
        var read = GraphPlan.FromJson(json);
        Assert.Equal(plan.Node("tuned").Configuration!.ToArray(), read.Node("tuned").Configuration!.ToArray());
        Assert.Null(read.Node("tuned").Configuration!["Cap"]);

        // Static plans describe classes, not instances: no configuration, and none in their JSON.
        Assert.All(Graphs.BoundedPipeline.Plan.Nodes, n => Assert.Null(n.Configuration));
        Assert.DoesNotContain("configuration", Graphs.BoundedPipeline.Plan.ToJson());
    }

    /// <summary>The checksum computed here, independently, as the documentation states it.</summary>
    private static ulong Expected(string type, params string?[] strings)
    {
        var hash = 14695981039346656037UL;
        foreach (var text in strings.Prepend(type))
        {
            var length = text?.Length ?? -1;
            foreach (var b in BitConverter.GetBytes(length)) hash = (hash ^ b) * 1099511628211UL;
            if (text is null) continue;
            foreach (var b in System.Text.Encoding.Unicode.GetBytes(text)) hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }
}

internal static class AdapterOf
{
    public static NodeAdapter CreateAdapterOf(this IRuntimeNode node) => node.CreateAdapter();
}
