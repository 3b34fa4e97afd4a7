using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.CodeFixes;

/// <summary>
/// DAE0100: adds <c>partial</c> to the reported type declaration and to every declaration that encloses
/// it, so the generator can add members to the <c>[Node]</c> or <c>[Graph]</c> class.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    /// <summary>The diagnostic this fix handles.</summary>
    public const string DiagnosticId = "DAE0100";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var declaration = root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        if (root is null || declaration is null || declaration.Identifier.Span != context.Span) return;

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null) return;

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{declaration.Identifier.ValueText}' partial",
                cancellation => MakePartial(context.Document, root, Targets(declaration, model, cancellation), cancellation),
                equivalenceKey: DiagnosticId),
            context.Diagnostics);
    }

    /// <summary>
    /// The reported declaration and its enclosing declarations; when the reported type is an enclosing one,
    /// also the [Node]/[Graph] classes inside it and the types between, so one fix makes the whole chain partial.
    /// </summary>
    private static List<TypeDeclarationSyntax> Targets(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellation)
    {
        var marked = declaration.DescendantNodes().OfType<TypeDeclarationSyntax>()
            .Where(inner => model.GetDeclaredSymbol(inner, cancellation) is { } symbol && IsNodeOrGraph(symbol))
            .SelectMany(inner => inner.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().TakeWhile(d => d != declaration));
        return declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
            .Concat(marked)
            .Distinct()
            .Where(d => !SyntaxEdits.HasPartial(d.Modifiers))
            .ToList();
    }

    private static bool IsNodeOrGraph(ISymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is "Daedalus.NodeAttribute" or "Daedalus.GraphAttribute");

    private static Task<Document> MakePartial(Document document, SyntaxNode root, List<TypeDeclarationSyntax> targets, CancellationToken cancellation)
    {
        var updated = root.ReplaceNodes(targets, (original, rewritten) =>
        {
            cancellation.ThrowIfCancellationRequested();
            var (modifiers, keyword) = SyntaxEdits.AddPartial(rewritten.Modifiers, rewritten.Keyword);
            return rewritten.WithModifiers(modifiers).WithKeyword(keyword);
        });
        return Task.FromResult(document.WithSyntaxRoot(updated));
    }
}
