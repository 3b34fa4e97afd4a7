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
