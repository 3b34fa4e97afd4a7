using System.Collections.Immutable;
using Daedalus.Generators;
using Daedalus.Generators.Isolation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Daedalus.Analyzers.Tests.Infrastructure;

/// <summary>What a build of some test source produced: the compilation after the generator ran, and every diagnostic.</summary>
public sealed record BuildResult(
    Compilation Compilation,
    GeneratorDriverRunResult GeneratorRun,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilerDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics)
{
    /// <summary>
    /// Every warning and error, from the generator, the compiler and the analyzer, as a build would show them, and the
    /// Daedalus suggestions (Info, such as DAE0018), which an IDE shows.
    /// </summary>
    public IEnumerable<Diagnostic> Reported =>
        GeneratorDiagnostics.Concat(CompilerDiagnostics).Concat(AnalyzerDiagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || (d.Severity == DiagnosticSeverity.Info && d.Id.StartsWith("DAE", StringComparison.Ordinal)));
}

/// <summary>
/// Builds test source the way a user's build does: parse, run the Daedalus generator, compile, then run
/// the Daedalus analyzer on the compilation that includes the generated files.
/// </summary>
public static class TestCompilation
{
    public const string FilePath = "Test.cs";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The framework and the Daedalus libraries, as a consumer project references them.</summary>
    public static ImmutableArray<MetadataReference> MetadataReferences => References.Value;

    public static CSharpCompilationOptions Options { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>A source line that builds the case without Daedalus.Shaders, like a project that does not reference it.</summary>
    public const string WithoutShaders = "// built without Daedalus.Shaders";

    public static CSharpCompilation Create(string source, CSharpCompilationOptions? options = null) =>
        CSharpCompilation.Create(
            "TestAssembly",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, FilePath)],
            source.Contains(WithoutShaders, StringComparison.Ordinal)
                ? References.Value.RemoveAll(r => r.Display == typeof(Daedalus.Shaders.GraphicsDevice).Assembly.Location)
                : References.Value,
            options ?? Options);

    /// <summary>
    /// A source line <c>// Daedalus fault: {stage} {class}</c> makes that stage of that class throw while the case
    /// builds, as a Daedalus bug would (see <see cref="TestFaults"/>): how DAE0999 cases reach the internal error.
    /// </summary>
    public const string FaultMarker = "// Daedalus fault: ";

    public static BuildResult Build(string source, CSharpCompilationOptions? options = null)
    {
        var fault = source.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith(FaultMarker, StringComparison.Ordinal));
        if (fault is null) return BuildWithoutFaults(source, options);
        var (stage, className) = fault[FaultMarker.Length..].Split(' ') is [var first, var second, ..] ? (first, second) : throw new FormatException(fault);
        TestFaults.Inject.Value = (at, name) =>
        {
            // With a trailing period, which the DAE0999 message must not double.
            if (at == stage && name == className) throw new InvalidOperationException($"injected {stage} fault in {className}.");
        };
        try
        {
            return BuildWithoutFaults(source, options);
        }
        finally
        {
            TestFaults.Inject.Value = null;
        }
    }

    private static BuildResult BuildWithoutFaults(string source, CSharpCompilationOptions? options)
    {
        var compilation = Create(source, options);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new DaedalusGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        // An exception in the analyzer becomes an AD0001 diagnostic, so "nothing else is reported" also means "no crash".
        var crashes = new List<Diagnostic>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Daedalus.Generators.Diagnostics.DaedalusAnalyzer());
        var withAnalyzers = output.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (_, _, diagnostic) => { lock (crashes) crashes.Add(diagnostic); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var analyzerDiagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new BuildResult(
            output,
            driver.GetRunResult(),
            generatorDiagnostics,
            output.GetDiagnostics(),
            analyzerDiagnostics.AddRange(crashes));
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var daedalus = new[]
        {
            typeof(Daedalus.NodeAttribute).Assembly.Location,
            typeof(Daedalus.Runtime.InvalidGraphException).Assembly.Location,
            typeof(Daedalus.Shaders.GraphicsDevice).Assembly.Location,
        };
        return platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Concat(daedalus)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
