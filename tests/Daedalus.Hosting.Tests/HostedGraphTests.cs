using Daedalus.Hosting.Tests.Support;
using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting.Tests;

public sealed class HostedGraphTests
{
    [Fact]
    public async Task The_host_starts_the_graph_and_a_feed_is_written_through_the_registry()
    {
        var log = new LogCollector();
        var sink = new Collect();
        using var host = TestHost.Build(services => services.AddLiveGraph("monitor", _ => Graphs.Doubling("monitor", sink)), log);

        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["monitor"];
        for (long i = 0; i < 100; i++) await live.Writer<long>("input").WriteAsync(i);
        await Eventually.True(() => sink.Count == 100, "every item reached the sink");

        Assert.Equal(LiveStatus.Running, live.Status);
        Assert.Equal(Enumerable.Range(0, 100).Select(x => 2L * x), sink.Items);
        Assert.Equal(["monitor"], host.Graphs().Names);
        Assert.Contains(log.At(LogLevel.Information), entry => entry.Message == "Live graph 'monitor' started: 3 nodes, 2 edges");
        // Nodes log to the host's logger factory, in their own category.
        Assert.Contains(log.Entries, entry => entry.Category == "Daedalus.monitor.double" && entry.Message == "first item through double");
        await host.StopAsync().WaitAsync(Eventually.Guard);
    }

    [Fact]
    public async Task A_live_edit_through_the_registry_changes_the_hosted_graph()
    {
        var first = new Collect();
        var second = new Collect();
        using var host = TestHost.Build(services => services.AddLiveGraph("edited", _ => Graphs.Doubling("edited", first)), new LogCollector());
        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["edited"];
        var writer = live.Writer<long>("input");
        for (long i = 0; i < 10; i++) await writer.WriteAsync(i);
        await Eventually.True(() => first.Count == 10);

        var commit = host.Graphs()["edited"].Edit()
            .AddNode("second", second)
            .Connect("double", "Output", "second", "Value")
            .Commit();
        for (long i = 10; i < 20; i++) await writer.WriteAsync(i);
        await host.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal((1, 1), (commit.NodesAdded, commit.EdgesAdded));
        Assert.Equal(Enumerable.Range(0, 20).Select(x => 2L * x), first.Items);
        Assert.Equal(Enumerable.Range(10, 10).Select(x => 2L * x), second.Items);
        Assert.Equal(1, second.CleanedUp);
        Assert.Equal(0, (await live.Completion).Accounting.Lost);
    }

    [Fact]
    public void The_registry_names_what_is_missing_and_a_name_is_registered_once()
    {
        using var host = TestHost.Build(services => services.AddLiveGraph("monitor", _ => Graphs.Doubling("monitor", new Collect())), new LogCollector());

        var early = Assert.Throws<InvalidOperationException>(() => host.Graphs()["monitor"]);
        var unknown = Assert.Throws<KeyNotFoundException>(() => host.Graphs()["other"]);
        var twice = Assert.Throws<ArgumentException>(() => new ServiceCollection()
            .AddLiveGraph("same", _ => new RuntimeGraph("a"))
            .AddLiveGraph("same", _ => new RuntimeGraph("b")));

        Assert.Equal("Live graph 'monitor' has not started: the host has not started yet, or it failed to start.", early.Message);
        Assert.Equal("No live graph is registered as 'other'; registered: monitor.", unknown.Message);
        Assert.StartsWith("A live graph is already registered as 'same'.", twice.Message, StringComparison.Ordinal);
        Assert.False(host.Graphs().TryGet("monitor", out _));
    }

    [Fact]
    public async Task The_build_callback_gets_the_host_services_for_constructor_dependencies()
    {
        var sink = new Collect();
        using var host = TestHost.Build(services => services
            .AddSingleton(new Offset(1_000))
            .AddLiveGraph("injected", provider => Graphs.Through("injected", new AddOffset(provider.GetRequiredService<Offset>()), sink)), new LogCollector());

        await host.StartAsync().WaitAsync(Eventually.Guard);
        await host.Graphs()["injected"].Writer<long>("input").WriteAsync(5);
        await host.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal([1_005L], sink.Items);
    }

    [Fact]
    public async Task The_options_callback_sets_modes_and_a_logger_factory_of_its_own_is_kept()
    {
        var hostLog = new LogCollector();
        var ownLog = new LogCollector();
        using var own = LoggerFactory.Create(logging => logging.AddProvider(ownLog));
        var sink = new Collect();
        using var host = TestHost.Build(services => services.AddLiveGraph("options", _ => Graphs.Doubling("options", sink),
            _ => new LiveOptions { Modes = new Dictionary<string, NodeMode> { ["sink"] = NodeMode.Manual }, LoggerFactory = own }), hostLog);

        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["options"];
        await live.Writer<long>("input").WriteAsync(0);
        await Eventually.True(() => ownLog.Entries.Any(entry => entry.Message == "first item through double"));

        Assert.Equal(NodeMode.Manual, live.NodeStatus("sink").Mode);
        Assert.DoesNotContain(hostLog.Entries, entry => entry.Category.StartsWith("Daedalus.options.", StringComparison.Ordinal));
        await host.StopAsync().WaitAsync(Eventually.Guard);
        Assert.Equal([0L], sink.Items);
    }

    [Fact]
    public void The_host_logger_factory_is_added_to_options_that_have_none_and_everything_else_is_kept()
    {
        using var host = LoggerFactory.Create(_ => { });
        var options = new LiveOptions
        {
            Modes = new Dictionary<string, NodeMode> { ["a"] = NodeMode.Manual },
            Retry = new Dictionary<string, RetryPolicy> { ["a"] = new RetryPolicy(3) },
            Metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["a"] = new Dictionary<string, string> { ["k"] = "v" } },
            Workers = 3,
        };

        var hosted = HostedLiveOptions.WithLogging(options, host);

        Assert.Same(host, hosted.LoggerFactory);
        Assert.Same(options.Modes, hosted.Modes);
        Assert.Same(options.Retry, hosted.Retry);
        Assert.Same(options.Metadata, hosted.Metadata);
        Assert.Equal(3, hosted.Workers);
        // LiveOptions has no `with`, so it is copied by hand: a property added to it must be copied there too.
        Assert.Equal(["LoggerFactory", "Metadata", "Modes", "Retry", "Workers"], typeof(LiveOptions).GetProperties().Select(property => property.Name).Order());
    }
}
