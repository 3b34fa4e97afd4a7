using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Diagnostics;

/// <summary>
/// DAE0018 (a suggestion): a node field that the <c>[Process]</c> method assigns (<c>=</c>, a compound assignment,
/// <c>++</c>/<c>--</c>, <c>ref</c>/<c>out</c>) carries its value over to the next run of the same instance unless it is
/// <c>[PerRun]</c> or an <c>[Initialize]</c> method assigns it. Only the bodies of those methods are read: a field only
/// read, or written elsewhere (a constructor, a helper), is not reported.
/// </summary>
internal static class CarriedOverFields
{
    public static void Check(INamedTypeSymbol type, Compilation compilation, List<Problem> problems)
    {
        var methods = type.GetMembers().OfType<IMethodSymbol>().ToList();
        var process = methods.Where(m => Names.HasAttribute(m, Names.ProcessAttribute)).ToList();
        if (process.Count != 1) return;
        var written = WrittenFields(process[0], type, compilation);
        if (written.Count == 0) return;
        foreach (var initialize in methods.Where(m => Names.HasAttribute(m, Names.InitializeAttribute)))
            written.ExceptWith(WrittenFields(initialize, type, compilation));
        foreach (var field in written.OrderBy(f => f.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
        {
            if (Names.HasAttribute(field, Names.PerRunAttribute)) continue;
            problems.Add(new Problem("DAE0018",
                $"'{field.Name}' carries over to the next run of the same instance; mark it [PerRun] or reset it in [Initialize]",
                LocationInfo.From(field.Locations.FirstOrDefault())));
        }
    }

    private static HashSet<IFieldSymbol> WrittenFields(IMethodSymbol method, INamedTypeSymbol type, Compilation compilation)
    {
        var fields = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var body = reference.GetSyntax();
            var model = compilation.GetSemanticModel(body.SyntaxTree);
            foreach (var target in Targets(body))
            {
                if (model.GetSymbolInfo(target).Symbol is IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field
                    && SymbolEqualityComparer.Default.Equals(field.ContainingType.OriginalDefinition, type.OriginalDefinition)
                    && field.Locations.Any(l => l.IsInSource))
                {
                    fields.Add(field.OriginalDefinition);
                }
            }
        }
        return fields;
    }

    /// <summary>The expressions a method body writes to.</summary>
    private static IEnumerable<ExpressionSyntax> Targets(SyntaxNode body)
    {
        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment:
                    yield return assignment.Left;
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix:
                    yield return prefix.Operand;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix:
                    yield return postfix.Operand;
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument:
                    yield return argument.Expression;
                    break;
            }
        }
    }
}
