using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Generators.Tests;

/// <summary>An edit that does not touch nodes or graphs must not re-run any later pipeline step.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] Steps =
    [
        DaedalusGenerator.Steps.Nodes,
        DaedalusGenerator.Steps.Graphs,
        DaedalusGenerator.Steps.Plans,
        DaedalusGenerator.Steps.Catalog,
    ];

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compile(Sources.Nodes, Sources.Checkout, "namespace Other; public static class Helper { public static int Value => 1; }");
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var unrelated = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(unrelated,
            CSharpSyntaxTree.ParseText("namespace Other; public static class Helper { public static int Value => 2; }", (CSharpParseOptions)unrelated.Options, unrelated.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in Steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"Step {step} was not tracked");
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }
    }

    [Fact]
    public void Editing_a_node_body_leaves_the_catalogue_cached_and_editing_its_configuration_reruns_it()
    {
        var compilation = GeneratorHarness.Compile(Sources.Catalog);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();

        var body = Rerun(driver, compilation, tree, "value * Factor", "value * Factor + 1");
        Assert.All(body, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));

        var configuration = Rerun(driver, compilation, tree, "public int Factor { get; init; } = 2;", "public int Factor { get; set; } = 2;");
        Assert.Contains(IncrementalStepRunReason.Modified, configuration);
    }

    private static List<IncrementalStepRunReason> Rerun(GeneratorDriver driver, CSharpCompilation compilation, SyntaxTree tree, string from, string to)
    {
        var changed = tree.GetText().ToString().Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(tree.GetText().ToString(), changed);
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(changed, (CSharpParseOptions)tree.Options, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        return result.TrackedSteps[DaedalusGenerator.Steps.Catalog].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
    }

    [Fact]
    public void Editing_a_graph_reruns_its_plan()
    {
        var compilation = GeneratorHarness.Compile(Sources.Nodes, Sources.Checkout);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var graphTree = compilation.SyntaxTrees.Last();
        var changed = graphTree.GetText().ToString().Replace("Edge.Bounded(8)", "Edge.Bounded(16)");
        var edited = compilation.ReplaceSyntaxTree(graphTree, CSharpSyntaxTree.ParseText(changed, (CSharpParseOptions)graphTree.Options, graphTree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var plans = result.TrackedSteps[DaedalusGenerator.Steps.Plans].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, plans);
    }
}
