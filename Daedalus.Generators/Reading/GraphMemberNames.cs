using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// DAE0013: the generator adds members to a graph class (a property per node, named after its local in
/// <c>Define</c>; <c>Plan</c>, <c>Run</c> and the rest; private members beginning with <c>__</c>), so their names
/// must not collide with each other or with the members the user declared or inherited. Each collision is reported
/// once, naming both members, and the graph's throwing surface leaves the colliding member out.
/// </summary>
internal static class GraphMemberNames
{
    /// <summary>The prefix of every private member the generator adds; node names and graph members must not use it.</summary>
    public const string ReservedPrefix = "__";

    /// <summary>The generated constructor, in <see cref="GraphModel.Withheld"/>.</summary>
    public const string Constructor = ".ctor";

    private const string Token = "global::System.Threading.CancellationToken";
    private const string Options = "global::Daedalus.Runtime.RunOptions";
    private const string Progress = "global::System.IProgress<global::Daedalus.Runtime.RunProgress>, global::System.TimeSpan?";

    /// <summary>A public member the generator adds, and for methods the parameter lists of its overloads.</summary>
    private sealed record Generated(string Name, string What, string[]? Overloads = null);

    public static (List<GraphNode> Nodes, List<string> Withheld) Check(
        INamedTypeSymbol graph, Compilation compilation, List<GraphNode> nodes, List<LocationInfo?> nodeNames, List<ITypeSymbol> nodeTypes, List<Problem> problems)
    {
        var generated = GeneratedMembers(nodes).ToDictionary(g => g.Name);
        var declared = DeclaredMembers(graph);
        var inherited = InheritedMembers(graph, compilation);
        var withheld = new List<string>();

        foreach (var group in declared)
        {
            var member = group.First();
            if (group.Key.StartsWith(ReservedPrefix, System.StringComparison.Ordinal))
            {
                problems.Add(Collision(member,
                    $"'{group.Key}' begins with '{ReservedPrefix}', which the generator reserves for the private members it adds to graph '{graph.Name}'; rename it"));
            }
            else if (generated.TryGetValue(group.Key, out var added) && group.FirstOrDefault(m => Conflicts(m, added)) is { } conflicting)
            {
                problems.Add(Collision(conflicting,
                    $"Graph '{graph.Name}' declares '{group.Key}', but the generator adds '{group.Key}' ({added.What}) to it; rename the member"));
                withheld.Add(group.Key);
            }
        }
        foreach (var group in inherited)
        {
            if (!generated.TryGetValue(group.Key, out var added) || group.FirstOrDefault(m => Conflicts(m, added)) is not { } conflicting) continue;
            problems.Add(Collision(graph,
                $"Graph '{graph.Name}' inherits '{group.Key}' from '{conflicting.ContainingType.Name}', but the generator adds '{group.Key}' ({added.What}) to it; rename the inherited member or derive from another class"));
            withheld.Add(group.Key);
        }
        if (CollidingConstructor(graph, nodeTypes) is { } constructor)
        {
            var parameters = nodeTypes.Count == 0 ? "none, as the graph has no nodes" : string.Join(", ", nodeTypes.Select(t => t.ToDisplayString()));
            problems.Add(Collision(constructor,
                $"Graph '{graph.Name}' declares a constructor with the parameters of the generated one ({parameters}: an optional instance per node, in Define's order); change its parameters or remove it"));
            withheld.Add(Constructor);
        }

        var result = new List<GraphNode>(nodes.Count);
        var properties = new Dictionary<string, string>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var property = node.PropertyName;
            var clash =
                node.Name.StartsWith(ReservedPrefix, System.StringComparison.Ordinal)
                    ? $"Node name '{node.Name}' begins with '{ReservedPrefix}', which the generator reserves for the private members it adds to graph '{graph.Name}'"
                : property == graph.Name
                    ? $"Node '{node.Name}' would be the graph's property '{property}', the name of the graph class, which C# does not allow"
                : generated.TryGetValue(property, out var added)
                    ? $"Node '{node.Name}' would be the graph's property '{property}', but the generator adds '{property}' ({added.What}) to graph '{graph.Name}'"
                : declared.Contains(property)
                    ? $"Node '{node.Name}' would be the graph's property '{property}', but graph '{graph.Name}' declares {Describe(declared[property].First(), property)}"
                : inherited.Contains(property)
                    ? $"Node '{node.Name}' would be the graph's property '{property}', which would hide '{property}' inherited from '{inherited[property].First().ContainingType.Name}'"
                : properties.TryGetValue(property, out var other)
                    ? $"Nodes '{other}' and '{node.Name}' would both be the graph's property '{property}'"
                : null;
            if (clash is null)
            {
                properties.Add(property, node.Name);
                result.Add(node);
                continue;
            }
            problems.Add(new Problem("DAE0013", clash + "; rename the local", nodeNames[n]));
            result.Add(node with { PropertyCollides = true });
        }
        return (result, withheld);
    }

    /// <summary>The public members the generator adds to a graph with these nodes.</summary>
    private static IEnumerable<Generated> GeneratedMembers(List<GraphNode> nodes)
    {
        string[] run = [Token, Options + ", " + Token];
        yield return new Generated("Plan", "the compile-time plan");
        yield return new Generated("Edges", "the queued edges");
        yield return new Generated("Discards", "the discard counters");
        yield return new Generated("Run", "the run method", [.. run, Progress + ", " + Token]);
        yield return new Generated("RunAsync", "the asynchronous run method", run);
        yield return new Generated("ToRuntimeGraph", "the run-time graph builder", [""]);
        if (nodes.Any(n => n.Node.UsesContext)) yield return new Generated("LoggerFactory", "the node loggers' factory");
        if (nodes.Any(n => n.Node.IsGpuPlaced))
        {
            yield return new Generated("GpuSetting", "the GPU device setting");
            yield return new Generated("Devices", "the GPU segments' devices");
        }
    }

    /// <summary>A method collides with a generated method of the same parameters; any other member with its name.</summary>
    private static bool Conflicts(ISymbol member, Generated added) =>
        added.Overloads is null || member is not IMethodSymbol method
        || added.Overloads.Contains(string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))));

    /// <summary>The members the user declared in the graph class, and its type parameters, by the name a member would clash with.</summary>
    private static ILookup<string, ISymbol> DeclaredMembers(INamedTypeSymbol graph) =>
        graph.GetMembers().Where(GeneratedTrees.IsDeclaredByUser)
            .Select(member => (Name: ReferableName(member), Member: member))
            .Where(m => m.Name is not null)
            .Concat(graph.TypeParameters.Select(p => (Name: (string?)p.Name, Member: (ISymbol)p)))
            .ToLookup(m => m.Name!, m => m.Member);

    /// <summary>Members of the base classes that a generated member of the same name would hide.</summary>
    private static ILookup<string, ISymbol> InheritedMembers(INamedTypeSymbol graph, Compilation compilation)
    {
        var members = new List<(string, ISymbol)>();
        for (var type = graph.BaseType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member.DeclaredAccessibility == Accessibility.Private) continue;
                if (ReferableName(member) is not { } name || !compilation.IsSymbolAccessibleWithin(member, graph)) continue;
                members.Add((name, member));
            }
        }
        return members.ToLookup(m => m.Item1, m => m.Item2);
    }

    /// <summary>The name another member would collide with: an indexer is <c>Item</c>; constructors and operators have none.</summary>
    private static string? ReferableName(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: true } indexer => indexer.MetadataName,
        IMethodSymbol { MethodKind: not MethodKind.Ordinary } => null,
        _ when member.CanBeReferencedByName => member.Name,
        _ => null,
    };

    private static string Describe(ISymbol member, string name) => member switch
    {
        IPropertySymbol { IsIndexer: true } => $"an indexer, which is named '{name}'",
        ITypeParameterSymbol => $"the type parameter '{name}'",
        _ => $"'{name}'",
    };

    /// <summary>A constructor the user declared with the generated constructor's parameter types.</summary>
    private static IMethodSymbol? CollidingConstructor(INamedTypeSymbol graph, List<ITypeSymbol> nodeTypes) =>
        graph.InstanceConstructors.FirstOrDefault(constructor =>
            GeneratedTrees.IsDeclaredByUser(constructor)
            && constructor.Parameters.Length == nodeTypes.Count
            && constructor.Parameters.Select(p => p.Type).SequenceEqual(nodeTypes, SymbolEqualityComparer.Default));

    private static Problem Collision(ISymbol member, string message) =>
        new("DAE0013", message, LocationInfo.From(member.Locations.FirstOrDefault(l => l.IsInSource && !GeneratedTrees.IsGenerated(l.SourceTree!))));
}
