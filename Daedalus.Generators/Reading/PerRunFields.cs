using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads a node's <c>[PerRun]</c> fields (DAE0019 for misuse). The generated reset repeats each initializer in a file of
/// its own, without the user's <c>using</c> directives, so only initializers that mean the same anywhere are accepted:
/// a literal, <c>default</c>, <c>new()</c> or <c>new T(...)</c> of the field's own declared type with literal arguments, and <c>[]</c>.
/// </summary>
internal static class PerRunFields
{
    public static EquatableArray<PerRunField> Read(INamedTypeSymbol type, List<Problem> problems)
    {
        var fields = new List<PerRunField>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!Names.HasAttribute(field, Names.PerRunAttribute)) continue;
            var location = LocationInfo.From(field.Locations.FirstOrDefault());
            if (field.IsConst || field.IsStatic || field.IsReadOnly)
            {
                var kind = field.IsConst ? "const" : field.IsStatic ? "static" : "readonly";
                problems.Add(new Problem("DAE0019",
                    $"[PerRun] field '{field.Name}' is {kind}; [PerRun] resets an instance field at the start of each run, so it must be a writable instance field",
                    location));
                continue;
            }
            var declarator = field.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().FirstOrDefault();
            var initializer = declarator?.Initializer?.Value;
            if (initializer is null)
            {
                fields.Add(new PerRunField(field.Name, "default"));
                continue;
            }
            if (Repeatable(initializer, (declarator!.Parent as VariableDeclarationSyntax)?.Type) is { } value)
            {
                fields.Add(new PerRunField(field.Name, value));
                continue;
            }
            problems.Add(new Problem("DAE0019",
                $"The initializer of [PerRun] field '{field.Name}' ('{initializer}') cannot be repeated by the generated reset; write a literal, default, new(), new T(...) of the field's type with literal arguments or [], or reset the field in an [Initialize] method instead",
                LocationInfo.From(initializer)));
        }
        return fields.ToEquatableArray();
    }

    /// <summary>The initializer as the reset writes it, or null when it may mean something else in the generated file.</summary>
    private static string? Repeatable(ExpressionSyntax initializer, TypeSyntax? fieldType) => initializer switch
    {
        _ when IsLiteral(initializer) => initializer.ToString(),
        DefaultExpressionSyntax or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression } => "default",
        ImplicitObjectCreationExpressionSyntax { Initializer: null } created when LiteralArguments(created.ArgumentList) => created.ToString(),
        ObjectCreationExpressionSyntax { Initializer: null } created
            when fieldType is not null && created.Type.ToString() == fieldType.ToString() && LiteralArguments(created.ArgumentList) =>
            "new" + (created.ArgumentList?.ToString() ?? "()"),
        CollectionExpressionSyntax { Elements.Count: 0 } => "[]",
        _ => null,
    };

    private static bool LiteralArguments(ArgumentListSyntax? arguments) =>
        arguments is null || arguments.Arguments.All(a => a.NameColon is null && a.RefKindKeyword.IsKind(SyntaxKind.None) && IsLiteral(a.Expression));

    private static bool IsLiteral(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => !literal.IsKind(SyntaxKind.DefaultLiteralExpression),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } } => true,
        ParenthesizedExpressionSyntax parenthesized => IsLiteral(parenthesized.Expression),
        _ => false,
    };
}
