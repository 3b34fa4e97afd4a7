using Daedalus.Runtime;
using Daedalus.Generated;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests;

/// <summary>Live graphs of generated nodes: the shapes that keep something across firings.</summary>
public sealed class LiveGraphTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task A_generated_graph_started_live_gives_what_its_compiled_run_gives(int? workers)
    {
        var compiled = new Graphs.Diamond();
        compiled.Run();
        var expected = compiled.Sink.Items.ToArray();

        var live = new Graphs.Diamond();
        var running = live.ToRuntimeGraph().Start(new LiveOptions { Workers = workers });
        // Stopping stops the source: let it finish first (Collect<T> is read only once the graph has stopped).
        await WaitUntil(() => running.NodeStatus("sink").Firings == expected.Length);
        // The live graph holds the graph's run guard: its compiled run cannot use the same node objects meanwhile.
        Assert.Throws<InvalidOperationException>(() => live.Run());
        var result = await running.StopAsync().WaitAsync(Guard);

        Assert.Equal(expected, live.Sink.Items);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.True(result.Run.Succeeded, result.ToTable());
        Assert.Throws<InvalidOperationException>(() => running.Pause());
        live.Run();
    }

    [Fact]
    public async Task Reconfiguring_a_node_with_calls_in_flight_writes_their_results_first()
    {
        var graph = new RuntimeGraph("in-flight");
        var feed = new Feed<int>(16);
        var old = new HeldSquare();
        var sink = new Collect<int>();
        var held = graph.Add(old, "held");
        graph.Connect(graph.Add(feed, "input").Output, held.Value);
        graph.Connect(held.Output, graph.Add(sink, "sink").Item, Edge.Fifo);
        var live = graph.Start();
        for (var i = 1; i <= 4; i++) await feed.Writer.WriteAsync(i);
        await WaitUntil(() => old.Started == 4);

        var replacement = new HeldSquare { Offset = 1000 };
        replacement.Open();
        var commit = Task.Run(() => live.Edit().Reconfigure("held", replacement).Commit());
        // The commit holds the graph while it waits for the node, which waits for its oldest call: open the calls
        // only once it has asked the node to park, so the node parks with calls in flight.
        await WaitUntil(() => !Task.Run(() => live.Nodes).Wait(TimeSpan.FromMilliseconds(20)));
        await Task.Delay(50);
        Assert.False(commit.IsCompleted);
        old.Open();
        Assert.Equal(1, (await commit.WaitAsync(Guard)).NodesReconfigured);
        for (var i = 5; i <= 6; i++) await feed.Writer.WriteAsync(i);
        var result = await live.StopAsync().WaitAsync(Guard);

        Assert.Equal([1, 4, 9, 16, 1025, 1036], sink.Items);
        Assert.Equal(0, result.Accounting.Lost);
        Assert.Equal(0, result.Accounting.Orphaned);
    }

    [Fact]
    public async Task A_live_graph_syncs_to_a_plan_with_a_changed_configuration_replacing_that_node_alone()
    {
        var box = new ResultBox();
        var graph = new RuntimeGraph("planned");
        var range = graph.Add(new Nodes.Range { From = 1, To = 5 }, "range");
        var tuned = graph.Add(new Tuned(1.0) { Factor = 2 }, "tuned");
        var collector = graph.Add(new Collector(box) { Key = "out" }, "out");
        graph.Connect(range.Output, tuned.Value);
        graph.Connect(tuned.Output, collector.Value);
        var json = graph.Plan.ToJson();
        var live = graph.Start();
        var before = (live.NodeStatus("range"), live.NodeStatus("tuned"), live.NodeStatus("out"));

        // The same plan with one setting changed, read back through the generated catalogue.
        var desired = DaedalusNodeCatalog.Nodes.CreateGraph(GraphPlan.FromJson(json.Replace("\"Factor\": \"2\"", "\"Factor\": \"7\"", StringComparison.Ordinal)), new Services(box));
        var commit = live.Apply(desired);
        var unchanged = live.Apply(DaedalusNodeCatalog.Nodes.CreateGraph(GraphPlan.FromJson(json.Replace("\"Factor\": \"2\"", "\"Factor\": \"7\"", StringComparison.Ordinal)), new Services(box)));
        await live.StopAsync().WaitAsync(Guard);

        Assert.Equal((1, 2, 0, 0), (commit.NodesReconfigured, commit.NodesUnchanged, commit.NodesAdded, commit.NodesRemoved));
        Assert.False(unchanged.Changed);
        Assert.Same(before.Item1.Instance, live.NodeStatus("range").Instance);
        Assert.Same(before.Item3.Instance, live.NodeStatus("out").Instance);
        Assert.Equal(7, ((Tuned)live.NodeStatus("tuned").Instance).Factor);
        Assert.Equal(before.Item2.WorkerThreadId, live.NodeStatus("tuned").WorkerThreadId);
    }

    private sealed class Services(params object[] services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not reached in time");
            await Task.Delay(1);
        }
    }
}
