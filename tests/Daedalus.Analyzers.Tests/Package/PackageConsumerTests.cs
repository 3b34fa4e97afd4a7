using System.IO.Compression;

namespace Daedalus.Analyzers.Tests.Package;

/// <summary>
/// The path a user takes: pack the Daedalus package, reference it from a local folder feed in a new
/// project, build and run. Slow (it runs dotnet pack and two builds), so it is one class sharing one pack.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageConsumerTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void The_package_has_the_libraries_and_the_analyzers_in_their_folders()
    {
        using var archive = ZipFile.OpenRead(package.Package);
        var files = archive.Entries.Select(e => e.FullName).Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(
            [
                "analyzers/dotnet/cs/Daedalus.Generators.CodeFixes.dll",
                "analyzers/dotnet/cs/Daedalus.Generators.dll",
                "lib/net10.0/Daedalus.Abstractions.dll",
                "lib/net10.0/Daedalus.Runtime.dll",
                "lib/net10.0/Daedalus.Shaders.dll",
            ],
            files);
    }

    [Fact]
    public void The_package_depends_only_on_the_logging_abstractions()
    {
        using var archive = ZipFile.OpenRead(package.Package);
        using var nuspec = archive.GetEntry("Daedalus.nuspec")!.Open();
        var document = System.Xml.Linq.XDocument.Load(nuspec);
        var dependencies = document.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{e.Attribute("id")?.Value} {e.Attribute("version")?.Value}");

        Assert.Equal(["Microsoft.Extensions.Logging.Abstractions 6.0.0"], dependencies);
    }

    [Fact]
    public void The_package_has_a_readme_that_nuget_shows()
    {
        using var archive = ZipFile.OpenRead(package.Package);
        using var nuspec = archive.GetEntry("Daedalus.nuspec")!.Open();
        var readme = System.Xml.Linq.XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "readme").Value;
        using var text = new StreamReader(archive.GetEntry(readme)!.Open());

        Assert.Equal("README.md", readme);
        Assert.StartsWith("# Daedalus", text.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_builds_and_runs_its_own_graph()
    {
        using var consumer = package.CreateConsumer("""
            using Daedalus;
            using Daedalus.Runtime;

            var graph = new Squares();
            graph.Run();
            Console.WriteLine("schedule: " + string.Join(" -> ", Squares.Plan.Schedule));
            Console.WriteLine("total: " + graph.Total.Value);

            var configured = new Squares(count: new Count { To = 3 });   // a node passed at run time, by its Define name
            configured.Run();
            Console.WriteLine("configured: " + configured.Total.Value);

            var pipelined = new Squares();
            var result = pipelined.Run(new RunOptions { Executor = Executor.Pipelined() });
            Console.WriteLine($"pipelined: {pipelined.Total.Value} on {result.Executor}");

            var runtime = new RuntimeGraph("squares");
            var count = runtime.Add(new Count { To = 20 });
            var square = runtime.Add(new Square());
            var total = new Total();
            runtime.Connect(count.Output, square.Value);
            runtime.Connect(square.Output, runtime.Add(total).Value, Edge.Bounded(4));
            runtime.Run(new RunOptions { Executor = Executor.Parallel() });
            Console.WriteLine("run-time graph: " + total.Value);

            [Node] public sealed partial class Count
            {
                public int To { get; init; } = 10;
                [Process] public IEnumerable<int> Run() { for (var i = 1; i <= To; i++) yield return i; }
            }

            [Node] public sealed partial class Square
            {
                [Process] public long Run(int value) => (long)value * value;
            }

            [Node] public sealed partial class Total
            {
                public long Value { get; private set; }
                [Process] public void Add(long value) => Value += value;
            }

            [Graph] public sealed partial class Squares
            {
                static void Define(GraphBuilder g)
                {
                    var count = g.Add(new Count { To = 10 });
                    var square = g.Add(new Square());
                    var total = g.Add(new Total());
                    g.Connect(count.Output, square.Value);
                    g.Connect(square.Output, total.Value, Edge.Bounded(4));
                }
            }
            """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, "The consumer did not build:\n" + build.Output);
        var run = consumer.Run();

        Assert.True(run.ExitCode == 0, "The consumer failed:\n" + run.Output);
        Assert.Contains("schedule: count -> square -> total", run.Output);
        Assert.Contains("total: 385", run.Output);
        Assert.Contains("configured: 14", run.Output);
        Assert.Contains("pipelined: 385 on pipelined", run.Output);
        Assert.Contains("run-time graph: 2870", run.Output);
    }

    [Fact]
    public void A_consumer_recreates_a_run_time_graph_from_its_plan_through_the_generated_catalogue()
    {
        using var consumer = package.CreateConsumer("""
            using Daedalus;
            using Daedalus.Generated;
            using Daedalus.Runtime;

            var runtime = new RuntimeGraph("squares");
            var count = runtime.Add(new Count { To = 4 });
            var square = runtime.Add(new Square());
            runtime.Connect(count.Output, square.Value);
            runtime.Connect(square.Output, runtime.Add(new Total()).Value, Edge.Bounded(2));
            var json = runtime.Plan.ToJson();

            var rebuilt = DaedalusNodeCatalog.Nodes.CreateGraph(GraphPlan.FromJson(json));
            var samePlan = rebuilt.Plan.ToJson() == json;     // before the run: Total.Value is configuration too
            var result = rebuilt.Run(new RunOptions { Executor = Executor.Pipelined() });
            Console.WriteLine("catalogue: " + string.Join(", ", DaedalusNodeCatalog.Nodes.TypeNames.Order()));
            Console.WriteLine($"rebuilt: To={rebuilt.Plan.Node("count").Configuration!["To"]}, totals {result.Node("total").Firings}, same plan {samePlan}");
            var copy = DaedalusNodeCatalog.Nodes.Create("Count", new Dictionary<string, string?> { ["To"] = "4" });
            Console.WriteLine("same checksum: " + (NodeConfiguration.Checksum(copy) == NodeConfiguration.Checksum(new Count { To = 4 })));

            [Node] public sealed partial class Count
            {
                public int To { get; init; } = 10;
                [Process] public IEnumerable<int> Run() { for (var i = 1; i <= To; i++) yield return i; }
            }

            [Node] public sealed partial class Square
            {
                [Process] public long Run(int value) => (long)value * value;
            }

            [Node] public sealed partial class Total
            {
                public long Value { get; private set; }
                [Process] public void Add(long value) => Value += value;
            }
            """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, "The consumer did not build:\n" + build.Output);
        var run = consumer.Run();

        Assert.True(run.ExitCode == 0, "The consumer failed:\n" + run.Output);
        Assert.True(run.Output.Contains("catalogue: Count, Square, Total", StringComparison.Ordinal), run.Output);
        Assert.True(run.Output.Contains("rebuilt: To=4, totals 4, same plan True", StringComparison.Ordinal), run.Output);
        Assert.True(run.Output.Contains("same checksum: True", StringComparison.Ordinal), run.Output);
    }

    [Fact]
    public void A_consumer_builds_every_node_shape_from_the_package()
    {
        using var consumer = package.CreateConsumer("""
            using Daedalus;
            using Daedalus.Runtime;

            var graph = new Shapes();
            var reports = 0;
            graph.Run(new Progress(() => reports++));
            graph.Run();                                     // a second run of the same instance starts afresh
            Console.WriteLine($"compiled: {graph.Totals.Last} {graph.Windows.Last} {graph.Words.Count} {graph.Echoes.Count}, reported: {reports > 0}");

            var pipelined = new Shapes();
            var result = pipelined.Run(new RunOptions { Executor = Executor.Pipelined() });
            Console.WriteLine($"pipelined: {pipelined.Totals.Last} {pipelined.Windows.Last} {pipelined.Words.Count} {pipelined.Echoes.Count}");
            Console.WriteLine("policy: " + result.Edges[0].Policy);

            sealed class Progress(Action onReport) : IProgress<RunProgress> { public void Report(RunProgress value) => onReport(); }

            [Node] public sealed partial class Lines
            {
                [Process] public IEnumerable<string> Run() { for (var i = 1; i <= 20; i++) yield return i % 5 == 0 ? "x" : $"{i} {i}"; }
            }

            [Node] public sealed partial class Parse
            {
                [Process] public bool TryParse(string line, out int number) => int.TryParse(line.Split(' ')[0], out number);
            }

            [Node] public sealed partial class Even
            {
                [Process, Filter] public bool Keep(int number) => number % 2 == 0;
            }

            [Node] public sealed partial class Split
            {
                [Process] public void Run(string line, OutPort<string> words) { foreach (var word in line.Split(' ')) words.Write(word); }
            }

            [Node] public sealed partial class Sum
            {
                [Process] public void Add(int number, ref long total) => total += number;
            }

            [Node] public sealed partial class Largest
            {
                [Process, Window(Count = 4)] public int Max(ReadOnlySpan<int> numbers) { var max = 0; foreach (var n in numbers) max = Math.Max(max, n); return max; }
            }

            [Node(MaxDegreeOfParallelism = 4)] public sealed partial class Echo
            {
                [Process] public async Task<int> Run(int number, CancellationToken token) { await Task.Yield(); return number; }
            }

            [Node] public sealed partial class Keep<T>
            {
                [PerRun] private int _count;
                public int Count => _count;
                public T? Last { get; private set; }
                [Process] public void Add(T item) { _count++; Last = item; }
            }

            [Graph] public sealed partial class Shapes
            {
                static void Define(GraphBuilder g)
                {
                    var lines = g.Add(new Lines());
                    var parse = g.Add(new Parse());
                    var even = g.Add(new Even());
                    var split = g.Add(new Split());
                    var sum = g.Add(new Sum());
                    var largest = g.Add(new Largest());
                    var echo = g.Add(new Echo());
                    var totals = g.Add(new Keep<long>());
                    var windows = g.Add(new Keep<int>());
                    var words = g.Add(new Keep<string>());
                    var echoes = g.Add(new Keep<int>());
                    g.Connect(lines.Output, parse.Line);
                    g.Connect(lines.Output, split.Line);
                    g.Connect(split.Words, words.Item);
                    g.Connect(parse.Number, even.Number);
                    g.Connect(parse.Number, largest.Numbers);
                    g.Connect(even.Output, sum.Number);
                    g.Connect(even.Output, echo.Number);
                    g.Connect(sum.Total, totals.Item);
                    g.Connect(largest.Output, windows.Item);
                    g.Connect(echo.Output, echoes.Item);
                }
            }
            """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, "The consumer did not build:\n" + build.Output);
        var run = consumer.Run();

        // 16 numbers parse (every fifth line is "x"), 8 are even (sum 80); windows of 4 end with 19; 36 words.
        Assert.True(run.ExitCode == 0, "The consumer failed:\n" + run.Output);
        Assert.Contains("compiled: 80 19 36 8, reported: True", run.Output);
        Assert.Contains("pipelined: 80 19 36 8", run.Output);
        Assert.Contains("policy: bounded(1024, Block) (default)", run.Output);
    }

    [Fact]
    public void A_consumer_runs_a_gpu_segment_with_its_own_shader()
    {
        using var consumer = package.CreateConsumer("""
            using Daedalus;
            using Daedalus.Shaders;

            var graph = new OnDevice { GpuSetting = "cpu" };
            graph.Run();
            Console.WriteLine("segments: " + string.Join(", ", OnDevice.Plan.Segments.Select(s => $"{s.Name} {s.Placement} [{string.Join(" ", s.Nodes)}]")));
            Console.WriteLine("device: " + graph.Devices["gpu0"].Kind);
            Console.WriteLine("total: " + graph.Total.Value);

            [Node] public sealed partial class Count
            {
                [Process] public IEnumerable<float[]> Run() { yield return [1f, 2f, 3f]; }
            }

            [Node(Placement = NodePlacement.GpuPreferred)] public sealed partial class Double
            {
                [Process]
                public float[] Run(float[] values, GraphicsDevice device)
                {
                    using var buffer = device.AllocateReadWriteBuffer<float>(values);
                    device.Dispatch(new DoubleShader(buffer), buffer.Length);
                    return buffer.ToArray();
                }
            }

            [Node] public sealed partial class Total
            {
                public float Value { get; private set; }
                [Process] public void Add(float[] values) => Value += values.Sum();
            }

            [ThreadGroupSize(64)]
            public readonly partial struct DoubleShader(ReadWriteBuffer<float> data) : IComputeShader
            {
                private readonly ReadWriteBuffer<float> _data = data;
                public void Execute() => _data[ThreadIds.X] = _data[ThreadIds.X] * 2f;
            }

            [Graph] public sealed partial class OnDevice
            {
                static void Define(GraphBuilder g)
                {
                    var count = g.Add(new Count());
                    var twice = g.Add(new Double());
                    var total = g.Add(new Total());
                    g.Connect(count.Output, twice.Values);
                    g.Connect(twice.Output, total.Values);
                }
            }
            """);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, "The consumer did not build:\n" + build.Output);
        var run = consumer.Run();

        Assert.True(run.ExitCode == 0, "The consumer failed:\n" + run.Output);
        Assert.Contains("segments: gpu0 GpuPreferred [twice]", run.Output);
        Assert.Contains("device: Cpu", run.Output);
        Assert.Contains("total: 12", run.Output);
    }

    [Fact]
    public void A_cycle_in_a_consumer_fails_its_build_with_DAE0001()
    {
        using var consumer = package.CreateConsumer("""
            using Daedalus;

            new Loop().Run();

            [Node] public sealed partial class Step
            {
                [Process] public int Run(int value) => value + 1;
            }

            [Graph] public sealed partial class Loop
            {
                static void Define(GraphBuilder g)
                {
                    var first = g.Add(new Step());
                    var second = g.Add(new Step());
                    g.Connect(first.Output, second.Value);
                    g.Connect(second.Output, first.Value);
                }
            }
            """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error DAE0001", build.Output);
        Assert.Contains("first → second → first", build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }
}
