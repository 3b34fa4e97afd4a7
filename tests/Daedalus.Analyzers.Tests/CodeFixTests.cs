using Daedalus.Analyzers.Tests.Infrastructure;
using Daedalus.Generators.CodeFixes;

namespace Daedalus.Analyzers.Tests;

/// <summary>The code fixes produce the expected text, and the fixed program builds with nothing reported.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public async Task Adds_partial_to_a_node()
    {
        var fixedSource = await FixAsync(new MakePartialCodeFix(), "DAE0100", DiagnosticCases.Node("""
            [Node]
            public sealed class Twice
            {
                [Process] public int Run(int value) => value * 2;
            }
            """));

        Assert.Contains("public sealed partial class Twice", fixedSource);
    }

    [Fact]
    public async Task Adds_partial_to_a_class_without_modifiers_keeping_its_indentation()
    {
        var fixedSource = await FixAsync(new MakePartialCodeFix(), "DAE0100", DiagnosticCases.Node("""
            namespace Shop
            {
                [Node]
                class Twice
                {
                    [Process] public int Run(int value) => value * 2;
                }
            }
            """));

        Assert.Contains("    [Node]\n    partial class Twice\n", fixedSource.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Adds_partial_to_the_enclosing_types_too()
    {
        var fixedSource = await FixAsync(new MakePartialCodeFix(), "DAE0100", DiagnosticCases.Node("""
            public static class Filters
            {
                internal class Numeric
                {
                    [Node]
                    public sealed class Twice
                    {
                        [Process] public int Run(int value) => value * 2;
                    }
                }
            }
            """));

        Assert.Contains("public static partial class Filters", fixedSource);
        Assert.Contains("internal partial class Numeric", fixedSource);
        Assert.Contains("public sealed partial class Twice", fixedSource);
    }

    [Fact]
    public async Task Adds_partial_to_a_graph()
    {
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """).Replace("public sealed partial class Pipeline", "public sealed class Pipeline");

        var fixedSource = await FixAsync(new MakePartialCodeFix(), "DAE0100", source);

        Assert.Contains("public sealed partial class Pipeline", fixedSource);
    }

    [Fact]
    public async Task Makes_a_port_with_an_initializer_a_partial_get_only_property()
    {
        var fixedSource = await FixAsync(new MakePortPartialCodeFix(), "DAE0104", Evens("""
                [Input] public InPort<int> Numbers { get; } = new("Numbers");
            """));

        Assert.Contains("    [Input] public partial InPort<int> Numbers { get; }\n", fixedSource.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Removes_a_port_setter()
    {
        var fixedSource = await FixAsync(new MakePortPartialCodeFix(), "DAE0104", Evens("""
                [Input] public partial InPort<int> Numbers { get; set; }
            """));

        Assert.Contains("    [Input] public partial InPort<int> Numbers { get; }\n", fixedSource.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Turns_an_expression_bodied_port_into_a_partial_property()
    {
        var fixedSource = await FixAsync(new MakePortPartialCodeFix(), "DAE0104", Evens("""
                private readonly InPort<int> _numbers = new("Numbers");
                [Input] public InPort<int> Numbers => _numbers;
            """));

        Assert.Contains("    [Input] public partial InPort<int> Numbers { get; }\n", fixedSource.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Offers_no_port_fix_when_the_port_type_is_wrong()
    {
        var source = Evens("""
                [Input] public partial OutPort<int> Numbers { get; }
            """);

        Assert.Empty(await CodeFixRunner.ActionsAsync(source, new MakePortPartialCodeFix(), "DAE0104"));
    }

    /// <summary>Applies the fix, then checks the fixed program builds with the generator and reports nothing.</summary>
    private static async Task<string> FixAsync(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider fix, string id, string source)
    {
        var fixedSource = await CodeFixRunner.ApplyAsync(source, fix, id);

        var build = TestCompilation.Build(fixedSource);
        Assert.True(!build.Reported.Any(), "The fixed program still reports:\n" + string.Join("\n", build.Reported) + "\n\n" + fixedSource);
        return fixedSource;
    }

    private static string Evens(string inputPort) => DiagnosticCases.Node($$"""
        [Node]
        public sealed partial class Evens
        {
        {{inputPort}}
            [Output] public partial OutPort<int> Even { get; }
            [Process] public void Run() { while (Numbers.TryRead(out var n)) if (n % 2 == 0) Even.Write(n); }
        }
        """);
}
