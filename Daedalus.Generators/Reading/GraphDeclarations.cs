using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// DAE0014: the generator adds a constructor, node properties, queues and run methods to a <c>[Graph]</c> class,
/// which needs an ordinary class declared where the generated file can continue it. Shared by the generator (which
/// emits no graph for such a type) and the analyzer.
/// </summary>
internal static class GraphDeclarations
{
    /// <summary>Why no graph can be generated into <paramref name="graph"/>, or null when one can.</summary>
    /// <remarks>A class that is both [Node] and [Graph] keeps its node half: graphs that add it still work.</remarks>
    public static Problem? Unsupported(INamedTypeSymbol graph)
    {
        var why =
            Names.HasAttribute(graph, Names.NodeAttribute) ? "it is also a [Node]; a class is a node or a graph, so move Define to a class of its own" :
            graph.IsStatic ? "it is static, but a graph is an object that holds its nodes and queues; remove 'static'" :
            graph.IsRecord ? "it is a record, whose copies (with expressions) would share the original's nodes and queues; declare it a class" :
            NodeDeclarations.FileLocal(graph) is { } local ? $"{(SymbolEqualityComparer.Default.Equals(local, graph) ? "it is" : $"it is inside '{local.Name}', which is")} file-local, and its generated members are declared in another file; remove the 'file' modifier" :
            null;
        return why is null
            ? null
            : new Problem("DAE0014", $"[Graph] '{graph.Name}' cannot be generated: {why}", LocationInfo.From(graph.Locations.FirstOrDefault()));
    }
}
