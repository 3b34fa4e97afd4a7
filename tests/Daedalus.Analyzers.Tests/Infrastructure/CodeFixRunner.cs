using System.Collections.Immutable;
using Daedalus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Daedalus.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies a code fix the way the IDE does: a document in an <see cref="AdhocWorkspace"/>, the analyzer's
/// diagnostic, the fix's first code action, and the text of the changed document.
/// </summary>
public static class CodeFixRunner
{
    /// <summary>The titles of the actions offered for the first <paramref name="id"/> diagnostic in <paramref name="source"/>.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(string source, CodeFixProvider fix, string id)
    {
        var (document, diagnostic) = await DiagnosticAsync(source, id);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>Applies the single action offered for the first <paramref name="id"/> diagnostic; returns the new source.</summary>
    public static async Task<string> ApplyAsync(string source, CodeFixProvider fix, string id)
    {
        var (document, diagnostic) = await DiagnosticAsync(source, id);
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        var text = await changed.GetDocument(document.Id)!.GetTextAsync();
        return text.ToString();
    }

    private static async Task<(Document, Diagnostic)> DiagnosticAsync(string source, string id)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Test", "Test", LanguageNames.CSharp,
            compilationOptions: TestCompilation.Options,
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestCompilation.MetadataReferences));
        var document = workspace.AddDocument(project.Id, TestCompilation.FilePath, SourceText.From(source));

        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DaedalusAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).First();
        return (document, diagnostic);
    }
}
