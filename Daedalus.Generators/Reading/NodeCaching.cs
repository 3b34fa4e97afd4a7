using System.Linq;
using Daedalus.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>Reads <c>[Node(Cached = true)]</c>: whether durable runs may reuse the node's results across runs.</summary>
internal static class NodeCaching
{
    private const string Cached = "Cached";

    public static bool IsCached(INamedTypeSymbol type) =>
        Attribute(type) is { } attribute
        && attribute.NamedArguments.Any(argument => argument.Key == Cached && argument.Value.Value is true);

    /// <summary>The <c>Cached = ...</c> argument, or the class name when it cannot be found.</summary>
    public static LocationInfo? Where(INamedTypeSymbol type)
    {
        var argument = (Attribute(type)?.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == Cached);
        return argument is not null ? LocationInfo.From(argument) : LocationInfo.From(type.Locations.FirstOrDefault());
    }

    private static AttributeData? Attribute(INamedTypeSymbol type) =>
        type.OriginalDefinition.GetAttributes().FirstOrDefault(a => Names.IsNamed(a.AttributeClass, Names.NodeAttribute));
}
