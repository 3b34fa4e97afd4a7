using Daedalus.Generators.Isolation;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Tests;

/// <summary>
/// One node or graph that makes Daedalus throw must not take the others down: it gets its public surface, the
/// other types get exactly the files they get without the failure, and the generator itself never throws.
/// The failure is injected (<see cref="TestFaults"/>) because every input known to crash Daedalus is fixed.
/// </summary>
public sealed class IsolationTests
{
    /// <summary>A second graph of the shop that shares no node with Checkout's AddTax and Round.</summary>
    private const string Refunds = """
        using Daedalus;

        namespace Shop;

        [Graph]
        public sealed partial class Refunds
        {
            static void Define(GraphBuilder g)
            {
                var orders = g.Add(new Orders { Count = 3 });
                var ledger = g.Add(new Ledger());
                g.Connect(orders.Output, ledger.Amount);
            }
        }
        """;

    private const string Caller = """
        public static class Caller
        {
            public static int Call()
            {
                new Shop.Checkout().Run();
                return Shop.Checkout.Plan.Schedule.Count + new Shop.Checkout().Edges.Count;
            }
        }
        """;

    [Theory]
    [InlineData(TestFaults.Read)]
    [InlineData(TestFaults.Analyze)]
    public void A_graph_that_fails_to_read_or_analyse_gets_the_throwing_surface_and_the_generator_stays_silent(string stage)
    {
        var (result, output) = RunWithFault(stage, "Checkout");

        Assert.Empty(result.Diagnostics); // the analyzer reports it (see the analyzer tests)
        var checkout = SnapshotTests.Generated(result, "Shop.Checkout.Graph.g.cs");
        Assert.Contains("// This graph has errors (DAE0999)", checkout);
        Assert.Contains($"injected {stage} fault in Checkout", checkout);
        GeneratorHarness.AssertNoErrors(output);
        AssertOthersUntouched(result, "Shop.Checkout.Graph.g.cs");
    }

    [Fact]
    public void A_graph_that_fails_to_emit_is_reported_by_the_generator_and_keeps_its_surface()
    {
        var (result, output) = RunWithFault(TestFaults.Emit, "Checkout");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DAE0999", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith("Daedalus failed while generating graph 'Shop.Checkout': InvalidOperationException (in TestFaults.At): injected emit fault in Checkout.", error.GetMessage());
        Assert.Contains("https://github.com/daedalus-dataflow/daedalus/issues", error.GetMessage());
        Assert.Contains("// This graph has errors (DAE0999)", SnapshotTests.Generated(result, "Shop.Checkout.Graph.g.cs"));
        GeneratorHarness.AssertNoErrors(output);
        AssertOthersUntouched(result, "Shop.Checkout.Graph.g.cs");
    }

    [Fact]
    public void A_node_that_fails_to_read_keeps_its_ports_type_and_INode_link()
    {
        var (result, output) = RunWithFault(TestFaults.Read, "Round");

        Assert.Empty(result.Diagnostics); // the analyzer reports it (see the analyzer tests)
        var round = SnapshotTests.Generated(result, "Shop.Round.Node.g.cs");
        Assert.Contains("partial class Round : global::Daedalus.INode<Round.Ports>", round);
        Assert.Contains("public sealed class Ports", round);
        // Its ports are the ones its declaration gives, so Define still compiles; Checkout, which reads the node
        // too, gets the throwing surface of an invalid graph.
        Assert.Contains("public global::Daedalus.OutputRef<decimal> Output", round);
        GeneratorHarness.AssertNoErrors(output);
        Assert.Contains("This graph has errors (DAE0010)", SnapshotTests.Generated(result, "Shop.Checkout.Graph.g.cs"));
        // A node that could not be read cannot be created by name either: the catalogue leaves it out.
        var catalog = SnapshotTests.Generated(result, "DaedalusNodeCatalog.g.cs");
        Assert.DoesNotContain("Shop.Round", catalog);
        Assert.Contains(".Add(\"Shop.Orders\", CreateOrders)", catalog);
        AssertOthersUntouched(result, "Shop.Round.Node.g.cs", "Shop.Checkout.Graph.g.cs", "DaedalusNodeCatalog.g.cs");
    }

    [Fact]
    public void A_node_that_fails_to_emit_is_reported_by_the_generator_and_keeps_its_ports()
    {
        var (result, _) = RunWithFault(TestFaults.Emit, "Round");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DAE0999", error.Id);
        Assert.StartsWith("Daedalus failed while generating node 'Shop.Round': InvalidOperationException", error.GetMessage());
        var round = SnapshotTests.Generated(result, "Shop.Round.Node.g.cs");
        Assert.Contains("partial class Round : global::Daedalus.INode<Round.Ports>", round);
        Assert.Contains("public global::Daedalus.OutputRef<decimal> Output", round);
        AssertOthersUntouched(result, "Shop.Round.Node.g.cs");
    }

    [Fact]
    public void A_catalogue_entry_that_fails_to_emit_is_reported_on_its_node_and_left_out()
    {
        var (result, output) = RunWithFault(TestFaults.Catalog, "Round");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DAE0999", error.Id);
        Assert.StartsWith("Daedalus failed while generating the node catalogue entry of node 'Shop.Round': InvalidOperationException (in TestFaults.At): injected catalog fault in Round.", error.GetMessage());
        var catalog = SnapshotTests.Generated(result, "DaedalusNodeCatalog.g.cs");
        Assert.DoesNotContain("Shop.Round", catalog);
        Assert.Contains(".Add(\"Shop.Orders\", CreateOrders)", catalog);
        GeneratorHarness.AssertNoErrors(output);
        AssertOthersUntouched(result, "DaedalusNodeCatalog.g.cs");
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) RunWithFault(string stage, string className)
    {
        TestFaults.Inject.Value = (at, name) =>
        {
            if (at == stage && name == className) throw new InvalidOperationException($"injected {stage} fault in {className}");
        };
        try
        {
            var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(
                GeneratorHarness.Compile(Sources.Nodes, Sources.Checkout, Refunds, Caller), out var output, out _);
            var result = driver.GetRunResult();
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            return (result, output);
        }
        finally
        {
            TestFaults.Inject.Value = null;
        }
    }

    /// <summary>Every file but <paramref name="failed"/> is exactly what a run without the fault generates.</summary>
    private static void AssertOthersUntouched(GeneratorDriverRunResult result, params string[] failed)
    {
        var (clean, _) = GeneratorHarness.Run(Sources.Nodes, Sources.Checkout, Refunds, Caller);
        var expected = clean.Results.SelectMany(r => r.GeneratedSources).Where(s => !failed.Contains(s.HintName)).ToList();
        Assert.Contains(expected, s => s.HintName == "Shop.Refunds.Graph.g.cs");
        foreach (var source in expected)
        {
            Assert.Equal(source.SourceText.ToString(), SnapshotTests.Generated(result, source.HintName));
        }
    }
}
