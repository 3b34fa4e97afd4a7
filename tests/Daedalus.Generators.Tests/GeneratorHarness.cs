using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Generators.Tests;

/// <summary>Compiles test sources against the Daedalus libraries and runs the generator over them.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly string RuntimeAssembly = Path.GetFileName(typeof(Runtime.FifoQueue<>).Assembly.Location);

    private static readonly ImmutableArray<MetadataReference> AbstractionsOnly =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) != RuntimeAssembly)
            .Append(typeof(GraphBuilder).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private static readonly ImmutableArray<MetadataReference> References =
        AbstractionsOnly.Add(MetadataReference.CreateFromFile(typeof(Runtime.FifoQueue<>).Assembly.Location));

    public static CSharpCompilation Compile(params string[] sources) => Compile(References, sources);

    /// <summary>A project that also references Daedalus.Shaders, as graphs with GPU segments need.</summary>
    public static CSharpCompilation CompileWithShaders(params string[] sources) =>
        Compile(References.Add(MetadataReference.CreateFromFile(typeof(global::Daedalus.Shaders.GraphicsDevice).Assembly.Location)), sources);

    /// <summary>A project that references Daedalus.Abstractions but not Daedalus.Runtime.</summary>
    public static CSharpCompilation CompileWithoutRuntime(params string[] sources) => Compile(AbstractionsOnly, sources);

    private static CSharpCompilation Compile(ImmutableArray<MetadataReference> references, string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new DaedalusGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; fails if it threw. Returns the generated files and the output compilation.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params string[] sources) => Run(Compile(sources));

    /// <summary>Runs the generator over <paramref name="input"/>; fails if it threw.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(CSharpCompilation input)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(diagnostics);
        return (result, output);
    }

    public static void AssertNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The generated code does not compile:\n" + string.Join("\n", errors));
    }
}
