using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>Which <c>[Node]</c> classes get generated members, so that graphs wire only those.</summary>
internal static class NodeDeclarations
{
    /// <summary>
    /// A node class declared in this compilation gets its <c>Ports</c> and adapter only when it and every type
    /// enclosing it are partial (DAE0100) and it is not static (DAE0106); a node from a referenced assembly was
    /// generated when that assembly was built.
    /// </summary>
    public static bool CanBeGenerated(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (!definition.Locations.Any(location => location.IsInSource)) return true;
        return !definition.IsStatic && definition.TypeKind == TypeKind.Class && PartialDeclarations.AllPartial(definition)
            && Unsupported(definition) is null;
    }

    /// <summary>
    /// DAE0109: a file-local class (or a class inside one) cannot be continued in the generated file, where the
    /// same name would declare another class.
    /// </summary>
    public static Problem? Unsupported(INamedTypeSymbol node) =>
        FileLocal(node) is { } local
            ? new Problem("DAE0109",
                $"[Node] '{node.Name}' cannot be generated: {(SymbolEqualityComparer.Default.Equals(local, node) ? "it is" : $"it is inside '{local.Name}', which is")} file-local, and its generated members are declared in another file; remove the 'file' modifier",
                LocationInfo.From(node.Locations.FirstOrDefault()))
            : null;

    /// <summary>The type itself or the innermost enclosing type that is declared with the <c>file</c> modifier.</summary>
    public static INamedTypeSymbol? FileLocal(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal) return current;
        }
        return null;
    }
}
