using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// The name of a type's generated file. Roslyn requires hint names to be unique within a generator, compared
/// ignoring case, and made of identifier characters and <c>.,-_ ()[]{}+`</c>; a duplicate or another
/// character throws, and the whole generator fails with it.
/// </summary>
/// <remarks>
/// The name is the type's CLR name: namespace, <c>+</c> before a nested type, <c>`</c> and the arity after a
/// generic one (<c>Shapes.Outer`1+Box`1</c>), which tells apart any two types of one compilation, including
/// <c>Box&lt;T&gt;</c> and <c>Box_1</c>, or a nested type and a namespace of the same dotted name. What the
/// ignore-case comparison would merge is told apart by a number: a namespace or type with a source-declared
/// sibling whose name differs only in case gets <c>(2)</c>, <c>(3)</c>... in ordinal order of the names (the
/// first keeps its name). A character Roslyn rejects (a lone surrogate) is written as its code, <c>[D835]</c>.
/// </remarks>
internal static class HintNames
{
    public static string For(INamedTypeSymbol type)
    {
        var types = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType) types.Insert(0, current);
        var namespaces = new List<INamespaceSymbol>();
        for (var ns = types[0].ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace) namespaces.Insert(0, ns);

        var name = new StringBuilder();
        foreach (var ns in namespaces)
        {
            Append(name, ns.Name, Twins(ns.ContainingNamespace.GetNamespaceMembers(), ns.Name));
            name.Append('.');
        }
        for (var i = 0; i < types.Count; i++)
        {
            if (i > 0) name.Append('+');
            var siblings = i == 0 ? types[0].ContainingNamespace.GetTypeMembers() : types[i - 1].GetTypeMembers();
            Append(name, types[i].MetadataName, Twins(siblings, types[i].MetadataName));
        }
        return name.ToString();
    }

    /// <summary>
    /// The 1-based rank of <paramref name="name"/> among the distinct names of source-declared
    /// <paramref name="siblings"/> that equal it ignoring case (1 when it has no such twin).
    /// </summary>
    private static int Twins(IEnumerable<INamespaceOrTypeSymbol> siblings, string name)
    {
        var twins = siblings
            .Where(s => string.Equals(NameOf(s), name, System.StringComparison.OrdinalIgnoreCase) && s.Locations.Any(l => l.IsInSource))
            .Select(NameOf)
            .Append(name)
            .Distinct(System.StringComparer.Ordinal)
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();
        return twins.IndexOf(name) + 1;
    }

    private static string NameOf(INamespaceOrTypeSymbol symbol) => symbol is INamedTypeSymbol type ? type.MetadataName : symbol.Name;

    private static void Append(StringBuilder name, string segment, int rank)
    {
        foreach (var c in segment)
        {
            if (IsAllowed(c)) name.Append(c);
            else name.Append('[').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
        }
        if (rank > 1) name.Append('(').Append(rank.ToString(CultureInfo.InvariantCulture)).Append(')');
    }

    /// <summary>What Roslyn accepts in a hint name, less <c>[</c>, <c>]</c>, <c>(</c>, <c>)</c>, <c>+</c> and <c>.</c>, which this name uses as separators.</summary>
    private static bool IsAllowed(char c) => c == '_' || c == '`' || IsIdentifierPart(c);

    /// <summary>Roslyn's identifier-part test, one UTF-16 unit at a time (a surrogate is not one).</summary>
    private static bool IsIdentifierPart(char c)
    {
        if (c < 128) return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.Format:
                return true;
            default:
                return false;
        }
    }
}
