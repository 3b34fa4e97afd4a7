using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>Where a type is declared: namespace, enclosing types and a file-name-safe hint.</summary>
internal static class Declarations
{
    public static string? Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;

    public static EquatableArray<ContainingType> Containers(INamedTypeSymbol type)
    {
        var containers = new List<ContainingType>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containers.Insert(0, new ContainingType(Keyword(outer), outer.Name + TypeParameters(outer)));
        }
        return containers.ToEquatableArray();
    }

    public static string TypeParameters(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";

    /// <summary>A unique name for the generated source of <paramref name="type"/> (see <see cref="HintNames"/>).</summary>
    public static string HintName(INamedTypeSymbol type) => HintNames.For(type);

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
