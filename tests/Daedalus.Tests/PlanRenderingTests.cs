using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

public sealed class PlanRenderingTests
{
    [Fact]
    public void Json_matches_the_golden_file() =>
        AssertGolden(BoundedPipeline.Plan.ToJson(), "BoundedPipeline.plan.json");

    [Fact]
    public void Json_round_trips()
    {
        var plan = GraphPlan.FromJson(Diamond.Plan.ToJson());
        Assert.Equal(Diamond.Plan.Schedule, plan.Schedule);
        Assert.Equal(Diamond.Plan.Edges, plan.Edges);
        Assert.Equal(Diamond.Plan.Nodes.Select(n => n.Name), plan.Nodes.Select(n => n.Name));
    }

    [Fact]
    public void Dot_draws_nodes_with_their_kind_and_edges_with_their_policy()
    {
        var dot = RoundRobinWork.Plan.ToDot();
        Assert.StartsWith("digraph \"RoundRobinWork\" {", dot);
        Assert.Contains("\"source\" [shape=invhouse", dot);
        Assert.Contains("\"scale\" -> \"first\" [label=\"Output → Item\\nbounded(1024, Block) (default)\\nround-robin\"];", dot);
        Assert.Contains("\"source\" -> \"scale\" [label=\"Output → Value\", style=bold];", dot);
    }

    private static void AssertGolden(string actual, string name)
    {
        var path = Path.Combine(ProjectDirectory.Path, "Golden", name);
        if (Environment.GetEnvironmentVariable("DAEDALUS_ACCEPT_SNAPSHOTS") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
