extern alias generators;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ShaderAnalyzer = generators::Daedalus.Generators.Shaders.ShaderAnalyzer;
using ShaderGenerator = generators::Daedalus.Generators.Shaders.ShaderGenerator;

namespace Daedalus.Shaders.Tests;

/// <summary>One case per DAE1xxx id: the analyzer reports it, at the offending code, and the generator does not throw.</summary>
public sealed class DiagnosticTests
{
    private const string Header = """
        using System;
        using System.Linq;
        using Daedalus.Shaders;
        namespace Sample;
        """;

    private static string Shader(string body, string members = "", string declaration = "readonly partial struct", string attribute = "[ThreadGroupSize(64)]") => $$"""
        {{Header}}
        {{attribute}}
        public {{declaration}} S : IComputeShader
        {
            private readonly ReadWriteBuffer<int> _data;
            {{members}}
            public void Execute()
            {
                {{body}}
            }
        }
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "DAE1001", Shader("_data[0] = 1;", declaration: "partial struct"), "S" },
        { "DAE1002", Shader("_data[0] = 1;", attribute: "[ThreadGroupSize(2048)]"), "ThreadGroupSize(2048)" },
        { "DAE1003", Shader("_data[0] = 1;", members: "private readonly double _scale;"), "_scale" },
        { "DAE1004", Shader("try { _data[0] = 1; } catch { }"), "try" },
        { "DAE1005", Shader("foreach (var i in new int[0]) { }"), "foreach" },
        { "DAE1006", Shader("lock (typeof(S)) { _data[0] = 1; }"), "lock" },
        { "DAE1007", Shader("_data[0] = Twice();", members: "private static int Twice() { yield return 1; }"), "yield" },
        { "DAE1008", Shader("var q = from x in new[] { 1 } select x;"), "from" },
        { "DAE1009", Shader("string s = \"text\"; _data[0] = s.Length;"), "string" },
        { "DAE1010", Shader("_data[0] = Fact(5);", members: "private static int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);"), "Fact" },
        { "DAE1011", Shader("_data[0] = Environment.ProcessorCount + Console.Read();"), "Console.Read" },
        { "DAE1012", Shader("switch (_data[0]) { case 1: break; }"), "switch" },
        { "DAE1013", Shader("_data[0] = 1;", members: "private readonly ReadWriteBuffer<float3> _points;"), "_points" },
        { "DAE1014", Shader("Hlsl.GroupMemoryBarrierWithGroupSync();"), "Hlsl.GroupMemoryBarrierWithGroupSync" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Analyzer_reports_each_id(string id, string source, string fragment)
    {
        var diagnostics = await Analyze(source);
        var match = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(match.Count > 0, $"{id} not reported. Got: {string.Join("; ", diagnostics)}");
        var span = match[0].Location.SourceSpan;
        var tree = match[0].Location.SourceTree!;
        var text = tree.GetText().ToString(span);
        Assert.Contains(fragment.Split('.')[0], text);
        Assert.EndsWith($"docs/diagnostics/{id}.md", match[0].Descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        RunGenerator(source); // must not throw on bad input
    }

    [Fact]
    public async Task A_valid_shader_has_no_diagnostics()
    {
        var diagnostics = await Analyze(Shader("for (int i = 0; i < 4; i++) { _data[i] = Hlsl.Max(i, 2) + (int)MathF.Floor(1.5f); }"));
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("DAE", StringComparison.Ordinal)));
        var (output, generatorDiagnostics) = RunGenerator(Shader("_data[ThreadIds.X] = 1;"));
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(2, output.SyntaxTrees.Count());
    }

    [Fact]
    public void Shaders_whose_names_differ_only_in_case_get_a_file_each()
    {
        const string Body = "{ private readonly ReadWriteBuffer<int> _data; public void Execute() => _data[ThreadIds.X] = 1; }";
        var (output, diagnostics) = RunGenerator($$"""
            {{Header}}
            [ThreadGroupSize(64)] public readonly partial struct Scale : IComputeShader {{Body}}
            [ThreadGroupSize(64)] public readonly partial struct SCALE : IComputeShader {{Body}}
            public partial class Outer { [ThreadGroupSize(64)] public readonly partial struct Scale : IComputeShader {{Body}} }
            """);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(4, output.SyntaxTrees.Count());
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    internal static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create("Sample",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Sample.cs")],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source)
    {
        var compilation = Compile(source);
        var analyzers = compilation.WithAnalyzers([new ShaderAnalyzer()]);
        return await analyzers.GetAnalyzerDiagnosticsAsync();
    }

    internal static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) RunGenerator(string source)
    {
        var driver = CSharpGeneratorDriver.Create([new ShaderGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(Compile(source), out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private static IEnumerable<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        foreach (var path in trusted) yield return MetadataReference.CreateFromFile(path);
        yield return MetadataReference.CreateFromFile(typeof(IComputeShader).Assembly.Location);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Daedalus.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Daedalus.sln not found above " + AppContext.BaseDirectory);
    }
}
