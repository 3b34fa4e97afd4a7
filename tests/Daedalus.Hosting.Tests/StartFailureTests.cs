using Daedalus.Hosting.Tests.Support;
using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting.Tests;

public sealed class StartFailureTests
{
    [Fact]
    public async Task A_graph_that_fails_validation_fails_the_host_start_with_its_name_and_DAE_id()
    {
        var log = new LogCollector();
        var sink = new Collect();
        var host = TestHost.Build(services => services
            .AddLiveGraph("good", _ => Graphs.Doubling("good", sink))
            .AddLiveGraph("broken", _ =>
            {
                var graph = new RuntimeGraph("broken");
                graph.Add(new Doubler(), "unfed");   // its input is connected to nothing
                return graph;
            }), log);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync().WaitAsync(Eventually.Guard));

        Assert.StartsWith("Live graph 'broken' did not start: Graph 'broken' is invalid and cannot run (1 error):", error.Message, StringComparison.Ordinal);
        var invalid = Assert.IsType<InvalidGraphException>(error.InnerException);
        Assert.StartsWith("DAE0002", Assert.Single(invalid.Errors), StringComparison.Ordinal);
        Assert.Contains(log.At(LogLevel.Error), entry => entry.Message == "Live graph 'broken' did not start");
        Assert.False(host.Graphs().TryGet("broken", out _));

        // The graph that did start is not left running: disposing the host aborts it, and its cleanup runs once.
        var good = host.Graphs()["good"];
        Assert.Equal(LiveStatus.Running, good.Status);
        host.Dispose();
        Assert.Equal(LiveStatus.Aborted, good.Status);
        Assert.Equal(1, sink.CleanedUp);
    }

    [Fact]
    public async Task A_build_callback_that_throws_fails_the_host_start_naming_the_graph()
    {
        using var host = TestHost.Build(services => services.AddLiveGraph("throws", _ => throw new FileNotFoundException("model.json")), new LogCollector());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync().WaitAsync(Eventually.Guard));

        Assert.Equal("Live graph 'throws' did not start: model.json", error.Message);
        Assert.IsType<FileNotFoundException>(error.InnerException);
    }
}
