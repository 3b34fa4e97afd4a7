using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Isolation;

/// <summary>A node or graph class's full name from its model, for DAE0999 messages.</summary>
internal static class Describe
{
    public static string Graph(GraphModel graph) => Name(graph.Namespace, graph.Containers, graph.ClassName);

    public static string Node(NodeDeclaration node) => Name(node.Namespace, node.Containers, node.ClassName + node.TypeParameters);

    private static string Name(string? ns, EquatableArray<ContainingType> containers, string name) =>
        string.Join(".", new[] { ns }.Concat(containers.Select(c => c.NameWithTypeParameters)).Append(name).Where(part => part is not null));
}
