using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Whether a node expression (<c>g.Add(expression)</c>) can be copied into the generated constructor, which is in
/// the graph class, in another file: it may use the graph's static members and anything else in scope there, but
/// not the locals, parameters or local functions of <c>Define</c>, nor types visible only in the user's file.
/// </summary>
internal static class NodeExpression
{
    /// <param name="problem">
    /// Why not, or null when the reason is already reported elsewhere: a local or local function declared by another
    /// statement of <c>Define</c>, which is reported as not declarative (DAE0007) where it is declared.
    /// </param>
    public static bool CanBeCopied(ExpressionSyntax creation, SemanticModel model, GraphReader reader, out Problem? problem)
    {
        problem = null;
        foreach (var reference in creation.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(reference).Symbol;
            if (symbol is null) continue;
            if (symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction })
            {
                if (DeclaredWithin(symbol, creation)) continue;
                var name = reference.Identifier.ValueText;
                if (symbol is IParameterSymbol || reader.IsNodeLocal(name))
                {
                    problem = GraphReader.NotDeclarative(reference,
                        $"the node expression uses '{name}', {(symbol is IParameterSymbol ? "the builder parameter" : "a node")} of Define; use constants or static members of the graph class");
                }
                return false;
            }
            if (FileLocalType(symbol) is { } fileLocal)
            {
                problem = GraphReader.NotDeclarative(reference,
                    $"the node expression uses '{fileLocal.Name}', a file-local type that the generated code (in another file) cannot see; remove its 'file' modifier");
                return false;
            }
        }
        return true;
    }

    /// <summary>A lambda parameter, pattern variable or query range declared inside the expression itself.</summary>
    private static bool DeclaredWithin(ISymbol symbol, ExpressionSyntax creation) =>
        symbol.DeclaringSyntaxReferences.Length > 0
        && symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree == creation.SyntaxTree && creation.Span.Contains(r.Span));

    private static INamedTypeSymbol? FileLocalType(ISymbol symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal) return type;
        }
        return null;
    }
}
