using Daedalus.Generated;
using Daedalus.Hosting.Tests.Support;
using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Daedalus.Hosting.Tests;

public sealed class CatalogTests
{
    [Fact]
    public async Task The_generated_catalogue_creates_a_node_with_constructor_dependencies_from_the_host_services()
    {
        var log = new LogCollector();
        var sink = new Collect();
        using var host = TestHost.Build(services => services
            .AddSingleton(new Offset(100))
            .AddLiveGraph("catalogued", provider =>
            {
                var graph = new RuntimeGraph("catalogued");
                graph.AddNode(DaedalusNodeCatalog.Nodes.Create(typeof(Stamp).FullName!, new Dictionary<string, string?> { ["label"] = "east" }, provider), "middle");
                graph.Add(new Feed<long>(), "input");
                graph.Add(sink, "sink");
                graph.Connect("input", "Output", "middle", "Value");
                graph.Connect("middle", "Output", "sink", "Value");
                return graph;
            }), log);

        await host.StartAsync().WaitAsync(Eventually.Guard);
        var live = host.Graphs()["catalogued"];
        await live.Writer<long>("input").WriteAsync(1);
        await host.StopAsync().WaitAsync(Eventually.Guard);

        Assert.Equal("east", Assert.IsType<Stamp>(live.NodeInstance("middle")).Label);
        Assert.Equal([101L], sink.Items);
        // The logger came from the host's container: its category is the node type's full name.
        Assert.Contains(log.Entries, entry => entry.Category == typeof(Stamp).FullName && entry.Message == "east stamps 1");
    }
}
