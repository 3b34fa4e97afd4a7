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

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{declaration.Identifier.ValueText}' partial",
                cancellation => MakePartial(context.Document, root, declaration, cancellation),
                equivalenceKey: DiagnosticId),
            context.Diagnostics);
    }

    private static Task<Document> MakePartial(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, CancellationToken cancellation)
    {
        var targets = declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
            .Where(d => !SyntaxEdits.HasPartial(d.Modifiers))
            .ToList();
        var updated = root.ReplaceNodes(targets, (original, rewritten) =>
        {
            cancellation.ThrowIfCancellationRequested();
            var (modifiers, keyword) = SyntaxEdits.AddPartial(rewritten.Modifiers, rewritten.Keyword);
            return rewritten.WithModifiers(modifiers).WithKeyword(keyword);
        });
        return Task.FromResult(document.WithSyntaxRoot(updated));
    }
}
