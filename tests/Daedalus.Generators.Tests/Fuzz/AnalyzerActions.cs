using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Daedalus.Generators.Tests.Fuzz;

/// <summary>
/// Runs an analyzer's syntax node actions on class declarations directly, as Roslyn's analyzer driver would
/// call them, and checks what they report the way the driver does (a supported ID, a location in the
/// compilation). It binds only what the actions ask for, where <c>CompilationWithAnalyzers</c> binds every
/// method body of the tree first: that makes thousands of fuzz builds fit in a test run.
/// </summary>
internal sealed class AnalyzerActions : AnalysisContext
{
    private readonly DiagnosticAnalyzer _analyzer;
    private readonly List<Action<SyntaxNodeAnalysisContext>> _classActions = [];

    public AnalyzerActions(DiagnosticAnalyzer analyzer)
    {
        _analyzer = analyzer;
        analyzer.Initialize(this);
    }

    /// <summary>Runs the actions on every class of <paramref name="tree"/>; returns each exception, or each diagnostic the driver would reject, as AD0001 would describe it.</summary>
    public List<string> Run(Compilation compilation, SyntaxTree tree, Func<Diagnostic, string?> describeCrash)
    {
        var problems = new List<string>();
        var model = compilation.GetSemanticModel(tree);
        var supported = _analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        void Report(Diagnostic diagnostic)
        {
            if (!supported.Contains(diagnostic.Id)) problems.Add($"analyzer reported unsupported {diagnostic}");
            else if (diagnostic.Location.IsInSource && !compilation.ContainsSyntaxTree(diagnostic.Location.SourceTree)) problems.Add($"analyzer reported {diagnostic} in a tree outside the compilation");
            else if (describeCrash(diagnostic) is { } crash) problems.Add(crash);
        }

        foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n.IsKind(SyntaxKind.ClassDeclaration)))
        {
            foreach (var action in _classActions)
            {
                try
                {
#pragma warning disable CS0618 // The driver's way (CompilationWithAnalyzers) is what this class avoids, for speed.
                    action(new SyntaxNodeAnalysisContext(node, model, new AnalyzerOptions([]), Report, _ => true, CancellationToken.None));
#pragma warning restore CS0618
                }
                catch (Exception exception)
                {
                    problems.Add($"analyzer threw (AD0001) on '{node.ToString().Split('\n')[0].Trim()}': {exception}");
                }
            }
        }
        return problems;
    }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
        if (syntaxKinds.Cast<SyntaxKind>().Any(kind => kind != SyntaxKind.ClassDeclaration)) throw new NotSupportedException("Only class declaration actions are run.");
        _classActions.Add(action);
    }

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }

    public override void EnableConcurrentExecution() { }

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => throw Unsupported();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

    /// <summary>The analyzer registered an action this runner does not run: extend it rather than test less.</summary>
    private static NotSupportedException Unsupported() => new("The fuzz runner runs only syntax node actions on class declarations.");
}
