using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Tests;

/// <summary>
/// Declarations the generated code must follow exactly: a graph declared in several files, usings written inside
/// namespaces, names of every shape. The output must compile without a warning.
/// </summary>
public sealed class DeclarationShapeTests
{
    private const string Nodes = """
        using System.Collections.Generic;
        using Daedalus;

        namespace Shop.Nodes;

        [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; } }
        [Node] public sealed partial class Scale { public int By { get; init; } [Process] public int Run(int value) => value * By; }
        [Node] public sealed partial class Sum { public int Total { get; private set; } [Process] public void Run(int value) => Total += value; }
        """;

    /// <summary>The half of the graph with Define, and usings that resolve only inside its namespaces.</summary>
    private const string DefineHalf = """
        namespace Shop
        {
            using Daedalus;
            using Nodes;

            public static class Settings { public const int Factor = 3; }

            namespace Pipelines
            {
                using static Settings;
                using Multiply = Nodes.Scale;

                public sealed partial class Totals
                {
                    static void Define(GraphBuilder g)
                    {
                        var Numbers = g.Add(new Numbers());
                        var Σ = g.Add(new Multiply { By = Factor });
                        var _total = g.Add(new Sum());
                        g.Connect(to: Σ.Value, from: Numbers.Output);
                        g.Connect(policy: Edge.Bounded(overflow: Overflow.Block, capacity: 4), from: Σ.Output, to: _total.Value);
                    }
                }
            }
        }
        """;

    /// <summary>The half with [Graph] and other usings, none of which the node expressions need.</summary>
    private const string AttributeHalf = """
        using Daedalus;

        namespace Shop.Pipelines;

        [Graph]
        public sealed partial class Totals
        {
            public const string Description = "totals";
        }
        """;

    private const string Caller = """
        public static class Caller
        {
            public static int Call()
            {
                var graph = new Shop.Pipelines.Totals(Σ: new Shop.Nodes.Scale { By = 5 });
                graph.Run();
                return graph._total.Total + graph.Numbers.GetHashCode() + graph.Σ.By;
            }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_graph_declared_in_two_files_builds_cleanly_with_Define_in_either(bool defineFirst)
    {
        var sources = defineFirst ? new[] { Nodes, DefineHalf, AttributeHalf, Caller } : [Nodes, AttributeHalf, DefineHalf, Caller];

        var (_, output) = GeneratorHarness.Run(sources);

        AssertClean(output);
    }

    [Fact]
    public void Usings_written_inside_namespaces_are_repeated_inside_them()
    {
        var (result, output) = GeneratorHarness.Run(Nodes, DefineHalf, AttributeHalf, Caller);

        AssertClean(output);
        Snapshot.Match(SnapshotTests.Generated(result, "Shop.Pipelines.Totals.Graph.g.cs"), "Totals.Graph.g.cs");
    }

    [Fact]
    public void Two_locals_that_differ_only_in_their_first_letter_are_reported_not_generated_twice()
    {
        const string graph = """
            using Daedalus;
            using Shop.Nodes;

            [Graph]
            public sealed partial class Doubles
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var total = g.Add(new Sum());
                    var Total = g.Add(new Sum());
                    g.Connect(numbers.Output, total.Value);
                    g.Connect(numbers.Output, Total.Value);
                }
            }
            """;

        var (result, output) = GeneratorHarness.Run(Nodes, graph);

        AssertClean(output);
        var generated = SnapshotTests.Generated(result, "Doubles.Graph.g.cs");
        Assert.Contains("This graph has errors (DAE0013)", generated);
        Assert.Single(generated.Split('\n'), line => line.Contains("public global::Shop.Nodes.Sum Total", StringComparison.Ordinal));
    }

    /// <summary>Neither an error nor a warning anywhere: in the sources or in the generated files.</summary>
    private static void AssertClean(Compilation compilation)
    {
        var reported = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(reported.Count == 0, "The build reports:\n" + string.Join("\n", reported));
    }
}
