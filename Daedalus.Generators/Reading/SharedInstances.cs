using System.Collections.Generic;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// A node instance is one node of one graph. Two nodes of a definition are one instance when both node expressions
/// read the same static field (DAE0016); a caller of the generated constructor can pass one instance for two nodes
/// whose classes allow it, which the constructor checks.
/// </summary>
internal static class SharedInstances
{
    /// <summary>The static field a node expression reads, when it is nothing else: every read gives the same instance.</summary>
    public static ISymbol? Field(ExpressionSyntax creation, SemanticModel model)
    {
        var expression = creation;
        while (expression is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            expression = expression is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)expression).Operand;
        }
        return model.GetSymbolInfo(expression).Symbol is IFieldSymbol field ? field.OriginalDefinition : null;
    }

    /// <summary>
    /// Marks the nodes that a caller of the generated constructor could give one instance: two nodes whose declared
    /// types could be the type of one object (the same class, whatever its type arguments, or one derived from the other).
    /// </summary>
    public static void Mark(List<GraphNode> nodes, List<ITypeSymbol> types)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            for (var j = 0; j < nodes.Count; j++)
            {
                if (i == j || !CouldBeOneObject(types[i], types[j])) continue;
                nodes[i] = nodes[i] with { MayShareInstance = true };
                break;
            }
        }
    }

    /// <summary>Whether one class is the other or derives from it, type arguments aside (they may be type parameters).</summary>
    private static bool CouldBeOneObject(ITypeSymbol first, ITypeSymbol second) =>
        IsOrDerivesFrom(first, second) || IsOrDerivesFrom(second, first);

    private static bool IsOrDerivesFrom(ITypeSymbol type, ITypeSymbol ancestor)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ancestor.OriginalDefinition)) return true;
        }
        return false;
    }
}
