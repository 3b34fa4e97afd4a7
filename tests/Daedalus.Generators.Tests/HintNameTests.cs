using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Tests;

/// <summary>
/// Every [Node] and [Graph] class gets its own generated file, whatever its name: Roslyn fails the whole generator
/// on a duplicate hint name (compared ignoring case) or a character it does not accept in one.
/// </summary>
public sealed class HintNameTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Daedalus;

        """;

    [Fact]
    public void A_generic_node_and_a_node_named_like_its_metadata_name_get_a_file_each()
    {
        var (result, output) = GeneratorHarness.Run(Usings + """
            namespace Shapes;

            [Node] public sealed partial class Box<T> { [Process] public T Run(T value) => value; }
            [Node] public sealed partial class Box_1 { [Process] public int Run(int value) => value; }

            public static class Caller
            {
                public static object[] Ports() => [new Box<int>().Ports(), new Box_1().Ports()];
            }
            """ + PortsExtension);

        GeneratorHarness.AssertNoErrors(output);
        AssertHintNames(result, "Shapes.Box_1.Node.g.cs", "Shapes.Box`1.Node.g.cs");
    }

    [Fact]
    public void A_nested_type_and_a_namespace_of_the_same_dotted_name_get_a_file_each()
    {
        var (result, output) = GeneratorHarness.Run(Usings + """
            namespace Shapes
            {
                public partial class Outer<T>
                {
                    [Node] public sealed partial class Inner { [Process] public int Run(int value) => value; }
                }
            }

            namespace Shapes.Outer_1
            {
                [Node] public sealed partial class Inner { [Process] public int Run(int value) => value; }
            }
            """);

        GeneratorHarness.AssertNoErrors(output);
        AssertHintNames(result, "Shapes.Outer_1.Inner.Node.g.cs", "Shapes.Outer`1+Inner.Node.g.cs");
    }

    [Fact]
    public void Types_and_namespaces_whose_names_differ_only_in_case_get_a_file_each()
    {
        var (result, output) = GeneratorHarness.Run(Usings + """
            namespace Shapes.Units
            {
                [Node] public sealed partial class Box { [Process] public int Run(int value) => value; }
                [Node] public sealed partial class box { [Process] public int Run(int value) => value; }
                [Node] public sealed partial class BOX { [Process] public int Run(int value) => value; }
                [Node] public sealed partial class Σ { [Process] public int Run(int value) => value; }
                [Node] public sealed partial class σ { [Process] public int Run(int value) => value; }
                [Node] public sealed partial class ς { [Process] public int Run(int value) => value; }

                [Graph]
                public sealed partial class Flow
                {
                    static void Define(GraphBuilder g)
                    {
                        var numbers = g.Add(new Numbers());
                        var box = g.Add(new box());
                        g.Connect(numbers.Output, box.Value);
                    }
                }

                [Graph]
                public sealed partial class flow
                {
                    static void Define(GraphBuilder g)
                    {
                        var numbers = g.Add(new Numbers());
                        var box = g.Add(new Box());
                        g.Connect(numbers.Output, box.Value);
                    }
                }
            }

            namespace Shapes.units
            {
                [Node] public sealed partial class Box { [Process] public int Run(int value) => value; }
            }

            namespace Shapes
            {
                [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; } }
            }
            """);

        GeneratorHarness.AssertNoErrors(output);
        AssertHintNames(
            result,
            "Shapes.Numbers.Node.g.cs",
            "Shapes.Units.BOX.Node.g.cs",
            "Shapes.Units.Box(2).Node.g.cs",
            "Shapes.Units.box(3).Node.g.cs",
            "Shapes.Units.Flow.Graph.g.cs",
            "Shapes.Units.flow(2).Graph.g.cs",
            "Shapes.Units.Σ.Node.g.cs",
            "Shapes.Units.ς(2).Node.g.cs",
            "Shapes.Units.σ(3).Node.g.cs",
            "Shapes.units(2).Box.Node.g.cs");
    }

    [Fact]
    public void Non_latin_names_stay_as_written()
    {
        var (result, output) = GeneratorHarness.Run(Usings + """
            namespace Узлы;

            [Node] public sealed partial class Удвоение { [Process] public int Run(int value) => value * 2; }
            [Node] public sealed partial class 倍増 { [Process] public int Run(int value) => value * 2; }
            [Node] public sealed partial class Café { [Process] public int Run(int value) => value; }
            [Node] public sealed partial class Cafe\u0301 { [Process] public int Run(int value) => value; }
            [Node] public sealed partial class Ⅻ‿x { [Process] public int Run(int value) => value; }
            """);

        GeneratorHarness.AssertNoErrors(output);
        AssertHintNames(result, "Узлы.Удвоение.Node.g.cs", "Узлы.倍増.Node.g.cs", "Узлы.Café.Node.g.cs", "Узлы.Cafe\u0301.Node.g.cs", "Узлы.Ⅻ‿x.Node.g.cs");
    }

    /// <summary>Calls the generated <c>INode&lt;Ports&gt;</c> link, so the test compiles only if every node got its file.</summary>
    private const string PortsExtension = """

        public static class PortsOf
        {
            public static TPorts Ports<TPorts>(this INode<TPorts> node) where TPorts : class => null!;
        }
        """;

    /// <summary>The files of the types; the one node catalogue of the project, whose name is fixed, is left aside.</summary>
    private static void AssertHintNames(GeneratorDriverRunResult result, params string[] expected) =>
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName)
                .Where(name => name != "DaedalusNodeCatalog.g.cs").Order(StringComparer.Ordinal));
}
