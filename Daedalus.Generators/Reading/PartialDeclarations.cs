using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// DAE0100: the generator adds members to <c>[Node]</c> and <c>[Graph]</c> classes, which needs every
/// declaration of the class, and of each type enclosing it, to be <c>partial</c>. Shared by the generator
/// (which skips such types) and the analyzer (which reports them).
/// </summary>
internal static class PartialDeclarations
{
    /// <summary>Adds a problem for each declaration of <paramref name="type"/> or an enclosing type that lacks <c>partial</c>.</summary>
    /// <param name="role">How the type is marked, for the message: <c>[Node]</c> or <c>[Graph]</c>.</param>
    public static void Check(INamedTypeSymbol type, string role, List<Problem> problems)
    {
        foreach (var declaration in NonPartialDeclarations(type))
        {
            problems.Add(new Problem("DAE0100",
                $"{role} class '{type.Name}' must be partial so the generator can add its members: declare it 'partial class {type.Name}'",
                LocationInfo.From(declaration.Identifier.GetLocation())));
        }
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            foreach (var declaration in NonPartialDeclarations(outer))
            {
                problems.Add(new Problem("DAE0100",
                    $"Type '{outer.Name}' must be partial because it contains the {role} class '{type.Name}', and the generated members are declared inside it",
                    LocationInfo.From(declaration.Identifier.GetLocation())));
            }
        }
    }

    /// <summary>Whether the type and all enclosing types are partial everywhere they are declared in source.</summary>
    public static bool AllPartial(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (NonPartialDeclarations(current).Any()) return false;
        }
        return true;
    }

    public static bool IsPartial(TypeDeclarationSyntax declaration) =>
        declaration.Modifiers.Any(m => m.ValueText == "partial");

    private static IEnumerable<TypeDeclarationSyntax> NonPartialDeclarations(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax())
            .OfType<TypeDeclarationSyntax>()
            .Where(d => !IsPartial(d));
}
