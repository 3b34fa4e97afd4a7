using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.CodeFixes;

/// <summary>
/// DAE0104, where the fix is clear: the port already has the right type (<c>InPort&lt;T&gt;</c> for
/// <c>[Input]</c>, <c>OutPort&lt;T&gt;</c> for <c>[Output]</c>) but is not partial, has a setter, an
/// initializer or a body. The fix turns it into <c>partial ... { get; }</c> for the generator to implement.
/// A wrong port type or a static port is left to the user: which port they meant is not clear.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(MakePortPartialCodeFix)), Shared]
public sealed class MakePortPartialCodeFix : CodeFixProvider
{
    /// <summary>The diagnostic this fix handles.</summary>
    public const string DiagnosticId = "DAE0104";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var property = root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault();
        if (root is null || property is null || property.Identifier.Span != context.Span) return;

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(property, context.CancellationToken) is not { } symbol || !HasMatchingPortType(symbol)) return;

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make port '{symbol.Name}' a partial get-only property",
                cancellation => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(property, Rewrite(property)))),
                equivalenceKey: DiagnosticId),
            context.Diagnostics);
    }

    private static bool HasMatchingPortType(IPropertySymbol property)
    {
        var attributes = property.GetAttributes().Select(a => a.AttributeClass?.ToDisplayString()).ToList();
        var isInput = attributes.Contains("Daedalus.InputAttribute");
        var isOutput = attributes.Contains("Daedalus.OutputAttribute");
        var type = property.Type.OriginalDefinition.ToDisplayString();
        return !property.IsStatic && isInput != isOutput
            && type == (isInput ? "Daedalus.InPort<T>" : "Daedalus.OutPort<T>");
    }

    private static PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property)
    {
        var getOnly = SyntaxFactory.AccessorList(SyntaxFactory.SingletonList(
                SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
                    .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))))
            .NormalizeWhitespace()
            .WithLeadingTrivia(SyntaxFactory.Space);
        var trailing = property.GetTrailingTrivia();
        var rewritten = property
            .WithExpressionBody(null)
            .WithInitializer(null)
            .WithSemicolonToken(default)
            .WithIdentifier(property.Identifier.WithTrailingTrivia(SyntaxTriviaList.Empty))
            .WithAccessorList(getOnly)
            .WithTrailingTrivia(trailing);
        if (SyntaxEdits.HasPartial(rewritten.Modifiers)) return rewritten;
        var (modifiers, type) = AddPartialBeforeType(rewritten);
        return rewritten.WithModifiers(modifiers).WithType(type);
    }

    private static (SyntaxTokenList, TypeSyntax) AddPartialBeforeType(PropertyDeclarationSyntax property)
    {
        var typeToken = property.Type.GetFirstToken();
        var (modifiers, moved) = SyntaxEdits.AddPartial(property.Modifiers, typeToken);
        return (modifiers, property.Type.ReplaceToken(typeToken, moved));
    }
}
