using System.IO.Compression;
using System.Xml.Linq;

namespace Daedalus.Hosting.Tests.Package;

/// <summary>The path a user takes: reference the packed Daedalus.Hosting from a local feed, host a graph, build and run.</summary>
[Trait("Category", "Package")]
public sealed class HostingPackageTests(HostingPackageFixture package) : IClassFixture<HostingPackageFixture>
{
    [Fact]
    public void The_package_holds_its_library_and_depends_on_Daedalus_and_the_abstractions_only()
    {
        using var archive = ZipFile.OpenRead(package.Package);
        var libraries = archive.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".dll", StringComparison.Ordinal));
        using var nuspec = archive.GetEntry("Daedalus.Hosting.nuspec")!.Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(element => element.Name.LocalName == "dependency")
            .Select(element => $"{element.Attribute("id")?.Value} {element.Attribute("version")?.Value}").Order();

        Assert.Equal(["lib/net10.0/Daedalus.Hosting.dll"], libraries);
        Assert.Equal(
            [
                $"Daedalus {package.Version}",
                "Microsoft.Extensions.DependencyInjection.Abstractions 6.0.0",
                "Microsoft.Extensions.Hosting.Abstractions 6.0.0",
                "Microsoft.Extensions.Logging.Abstractions 6.0.0",
            ],
            dependencies);
    }

    [Fact]
    public void A_consumer_hosts_a_graph_of_its_own_nodes_from_the_package()
    {
        var run = package.BuildAndRun("""
            using Daedalus;
            using Daedalus.Hosting;
            using Daedalus.Runtime;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddSingleton(new Factor(3));
            builder.Services.AddLiveGraph("monitor", services =>
            {
                var graph = new RuntimeGraph("monitor");
                var scale = graph.Add(new Scale(services.GetRequiredService<Factor>()), "scale");
                graph.Connect(graph.Add(new Feed<int>(), "input").Output, scale.Value);
                graph.Connect(scale.Output, graph.Add(new Total(), "total").Value);
                return graph;
            });
            using (var host = builder.Build())
            {
                await host.StartAsync();
                var live = host.Services.GetRequiredService<LiveGraphs>()["monitor"];
                for (var i = 1; i <= 100; i++) await live.Writer<int>("input").WriteAsync(i);
                await host.StopAsync();
                var result = await live.Completion;
                Console.WriteLine($"total: {((Total)live.NodeInstance("total")).Value} {live.Status}");
                Console.WriteLine(result.Accounting);
            }

            public sealed record Factor(int Value);

            [Node] public sealed partial class Scale(Factor factor)
            {
                [Process] public long Run(int value) => (long)value * factor.Value;
            }

            [Node] public sealed partial class Total
            {
                public long Value { get; private set; }
                [Process] public void Add(long value) => Value += value;
            }
            """);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("total: 15150 Stopped", run.Output);
        Assert.Contains("accounting: produced=200 delivered=200 dropped=0 orphaned=0 lost=0", run.Output);
        Assert.Contains("Live graph 'monitor' started: 3 nodes, 2 edges", run.Output);   // the host's console log
    }
}
