using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>Reads <c>[Graph(DefaultCapacity = n)]</c>: the capacity of the edges connected without a policy.</summary>
internal static class GraphDefaults
{
    /// <summary>Mirrors <c>Edge.DefaultCapacity</c>.</summary>
    public const int Capacity = 1024;

    private const string Property = "DefaultCapacity";

    /// <summary>The graph's default edge capacity; a non-positive one is DAE0017, and the graph then keeps the default.</summary>
    public static int ReadCapacity(INamedTypeSymbol graph, List<Problem> problems)
    {
        foreach (var attribute in graph.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type || !Names.IsNamed(type, Names.GraphAttribute)) continue;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key != Property || named.Value.Value is not int capacity) continue;
                if (capacity > 0) return capacity;
                problems.Add(new Problem("DAE0017",
                    $"Graph '{graph.Name}' sets DefaultCapacity = {capacity}; the capacity of the edges connected without a policy must be positive (1,024 unless set)",
                    LocationInfo.From(Argument(attribute))));
            }
        }
        return Capacity;
    }

    private static SyntaxNode? Argument(AttributeData attribute)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
        return syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == Property) ?? (SyntaxNode?)syntax;
    }
}
