using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Daedalus.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Benchmarks;

/// <summary>
/// The source generator on a 1,000-node graph whose source text is written here: a chain of x+K stages
/// over ten node classes, every tenth edge bounded. Cold: a new compilation over pre-parsed trees and a
/// new driver. Cached: a driver that already ran, after an edit to an unrelated file (what the IDE does
/// on each keystroke elsewhere). Graph edit: the same driver after an edit inside <c>Define</c>.
/// Note: Roslyn re-runs a <c>ForAttributeWithMetadataName</c> transform for every file holding a matching
/// attribute whenever the compilation changes; only the outputs are compared and cached. So "cached"
/// still pays the graph reader's semantic pass over <c>Define</c>; emission is what is skipped.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("6 Generator")]
public class GeneratorBenchmarks
{
    private const int NodeClasses = 10;
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private ImmutableArray<MetadataReference> _references;
    private SyntaxTree _nodes = null!;
    private SyntaxTree _graph = null!;
    private SyntaxTree _graphEdited = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree _unrelatedEdited = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;

    public static long ItemsPerOperation => Sizes.GeneratorNodes;

    [GlobalSetup]
    public void Setup()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal));
        _references = platform
            .Append(typeof(GraphBuilder).Assembly.Location)
            .Append(typeof(Daedalus.Runtime.BoundedRing<>).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        _nodes = Parse(NodesSource(), "Nodes.cs");
        _graph = Parse(GraphSource(Sizes.GeneratorNodes, offset: 0), "Big.cs");
        _graphEdited = Parse(GraphSource(Sizes.GeneratorNodes, offset: 1), "Big.cs");
        _unrelated = Parse("namespace Gen; public static class Unrelated { public static int Value => 1; }", "Unrelated.cs");
        _unrelatedEdited = Parse("namespace Gen; public static class Unrelated { public static int Value => 2; }", "Unrelated.cs");
        _compilation = NewCompilation();
        _warmDriver = NewDriver(trackSteps: false).RunGenerators(_compilation);
        Verify();
    }

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private CSharpCompilation NewCompilation() => CSharpCompilation.Create(
        "Gen",
        [_nodes, _graph, _unrelated],
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static GeneratorDriver NewDriver(bool trackSteps) => CSharpGeneratorDriver.Create(
        [new DaedalusGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>The generator must produce a graph that compiles, and stay cached on an unrelated edit.</summary>
    private void Verify()
    {
        var run = _warmDriver.GetRunResult();
        if (run.Diagnostics.Length > 0 || run.Results.Any(r => r.Exception is not null))
            throw new InvalidOperationException("The generator failed on the benchmark graph: " + string.Join("; ", run.Diagnostics));
        if (!run.GeneratedTrees.Any(t => t.FilePath.EndsWith("Big.Graph.g.cs", StringComparison.Ordinal)))
            throw new InvalidOperationException("The generator emitted no graph for the benchmark graph.");
        var errors = _compilation.AddSyntaxTrees(run.GeneratedTrees).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("The generated benchmark graph does not compile: " + string.Join("; ", errors));

        var tracked = NewDriver(trackSteps: true).RunGenerators(_compilation)
            .RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited)).GetRunResult().Results[0];
        var graphSteps = tracked.TrackedSteps[DaedalusGenerator.Steps.Graphs];
        if (graphSteps.SelectMany(s => s.Outputs).Any(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
            throw new InvalidOperationException("An unrelated edit re-ran the graph step: the cached benchmark would measure a cold run.");
    }

    [Benchmark(Baseline = true, Description = "Cold: new compilation + new driver")]
    public GeneratorDriver Cold() => NewDriver(trackSteps: false).RunGenerators(NewCompilation());

    [Benchmark(Description = "Cached: same compilation again")]
    public GeneratorDriver CachedNoEdit() => _warmDriver.RunGenerators(_compilation);

    [Benchmark(Description = "Cached: unrelated file edited")]
    public GeneratorDriver CachedUnrelatedEdit() =>
        _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited));

    [Benchmark(Description = "Incremental: Define edited")]
    public GeneratorDriver GraphEdit() =>
        _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_graph, _graphEdited));

    private static string NodesSource()
    {
        var text = new StringBuilder();
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using Daedalus;");
        text.AppendLine("namespace Gen;");
        text.AppendLine("[Node] public sealed partial class Source { public long Count { get; init; } [Process] public IEnumerable<long> Values() { for (long i = 0; i < Count; i++) yield return i; } }");
        text.AppendLine("[Node] public sealed partial class Sink { public long Sum; [Process] public void Add(long value) => Sum += value; }");
        for (var c = 0; c < NodeClasses; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[Node] public sealed partial class Stage{c} {{ public long K {{ get; init; }} [Process] public long Apply(long value) => value * {c + 1} + K; }}").AppendLine();
        }
        return text.ToString();
    }

    private static string GraphSource(int nodes, int offset)
    {
        var text = new StringBuilder();
        text.AppendLine("using Daedalus;");
        text.AppendLine("namespace Gen;");
        text.AppendLine("[Graph] public sealed partial class Big");
        text.AppendLine("{");
        text.AppendLine("    static void Define(GraphBuilder g)");
        text.AppendLine("    {");
        text.AppendLine("        var n0 = g.Add(new Source { Count = 10 });");
        for (var i = 1; i < nodes; i++)
        {
            var node = i == nodes - 1 ? "Sink()" : $"Stage{i % NodeClasses} {{ K = {i + offset} }}";
            var policy = i % 10 == 0 ? ", Edge.Bounded(64)" : "";
            text.Append(CultureInfo.InvariantCulture, $"        var n{i} = g.Add(new {node});").AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"        g.Connect(n{i - 1}.Output, n{i}.Value{policy});").AppendLine();
        }
        text.AppendLine("    }");
        text.AppendLine("}");
        return text.ToString();
    }
}
