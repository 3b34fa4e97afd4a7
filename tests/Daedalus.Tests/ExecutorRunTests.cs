using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>
/// <c>Run(RunOptions)</c> on generated graphs: every executor gives the compiled serial <c>Run()</c>'s results.
/// </summary>
public sealed class ExecutorRunTests
{
    private static IEnumerable<Executor> Executors() => [Executor.Serial, Executor.Parallel(), Executor.Pipelined()];

    [Fact]
    public void Source_map_sink_gives_the_compiled_result_on_every_executor()
    {
        var compiled = new LinearChain();
        compiled.Run();
        foreach (var executor in Executors())
        {
            var graph = new LinearChain();
            var result = graph.Run(new RunOptions { Executor = executor });
            Assert.True(result.Succeeded, executor.Name);
            Assert.Equal("LinearChain", result.Graph);
            Assert.Equal(10, result.Node("sink").Firings);
            Assert.Equal(compiled.Sink.Items, graph.Sink.Items);
        }
    }

    [Fact]
    public void Fan_out_and_zip_give_the_compiled_result_on_every_executor()
    {
        var compiled = new Diamond();
        compiled.Run();
        foreach (var executor in Executors())
        {
            var graph = new Diamond();
            Assert.True(graph.Run(new RunOptions { Executor = executor }).Succeeded, executor.Name);
            Assert.Equal(compiled.Sink.Items, graph.Sink.Items);
        }
    }

    [Fact]
    public void Round_robin_gives_the_compiled_split_on_every_executor()
    {
        var compiled = new RoundRobinWork();
        compiled.Run();
        foreach (var executor in Executors())
        {
            var graph = new RoundRobinWork();
            Assert.True(graph.Run(new RunOptions { Executor = executor }).Succeeded, executor.Name);
            Assert.Equal(compiled.First.Items, graph.First.Items);
            Assert.Equal(compiled.Second.Items, graph.Second.Items);
            Assert.Equal(compiled.Third.Items, graph.Third.Items);
        }
    }

    [Fact]
    public void Port_node_gives_the_compiled_result_on_every_executor_and_the_serial_run_still_works_after()
    {
        var compiled = new PortNodes();
        compiled.Run();
        foreach (var executor in Executors())
        {
            var graph = new PortNodes();
            Assert.True(graph.Run(new RunOptions { Executor = executor }).Succeeded, executor.Name);
            Assert.Equal(compiled.Sink.Items, graph.Sink.Items);

            graph.Sink.Items.Clear();
            graph.Run();
            Assert.Equal(compiled.Sink.Items, graph.Sink.Items);
        }
    }

    [Fact]
    public async Task RunAsync_with_options_gives_the_compiled_result()
    {
        var compiled = new MultiOutput();
        compiled.Run();
        var graph = new MultiOutput();
        var result = await graph.RunAsync(new RunOptions { Executor = Executor.Parallel() });
        Assert.True(result.Succeeded);
        Assert.Equal(compiled.Quotients.Items, graph.Quotients.Items);
        Assert.Equal(compiled.Remainders.Items, graph.Remainders.Items);
    }

    [Fact]
    public void Runtime_graph_has_the_definitions_nodes_edges_and_policies()
    {
        var plan = new BoundedPipeline().ToRuntimeGraph().Plan;
        Assert.Equal("BoundedPipeline", plan.Name);
        Assert.Equal(BoundedPipeline.Plan.Nodes.Select(n => n.Name), plan.Nodes.Select(n => n.Name));
        Assert.Equal(BoundedPipeline.Plan.Edges.Select(e => (e.Id, e.Policy)), plan.Edges.Select(e => (e.Id, e.Policy)));
    }

    [Fact]
    public void A_graph_runs_one_run_at_a_time_whichever_run_method_starts_it()
    {
        var graph = new Endless();
        using var cancellation = new CancellationTokenSource();
        var running = graph.RunAsync(cancellation.Token);
        Assert.True(SpinWait.SpinUntil(() => graph.Sink.Items.Count > 0, TimeSpan.FromSeconds(30)), "The first run never started.");
        Assert.Throws<InvalidOperationException>(() => graph.Run(new RunOptions()));
        cancellation.Cancel();
        Assert.ThrowsAny<Exception>(() => running.AsTask().GetAwaiter().GetResult());
    }

    [Fact]
    public void Retry_policies_are_applied_by_node_name()
    {
        var graph = new Failing();
        var options = new RunOptions
        {
            Retry = new Dictionary<string, RetryPolicy> { ["fail"] = new(maxAttempts: 2) },
            ThrowOnFailure = false,
        };
        var result = graph.Run(options);
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Node("fail").Retries);
        Assert.Equal("fail", Assert.Single(result.Failures).Node);
    }
}
