using Daedalus.Runtime;

namespace Daedalus.Generators.Tests;

/// <summary>
/// Durable runs across two compilations of one program: editing a node's body (its generated code hash) invalidates
/// that node and, through the content of its output, its dependents; nothing else. The graph is a → b → c → top and
/// d → e → bottom; the edits are to b.
/// </summary>
public sealed class DurableBodyEditTests(DurableProgramVersions versions) : IClassFixture<DurableProgramVersions>
{
    public static TheoryData<string> Executors => ["serial", "parallel"];

    [Theory]
    [MemberData(nameof(Executors))]
    public void Editing_a_node_s_body_reruns_it_and_its_dependents_and_reuses_the_rest(string executor)
    {
        using var store = new MemoryRunStore();
        var (first, original) = versions.Original.Run(Durable(store, "edit", executor));
        Assert.Equal("a:Completed b:Completed bottom:Completed c:Completed d:Completed e:Completed top:Completed", Outcomes(first));

        var (second, output) = versions.Changed.Run(Durable(store, "edit", executor));

        Assert.Equal("a:Reused b:Completed bottom:Completed c:Completed d:Reused e:Reused top:Completed", Outcomes(second));
        Assert.Equal(2, second.Durable!.Misses);
        Assert.Equal(3, second.Durable.Hits);
        Assert.Equal(versions.Changed.Run(new RunOptions()).Output, output);
        Assert.NotEqual(original.Top, output.Top);
        Assert.Equal(original.Bottom, output.Bottom);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void Editing_only_whitespace_and_comments_reuses_every_node(string executor)
    {
        using var store = new MemoryRunStore();
        versions.Original.Run(Durable(store, "layout", executor));

        var (result, output) = versions.Reformatted.Run(Durable(store, "layout", executor));

        Assert.Equal("a:Reused b:Reused bottom:Completed c:Reused d:Reused e:Reused top:Completed", Outcomes(result));
        Assert.Equal(0, result.Durable!.Misses);
        Assert.Equal(versions.Original.Run(new RunOptions()).Output, output);
    }

    [Theory]
    [MemberData(nameof(Executors))]
    public void An_edit_that_keeps_a_node_s_output_reruns_the_node_but_its_dependents_reuse_their_results(string executor)
    {
        using var store = new MemoryRunStore();
        var (_, original) = versions.Original.Run(Durable(store, "same", executor));

        var (result, output) = versions.SameOutput.Run(Durable(store, "same", executor));

        // b's key holds its code hash, so b runs; c's key holds the content hash of b's output, which is unchanged.
        Assert.Equal("a:Reused b:Completed bottom:Completed c:Reused d:Reused e:Reused top:Completed", Outcomes(result));
        Assert.Equal(1, result.Durable!.Misses);
        Assert.Equal(original, output);
    }

    [Fact]
    public void A_cached_node_whose_code_and_input_are_unchanged_is_a_hit_from_another_run()
    {
        using var store = new MemoryRunStore();
        versions.Original.Run(Durable(store, "a"));

        var (result, output) = versions.Changed.Run(Durable(store, "b"));

        // A new run id: only cached nodes may reuse run a's results. e (cached) has the same code and the same input;
        // c (cached) has the same code but b's changed output as input; a, b and d are not cached.
        Assert.Equal("a:Completed b:Completed bottom:Completed c:Completed d:Completed e:Reused top:Completed", Outcomes(result));
        Assert.Equal(1, result.Durable!.HitsFromOtherRuns);
        Assert.Equal(DurableRunStatus.New, result.Durable.StartedAs);
        Assert.Equal(versions.Changed.Run(new RunOptions()).Output, output);
    }

    [Fact]
    public void A_cached_dependent_of_an_edit_that_keeps_the_output_is_a_hit_from_another_run_too()
    {
        using var store = new MemoryRunStore();
        versions.Original.Run(Durable(store, "a"));

        var (result, output) = versions.SameOutput.Run(Durable(store, "b"));

        Assert.Equal("a:Completed b:Completed bottom:Completed c:Reused d:Completed e:Reused top:Completed", Outcomes(result));
        Assert.Equal(2, result.Durable!.HitsFromOtherRuns);
        Assert.Equal(versions.Original.Run(new RunOptions()).Output, output);
    }

    private static RunOptions Durable(IRunStore store, string runId, string executor = "serial") => new()
    {
        Executor = executor == "serial" ? Executor.Serial : Executor.Parallel(3),
        Durable = new DurableRun(store, runId),
    };

    /// <summary>Every node's outcome as <c>name:Outcome</c>, by name, so a failure shows the whole picture.</summary>
    private static string Outcomes(RunResult result) =>
        string.Join(" ", result.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => $"{n.Name}:{n.Outcome}"));
}
