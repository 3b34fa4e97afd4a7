using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Checkout_graph_has_queues_fusion_ports_and_hooks()
    {
        var (result, output) = GeneratorHarness.Run(Sources.Nodes, Sources.Checkout);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Shop.Checkout.Graph.g.cs"), "Checkout.Graph.g.cs");
        Snapshot.Match(Generated(result, "Shop.Split.Node.g.cs"), "Split.Node.g.cs");
        Snapshot.Match(Generated(result, "Shop.AddTax.Node.g.cs"), "AddTax.Node.g.cs");
        Snapshot.Match(Generated(result, "Shop.Orders.Node.g.cs"), "Orders.Node.g.cs");
        Snapshot.Match(Generated(result, "Shop.Ledger.Node.g.cs"), "Ledger.Node.g.cs");
    }

    [Fact]
    public void Async_generic_and_tuple_nodes()
    {
        var (result, output) = GeneratorHarness.Run(Sources.GenericAndTuples);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Shapes.Mixed.Graph.g.cs"), "Mixed.Graph.g.cs");
        Snapshot.Match(Generated(result, "Shapes.Box`1.Node.g.cs"), "Box.Node.g.cs");
        Snapshot.Match(Generated(result, "Shapes.Count.Node.g.cs"), "Count.Node.g.cs");
        Snapshot.Match(Generated(result, "Shapes.Halves.Node.g.cs"), "Halves.Node.g.cs");
    }

    [Fact]
    public void Concurrent_nodes_keep_several_invocations_in_flight()
    {
        var (result, output) = GeneratorHarness.Run(Sources.Concurrent);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Calls.Crawl.Graph.g.cs"), "Crawl.Graph.g.cs");
        Snapshot.Match(Generated(result, "Calls.Fetch.Node.g.cs"), "Fetch.Node.g.cs");
        Snapshot.Match(Generated(result, "Calls.Parse.Node.g.cs"), "Parse.Node.g.cs");
        Snapshot.Match(Generated(result, "Calls.Store.Node.g.cs"), "Store.Node.g.cs");
    }

    [Fact]
    public void Filter_try_map_and_flat_map_nodes()
    {
        var (result, output) = GeneratorHarness.Run(Sources.AccessLog);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Logs.AccessLog.Graph.g.cs"), "AccessLog.Graph.g.cs");
        Snapshot.Match(Generated(result, "Logs.Parse.Node.g.cs"), "Logs.Parse.Node.g.cs");
        Snapshot.Match(Generated(result, "Logs.Errors.Node.g.cs"), "Errors.Node.g.cs");
        Snapshot.Match(Generated(result, "Logs.Segments.Node.g.cs"), "Segments.Node.g.cs");
    }

    [Fact]
    public void Aggregate_and_window_nodes_hold_their_state_in_the_run()
    {
        var (result, output) = GeneratorHarness.Run(Sources.Folds);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Folds.Statistics.Graph.g.cs"), "Statistics.Graph.g.cs");
        Snapshot.Match(Generated(result, "Folds.Total.Node.g.cs"), "Total.Node.g.cs");
        Snapshot.Match(Generated(result, "Folds.Mean.Node.g.cs"), "Mean.Node.g.cs");
        Snapshot.Match(Generated(result, "Folds.Peak.Node.g.cs"), "Peak.Node.g.cs");
    }

    [Fact]
    public void Invalid_graph_keeps_its_public_surface_with_throwing_bodies()
    {
        var (result, output) = GeneratorHarness.Run(Sources.Cycle);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Loops.Loop.Graph.g.cs"), "Loop.Graph.g.cs");
    }

    [Fact]
    public void Gpu_segments_choose_a_device_each_and_pass_it_to_their_nodes()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.CompileWithShaders(Sources.GpuSegments));
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "Signals.Pipeline.Graph.g.cs"), "GpuPipeline.Graph.g.cs");
        Snapshot.Match(Generated(result, "Signals.Download.Node.g.cs"), "Download.Node.g.cs");
    }

    [Fact]
    public void Invalid_gpu_graph_keeps_its_device_members()
    {
        var invalid = Sources.GpuSegments.Replace("g.Connect(halve.Output, total.Values);", "", StringComparison.Ordinal);
        const string caller = """
            public static class Caller
            {
                public static int Call()
                {
                    var graph = new Signals.Pipeline { GpuSetting = "cpu" };
                    return graph.Devices.Count;
                }
            }
            """;
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.CompileWithShaders(invalid, caller));
        GeneratorHarness.AssertNoErrors(output);
        var graph = Generated(result, "Signals.Pipeline.Graph.g.cs");
        Assert.Contains("This graph has errors (DAE0002)", graph);
        Assert.Contains("Devices => throw new global::Daedalus.Runtime.InvalidGraphException", graph);
    }

    [Fact]
    public void Node_catalogue_creates_every_accessible_non_generic_node_class_from_its_configuration()
    {
        var (result, output) = GeneratorHarness.Run(Sources.Catalog);
        GeneratorHarness.AssertNoErrors(output);
        Snapshot.Match(Generated(result, "DaedalusNodeCatalog.g.cs"), "DaedalusNodeCatalog.g.cs");
        Snapshot.Match(Generated(result, "Tuning.Scale.Node.g.cs"), "Tuning.Scale.Node.g.cs");
    }

    [Fact]
    public void No_catalogue_without_the_runtime_or_without_a_node_it_can_create()
    {
        var (withoutRuntime, _) = GeneratorHarness.Run(GeneratorHarness.CompileWithoutRuntime(Sources.Catalog));
        Assert.DoesNotContain(withoutRuntime.Results.SelectMany(r => r.GeneratedSources), s => s.HintName == "DaedalusNodeCatalog.g.cs");
        var (genericOnly, _) = GeneratorHarness.Run(Sources.Catalog[..Sources.Catalog.IndexOf("[Node]", StringComparison.Ordinal)] + """
            [Node]
            public sealed partial class Box<T>
            {
                [Process]
                public T Run(T value) => value;
            }
            """);
        Assert.DoesNotContain(genericOnly.Results.SelectMany(r => r.GeneratedSources), s => s.HintName == "DaedalusNodeCatalog.g.cs");
    }

    [Fact]
    public void Generated_code_uses_no_reflection()
    {
        var (result, _) = GeneratorHarness.Run(Sources.Nodes, Sources.Checkout, Sources.GenericAndTuples, Sources.Catalog);
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            Assert.DoesNotContain("System.Reflection", source.SourceText.ToString());
        }
    }

    internal static string Generated(GeneratorDriverRunResult result, string hintName)
    {
        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToList();
        var source = sources.FirstOrDefault(s => s.HintName == hintName);
        Assert.True(source.SourceText is not null, $"No generated file {hintName}; generated: {string.Join(", ", sources.Select(s => s.HintName))}");
        return source.SourceText.ToString();
    }
}
