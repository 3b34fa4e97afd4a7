using Daedalus.Analyzers.Tests.Infrastructure;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Daedalus.Analyzers.Tests;

/// <summary>Messages, configuration and the catalogue as a whole.</summary>
public sealed class AnalyzerBehaviourTests
{
    [Fact]
    public void A_cycle_message_lists_the_whole_cycle()
    {
        var (source, _) = Markup.Parse(DiagnosticCases.All["DAE0001 cycle"]);

        var cycle = Assert.Single(TestCompilation.Build(source).AnalyzerDiagnostics);

        Assert.Equal("DAE0001", cycle.Id);
        Assert.Contains("a → b → c → a", cycle.GetMessage());
    }

    [Fact]
    public void A_cycle_message_starts_at_its_first_declared_node_and_leaves_out_what_it_feeds()
    {
        var (source, _) = Markup.Parse(DiagnosticCases.All["DAE0001 cycle feeding a node declared before it"]);

        var cycle = Assert.Single(TestCompilation.Build(source).AnalyzerDiagnostics);

        Assert.Equal("DAE0001", cycle.Id);
        Assert.Contains("has a cycle: a → b → a;", cycle.GetMessage());
    }

    [Fact]
    public void A_valid_program_reports_nothing()
    {
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var twice = g.Add(new Twice());
                    var split = g.Add(new Split());
                    var evens = g.Add(new Sum());
                    var odds = g.Add(new Sum());
                    g.Connect(numbers.Output, twice.Value);
                    g.Connect(twice.Output, split.Value, Edge.Bounded(4, Overflow.DropOldest));
                    g.Connect(split.Even, evens.Value);
                    g.Connect(split.Odd, odds.Value, Edge.Latest);
            """);

        Assert.Empty(TestCompilation.Build(source).Reported);
    }

    [Fact]
    public void A_gpu_segment_with_device_parameters_reports_nothing()
    {
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var upload = g.Add(new Upload());
                    var twice = g.Add(new TwiceOnDevice());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, upload.Value);
                    g.Connect(upload.Output, twice.Buffer);
                    g.Connect(twice.Output, sum.Value);
            """) + """

            [Node(Placement = NodePlacement.GpuPreferred)]
            public sealed partial class Upload
            {
                [Initialize] public void Start(Daedalus.Shaders.GraphicsDevice device) { }
                [Process] public Daedalus.Shaders.ReadWriteBuffer<int> Run(int value, Daedalus.Shaders.GraphicsDevice device) => device.AllocateReadWriteBuffer<int>(new[] { value });
            }

            [Node(Placement = NodePlacement.GpuRequired)]
            public sealed partial class TwiceOnDevice
            {
                [Process] public int Run(Daedalus.Shaders.ReadWriteBuffer<int> buffer) => buffer.ToArray()[0] * 2;
            }
            """;

        Assert.Empty(TestCompilation.Build(source).Reported);
    }

    [Fact]
    public void A_type_declared_in_several_parts_is_reported_once()
    {
        var source = DiagnosticCases.Node("""
            [Node]
            public sealed partial class Idle { }

            public sealed partial class Idle { public int Run(int value) => value; }
            """);

        var diagnostic = Assert.Single(TestCompilation.Build(source).AnalyzerDiagnostics);
        Assert.Equal("DAE0101", diagnostic.Id);
    }

    [Fact]
    public void Severity_can_be_changed_like_any_rule()
    {
        // What `dotnet_diagnostic.DAE0004.severity = none` and `= error` in .editorconfig turn into.
        var (source, _) = Markup.Parse(DiagnosticCases.All["DAE0004 node never connected"]);
        var options = TestCompilation.Options;

        var silenced = TestCompilation.Build(source, options.WithSpecificDiagnosticOptions([new("DAE0004", ReportDiagnostic.Suppress)]));
        var raised = TestCompilation.Build(source, options.WithSpecificDiagnosticOptions([new("DAE0004", ReportDiagnostic.Error)]));

        Assert.Empty(silenced.Reported);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(raised.Reported).Severity);
    }

    [Fact]
    public void Descriptor_severities_agree_with_the_graph_analysis()
    {
        // The generator treats a graph with only warnings as valid; the analyzer must call the same IDs warnings.
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Equal(Severity.IsWarning(descriptor.Id), descriptor.DefaultSeverity == DiagnosticSeverity.Warning);
        }
    }

    [Fact]
    public void Every_reported_id_has_a_test_case_a_doc_page_and_a_release_entry()
    {
        var root = RepositoryRoot();
        var unshipped = File.ReadAllText(Path.Combine(root, "Daedalus.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Contains(DiagnosticCases.All.Keys, name => name.StartsWith(descriptor.Id + " ", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md")), $"docs/diagnostics/{descriptor.Id}.md is missing");
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, unshipped);
        }
    }

    [Fact]
    public void Compiler_reported_problems_are_not_repeated()
    {
        // g.Add of something that is not a node: the compiler's CS0411 says it; DAE0009 stays internal.
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    var text = g.Add(new System.Text.StringBuilder());
                    g.Connect(numbers.Output, sum.Value);
            """);

        var build = TestCompilation.Build(source);

        Assert.Empty(build.AnalyzerDiagnostics);
        Assert.Contains(build.CompilerDiagnostics, d => d.Id == "CS0411");
        Assert.DoesNotContain(Descriptors.All, d => Descriptors.ReportedByCompiler.Contains(d.Id));
    }

    [Fact]
    public void An_exception_while_reading_names_the_graph_and_the_exception_and_asks_for_a_report()
    {
        var (source, _) = Markup.Parse(DiagnosticCases.All["DAE0999 exception while reading a graph"]);

        var error = Assert.Single(TestCompilation.Build(source).Reported);

        Assert.Equal("DAE0999", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith("Daedalus failed while reading graph 'Pipeline': InvalidOperationException (in TestFaults.At): injected read fault in Pipeline. ", error.GetMessage());
        Assert.EndsWith("Please report it, with the code that triggers it, at https://github.com/daedalus-dataflow/daedalus/issues", error.GetMessage());
        // The whole exception, for the report: SARIF logs write it as a custom property.
        Assert.StartsWith("System.InvalidOperationException: injected read fault in Pipeline", error.Properties["Exception"]);
        Assert.Contains("at Daedalus.Generators.Isolation.TestFaults.At(", error.Properties["Exception"]);
    }

    [Fact]
    public void A_node_that_fails_to_read_is_reported_once_on_the_node_not_on_each_graph_using_it()
    {
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var twice = g.Add(new Twice());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, twice.Value);
                    g.Connect(twice.Output, sum.Value);
            """) + "\n" + TestCompilation.FaultMarker + "read Twice";

        var build = TestCompilation.Build(source);

        var error = Assert.Single(build.Reported, d => d.Id.StartsWith("DAE", StringComparison.Ordinal));
        Assert.Equal("DAE0999", error.Id);
        Assert.Equal("Twice", build.Compilation.SyntaxTrees.First().GetText().ToString(error.Location.SourceSpan));
        // The node's ports are unknown, so the compiler rejects the lines that use them, and nothing else.
        Assert.All(build.Reported.Where(d => d.Id != "DAE0999"), d => Assert.Equal("CS1061", d.Id));
    }

    [Fact]
    public void A_generic_node_that_fails_to_read_only_as_used_in_a_graph_is_reported_on_the_graph()
    {
        // The class Echo<T> reads fine, so nothing is reported on it; the graph's Echo<int> is where it fails.
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var echo = g.Add(new Echo<int>());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, echo.Value);
                    g.Connect(echo.Output, sum.Value);
            """) + """

            [Node] public sealed partial class Echo<T> { [Process] public T Run(T value) => value; }
            """ + "\n" + TestCompilation.FaultMarker + "read Echo<int>";

        var build = TestCompilation.Build(source);

        var error = Assert.Single(build.Reported);
        Assert.Equal("DAE0999", error.Id);
        Assert.Equal("Pipeline", build.Compilation.SyntaxTrees.First().GetText().ToString(error.Location.SourceSpan));
        Assert.StartsWith("Daedalus failed while reading graph 'Pipeline': InvalidOperationException (in TestFaults.At): injected read fault in Echo<int>.", error.GetMessage());
    }

    [Fact]
    public void An_exception_while_generating_is_reported_once_by_the_generator()
    {
        var source = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """) + "\n" + TestCompilation.FaultMarker + "emit Pipeline";

        var build = TestCompilation.Build(source);

        // Emitting happens only in the generator, so the analyzer cannot see it: the generator reports it.
        var error = Assert.Single(build.Reported);
        Assert.Equal("DAE0999", error.Id);
        Assert.Contains(error, build.GeneratorDiagnostics);
        Assert.StartsWith("Daedalus failed while generating graph 'Pipeline': InvalidOperationException", error.GetMessage());
        Assert.Contains("at Daedalus.Generators.Isolation.TestFaults.At(", error.Properties["Exception"]);
        Assert.Empty(build.AnalyzerDiagnostics);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Daedalus.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Daedalus.sln not found above " + AppContext.BaseDirectory);
    }
}
