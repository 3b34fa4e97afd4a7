using Daedalus.Runtime;
using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>
/// <c>[Node(MaxDegreeOfParallelism = N, EnsureOrdered = ...)]</c>: up to N invocations in flight on the parallel and
/// pipelined executors and in the compiled <c>RunAsync</c>, with the serial run's results. Concurrency is shown by
/// invocations that can only finish once N are in flight together, never by timing.
/// </summary>
public sealed class ConcurrentNodeTests
{
    private static IEnumerable<Executor> ConcurrentExecutors() => [Executor.Parallel(), Executor.Pipelined()];

    [Fact]
    public void An_async_node_has_its_degree_of_invocations_in_flight_on_the_parallel_and_pipelined_executors()
    {
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new GatedCalls();
            var result = graph.Run(new RunOptions { Executor = executor });

            Assert.True(result.Succeeded, executor.Name);
            Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 2), graph.Sink.Items);
            Assert.Equal(Nodes.GatedDouble.Width, graph.Fetch.InFlight.Most);
            Assert.Equal(100, result.Node("fetch").Firings);
        }
    }

    [Fact]
    public async Task An_async_node_has_its_degree_of_invocations_in_flight_in_the_compiled_RunAsync()
    {
        var graph = new GatedCalls();
        await graph.RunAsync();

        Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 2), graph.Sink.Items);
        Assert.Equal(Nodes.GatedDouble.Width, graph.Fetch.InFlight.Most);
    }

    [Fact]
    public void Ordered_results_equal_the_serial_run_exactly_and_unordered_ones_as_a_multiset()
    {
        var serial = new ShuffledCalls();
        Assert.True(serial.Run(new RunOptions { Executor = Executor.Serial }).Succeeded);
        Assert.Equal(1, serial.Ordered.InFlight.Most);
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new ShuffledCalls();
            Assert.True(graph.Run(new RunOptions { Executor = executor }).Succeeded, executor.Name);

            Assert.Equal(serial.OrderedSink.Items, graph.OrderedSink.Items);
            Assert.Equal(serial.UnorderedSink.Items.Order(), graph.UnorderedSink.Items.Order());
            Assert.InRange(graph.Ordered.InFlight.Most, 1, 4);
        }
    }

    [Fact]
    public async Task The_compiled_RunAsync_keeps_input_order_when_ordered()
    {
        var serial = new ShuffledCalls();
        Assert.True(serial.Run(new RunOptions { Executor = Executor.Serial }).Succeeded);
        var graph = new ShuffledCalls();
        await graph.RunAsync();

        Assert.Equal(serial.OrderedSink.Items, graph.OrderedSink.Items);
        Assert.Equal(serial.UnorderedSink.Items.Order(), graph.UnorderedSink.Items.Order());
        Assert.InRange(graph.Ordered.InFlight.Most, 1, 4);
    }

    [Fact]
    public async Task A_failing_invocation_fails_its_node_in_the_compiled_RunAsync_as_on_the_executors()
    {
        var engine = Assert.Throws<GraphRunException>(() => new FailingCalls().Run(new RunOptions { Executor = Executor.Pipelined() })).Result;
        var graph = new FailingCalls();
        var compiled = (await Assert.ThrowsAsync<GraphRunException>(() => graph.RunAsync().AsTask())).Result;

        var failure = Assert.Single(compiled.Failures);
        Assert.Equal(("fail", "process", 5L), (failure.Node, failure.Phase, failure.Firing));
        Assert.Equal([1, 2, 3, 4], graph.Sink.Items);
        Assert.Equal(engine.Node("fail").Firings, compiled.Node("fail").Firings);
        var input = compiled.Edge("source.Output->fail.Value");
        Assert.Equal(input.Written, input.Delivered + input.Abandoned + input.LeftQueued + input.DroppedOldest + input.DroppedNewest);
    }

    [Fact]
    public void A_synchronous_node_on_two_workers_gives_the_serial_results()
    {
        var serial = new ParallelWorkers();
        Assert.True(serial.Run(new RunOptions { Executor = Executor.Serial }).Succeeded);
        Assert.Equal(1, serial.Divide.InFlight.Most);
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new ParallelWorkers();
            var result = graph.Run(new RunOptions { Executor = executor });

            Assert.True(result.Succeeded, executor.Name);
            Assert.Equal(serial.Quotients.Items, graph.Quotients.Items);
            Assert.Equal(serial.Remainders.Items.Order(), graph.Remainders.Items.Order());
            Assert.InRange(graph.Divide.InFlight.Most, 1, 2);
            Assert.Equal(500, result.Node("divide").Firings);
            Assert.Equal(500, result.Node("remainders").Firings);
        }
    }

    [Fact]
    public void RunOptions_Parallelism_overrides_the_attribute_for_one_run()
    {
        var serial = new ShuffledCalls();
        serial.Run(new RunOptions { Executor = Executor.Serial });
        foreach (var degree in new[] { 1, 2 })
        {
            var graph = new ShuffledCalls();
            var options = new RunOptions { Executor = Executor.Pipelined(), Parallelism = new Dictionary<string, int> { ["ordered"] = degree } };
            Assert.True(graph.Run(options).Succeeded);

            Assert.Equal(serial.OrderedSink.Items, graph.OrderedSink.Items);
            Assert.InRange(graph.Ordered.InFlight.Most, 1, degree);
        }
    }

    [Theory]
    [InlineData("nowhere", 2, "does not have: nowhere")]
    [InlineData("orderedSink", 2, "declared without concurrent calls")]
    [InlineData("ordered", 0, "needs at least 1")]
    public void RunOptions_Parallelism_that_cannot_apply_fails_before_the_run(string node, int degree, string message)
    {
        var graph = new ShuffledCalls();
        var options = new RunOptions { Executor = Executor.Parallel(), Parallelism = new Dictionary<string, int> { [node] = degree } };

        var error = Assert.Throws<ArgumentException>(() => graph.Run(options));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(graph.OrderedSink.Items);
    }

    [Fact]
    public async Task A_blocking_output_edge_keeps_its_capacity_and_the_serial_order_everywhere()
    {
        var expected = Enumerable.Range(1, 50).Select(i => i * i).ToList();
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new BlockedCalls();
            var result = graph.Run(new RunOptions { Executor = executor });

            Assert.True(result.Succeeded, executor.Name);
            Assert.Equal(expected, graph.Sink.Items);
            var edge = result.Edge("square.Output->sink.Item");
            Assert.Equal(0, edge.OverCapacity);
            Assert.InRange(edge.PeakDepth, 1, 2);
        }
        var compiled = new BlockedCalls();
        await compiled.RunAsync();
        Assert.Equal(expected, compiled.Sink.Items);
    }

    [Fact]
    public void A_synchronous_node_with_two_workers_runs_two_calls_at_once()
    {
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new PairedWork();
            Assert.True(graph.Run(new RunOptions { Executor = executor }).Succeeded, executor.Name);
            Assert.Equal(Enumerable.Range(1, 20), graph.Sink.Items);
        }
    }

    [Fact]
    public async Task Cancellation_reaches_every_invocation_in_flight()
    {
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new CancelledCalls();
            using var cancellation = new CancellationTokenSource();
            var run = Task.Run(() => graph.Run(new RunOptions { Executor = executor }, cancellation.Token));
            await graph.Wait.AllStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await cancellation.CancelAsync();

            var error = await Assert.ThrowsAsync<GraphCanceledException>(() => run);
            Assert.Equal(Nodes.WaitsForCancellation.Width, graph.Wait.Observed);
            Assert.Equal(NodeOutcome.Cancelled, error.Result.Node("wait").Outcome);
            Assert.Empty(graph.Sink.Items);
        }
    }

    [Fact]
    public async Task Cancellation_reaches_every_invocation_in_flight_in_the_compiled_RunAsync()
    {
        var graph = new CancelledCalls();
        using var cancellation = new CancellationTokenSource();
        var run = graph.RunAsync(cancellation.Token).AsTask();
        await graph.Wait.AllStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(Nodes.WaitsForCancellation.Width, graph.Wait.Observed);
    }

    [Fact]
    public void A_failing_invocation_fails_its_node_alone_with_the_usual_exception_and_accounting()
    {
        var serial = Assert.Throws<GraphRunException>(() => new FailingCalls().Run(new RunOptions { Executor = Executor.Serial })).Result;
        foreach (var executor in ConcurrentExecutors())
        {
            var graph = new FailingCalls();
            var result = Assert.Throws<GraphRunException>(() => graph.Run(new RunOptions { Executor = executor })).Result;

            var failure = Assert.Single(result.Failures);
            Assert.Equal(("fail", "process", 5L), (failure.Node, failure.Phase, failure.Firing));
            Assert.Equal("five", failure.Error.Message);
            Assert.Equal(NodeOutcome.Failed, result.Node("fail").Outcome);
            Assert.Equal(NodeOutcome.Completed, result.Node("sink").Outcome);
            // Ordered: items before the failing one are delivered, none after it.
            Assert.Equal([1, 2, 3, 4], graph.Sink.Items);
            Assert.Equal(serial.Node("fail").Firings, result.Node("fail").Firings);
            var input = result.Edge("source.Output->fail.Value");
            Assert.Equal(input.Written, input.Delivered + input.Abandoned + input.LeftQueued + input.DroppedOldest + input.DroppedNewest);
        }
    }
}
