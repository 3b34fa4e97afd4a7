using Daedalus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Daedalus.Generators.Tests.Fuzz;

/// <summary>
/// Mutates one program's files and runs the Daedalus generator and analyzer on each mutant, as a build does,
/// collecting every sign that one of them threw: an exception on the generator's result, CS8784/CS8785,
/// AD0001 or an analyzer exception, and DAE0999 (the walls turn exceptions into it, so it means a bug too).
/// </summary>
internal sealed class FuzzRunner
{
    /// <summary>
    /// One mutant in this many also goes through Roslyn's own analyzer driver (<c>CompilationWithAnalyzers</c>, which
    /// binds every method body first, so it takes ten times longer), to check that the direct run stays faithful.
    /// </summary>
    public const int DriverEvery = 50;

    private readonly FuzzProgram _program;
    private readonly Compilation _baseline;
    private readonly GeneratorDriver _driver;
    private readonly AnalyzerActions _analyzer = new(new DaedalusAnalyzer());

    public FuzzRunner(FuzzProgram program)
    {
        _program = program;
        _baseline = FuzzReferences.Compile(program.Trees, program.WithShaders);
        // Each mutant runs incrementally against the baseline's run: parsing and unchanged files are shared.
        _driver = CSharpGeneratorDriver.Create(
                [new DaedalusGenerator().AsSourceGenerator()],
                parseOptions: GeneratorHarness.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(_baseline);
    }

    /// <summary>Builds the mutant of <paramref name="seed"/>; returns why it crashed Daedalus, or null.</summary>
    public async Task<string?> RunAsync(int seed)
    {
        var (tree, steps) = Mutate(seed);
        var mutant = _baseline.ReplaceSyntaxTree(_program.Trees.Single(t => t.FilePath == tree.FilePath), tree);
        var trees = _program.Trees.Select(t => t.FilePath == tree.FilePath ? tree : t).ToList();
        var crashes = new List<string>();

        var run = _driver.RunGeneratorsAndUpdateCompilation(mutant, out var output, out var generatorDiagnostics).GetRunResult();
        crashes.AddRange(run.Results.Where(r => r.Exception is not null).Select(r => "generator threw: " + r.Exception));
        crashes.AddRange(generatorDiagnostics.Select(d => Crash("generator", d)).OfType<string>());

        foreach (var source in trees) crashes.AddRange(_analyzer.Run(output, source, d => Crash("analyzer", d)));
        if (seed % DriverEvery == DriverEvery - 1) crashes.AddRange(await RunAnalyzerDriverAsync(output));

        return crashes.Count == 0 ? null : $"""
            Seed {seed} of {_program.Name} crashed Daedalus (rerun it alone with DAEDALUS_FUZZ_SEED={seed}).
            {string.Join(Environment.NewLine, crashes)}
            Mutations of {tree.FilePath}:
            {string.Join(Environment.NewLine, steps)}
            ---- mutant ----
            {tree}
            ----------------
            """;
    }

    /// <summary>The analyzer as the compiler runs it; an exception there is AD0001.</summary>
    private static async Task<List<string>> RunAnalyzerDriverAsync(Compilation output)
    {
        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => { lock (crashes) crashes.Add("analyzer threw (AD0001): " + exception); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await output.WithAnalyzers([new DaedalusAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        crashes.AddRange(diagnostics.Select(d => Crash("analyzer driver", d)).OfType<string>());
        return crashes;
    }

    /// <summary>1 to 3 mutations of one file (the program's first, its graph, half the time), each applied to the result of the one before.</summary>
    private (SyntaxTree Tree, List<string> Steps) Mutate(int seed)
    {
        var random = new Random(seed);
        var tree = _program.Trees[random.Next(2) == 0 ? 0 : random.Next(_program.Trees.Count)];
        var steps = new List<string>();
        // A file cut down to nothing has nothing left to mutate: give up after some tries.
        for (var (count, tries) = (1 + random.Next(3), 0); steps.Count < count && tries < 100; tries++)
        {
            var mutation = Mutations.All[random.Next(Mutations.All.Length)](tree.GetRoot(), random);
            if (mutation is null) continue;
            steps.Add(mutation.Description);
            // Parsing the changed text against the old tree reuses its unchanged nodes.
            tree = tree.WithChangedText(tree.GetText().WithChanges(mutation.Changes));
        }
        return (tree, steps);
    }

    private static string? Crash(string who, Diagnostic diagnostic) =>
        diagnostic.Id is "CS8784" or "CS8785" or "AD0001" or "DAE0999"
            ? $"{who}: {diagnostic}" + (diagnostic.Properties.TryGetValue("Exception", out var exception) ? Environment.NewLine + exception : "")
            : null;
}
