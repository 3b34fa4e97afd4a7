using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>[PerRun] fields start every run of the same node instance afresh, on every executor and in the compiled run.</summary>
public sealed class PerRunTests
{
    private static IEnumerable<Executor> Executors() => [Executor.Serial, Executor.Parallel(), Executor.Pipelined()];

    [Fact]
    public void A_second_compiled_run_does_not_double_the_counts()
    {
        var graph = new TallyRuns();
        graph.Run();
        graph.Run();

        Assert.Equal((100, 5_050L, 100), (graph.Tally.Count, graph.Tally.Total, graph.Tally.Seen));
        Assert.Equal(0, graph.Tally.CountAtInitialize);
        Assert.Equal(200, graph.Tally.Lifetime);
    }

    [Fact]
    public void A_second_run_on_every_executor_does_not_double_the_counts()
    {
        foreach (var executor in Executors())
        {
            var graph = new TallyRuns();
            graph.Run(new RunOptions { Executor = executor });
            graph.Run(new RunOptions { Executor = executor });

            Assert.Equal((100, 5_050L, 100), (graph.Tally.Count, graph.Tally.Total, graph.Tally.Seen));
            Assert.Equal(0, graph.Tally.CountAtInitialize);
            Assert.Equal(200, graph.Tally.Lifetime);
        }
    }

    [Fact]
    public void Runs_alternating_between_the_compiled_loop_and_the_executors_each_start_afresh()
    {
        var graph = new TallyRuns();
        graph.Run();
        graph.Run(new RunOptions { Executor = Executor.Pipelined() });
        graph.ToRuntimeGraph().Run();

        Assert.Equal((100, 5_050L, 100), (graph.Tally.Count, graph.Tally.Total, graph.Tally.Seen));
        Assert.Equal(300, graph.Tally.Lifetime);
    }
}
