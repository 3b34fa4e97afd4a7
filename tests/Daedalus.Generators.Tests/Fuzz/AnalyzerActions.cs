using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Daedalus.Generators.Tests.Fuzz;

/// <summary>
/// Runs an analyzer's syntax node actions on class and record declarations, and its compilation-start actions'
/// invocation actions on every invocation, directly, as Roslyn's analyzer driver would call them, and checks what they report the way the driver does (a supported ID, a location in the
/// compilation). It binds only what the actions ask for, where <c>CompilationWithAnalyzers</c> binds every
/// method body of the tree first: that makes thousands of fuzz builds fit in a test run.
/// </summary>
internal sealed class AnalyzerActions : AnalysisContext
{
    private readonly DiagnosticAnalyzer _analyzer;
    private static readonly SyntaxKind[] TypeKinds = [SyntaxKind.ClassDeclaration, SyntaxKind.RecordDeclaration];
    private readonly List<Action<SyntaxNodeAnalysisContext>> _classActions = [];
    private readonly List<Action<CompilationStartAnalysisContext>> _compilationStartActions = [];

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

        RunInvocationActions(compilation, tree, model, Report, problems);
        foreach (var node in tree.GetRoot().DescendantNodes().Where(n => TypeKinds.Any(n.IsKind)))
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

    /// <summary>Starts the compilation-start actions on <paramref name="compilation"/> and runs the invocation actions they register on every invocation of <paramref name="tree"/>.</summary>
    private void RunInvocationActions(Compilation compilation, SyntaxTree tree, SemanticModel model, Action<Diagnostic> report, List<string> problems)
    {
        var start = new CompilationStart(compilation);
        foreach (var action in _compilationStartActions) action(start);
        if (start.InvocationActions.Count == 0) return;
        foreach (var syntax in tree.GetRoot().DescendantNodes().Where(n => n.IsKind(SyntaxKind.InvocationExpression)))
        {
            if (model.GetOperation(syntax) is not IInvocationOperation invocation) continue;
            var container = model.GetEnclosingSymbol(syntax.SpanStart) ?? compilation.Assembly;
            foreach (var action in start.InvocationActions)
            {
                try
                {
#pragma warning disable CS0618 // As above: the driver is what this class avoids.
                    action(new OperationAnalysisContext(invocation, container, compilation, new AnalyzerOptions([]), report, _ => true, CancellationToken.None));
#pragma warning restore CS0618
                }
                catch (Exception exception)
                {
                    problems.Add($"analyzer threw (AD0001) on '{syntax.ToString().Split('\n')[0].Trim()}': {exception}");
                }
            }
        }
    }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
        if (syntaxKinds.Cast<SyntaxKind>().Any(kind => !TypeKinds.Contains(kind))) throw new NotSupportedException("Only class and record declaration actions are run.");
        _classActions.Add(action);
    }

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }

    public override void EnableConcurrentExecution() { }

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => _compilationStartActions.Add(action);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

    /// <summary>The analyzer registered an action this runner does not run: extend it rather than test less.</summary>
    private static NotSupportedException Unsupported() => new("The fuzz runner runs only syntax node actions on class and record declarations, and invocation operation actions.");

    /// <summary>What a compilation-start action sees: it may register invocation operation actions, nothing else.</summary>
    private sealed class CompilationStart(Compilation compilation) : CompilationStartAnalysisContext(compilation, new AnalyzerOptions([]), CancellationToken.None)
    {
        public List<Action<OperationAnalysisContext>> InvocationActions { get; } = [];

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            if (operationKinds.Any(kind => kind != OperationKind.Invocation)) throw Unsupported();
            InvocationActions.Add(action);
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }
}
