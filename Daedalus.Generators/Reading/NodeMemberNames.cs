using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// DAE0108: the generator adds a nested <c>Ports</c> class to every node class (a property per port, named after
/// the port) and private members beginning with <c>__</c>; the user's members and the ports must leave those names
/// free. The emitter then leaves out whatever would still collide, so the collision is reported once.
/// </summary>
internal static class NodeMemberNames
{
    public const string PortsClass = "Ports";

    /// <summary>The prefix of the private members the generator adds to a node class.</summary>
    public const string ReservedPrefix = "__";

    /// <summary>Members of <c>object</c> that a port property of <c>Ports</c> would hide.</summary>
    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize"];

    /// <summary>Adds a problem for each member of the node class that takes a generated name; true if any did.</summary>
    public static bool CheckDeclarations(INamedTypeSymbol type, List<Problem> problems)
    {
        var count = problems.Count;
        if (type.Name == PortsClass)
        {
            problems.Add(new Problem("DAE0108",
                $"Node class '{type.Name}' would contain its generated '{PortsClass}' class, which C# does not allow; rename the class",
                LocationInfo.From(type.Locations.FirstOrDefault())));
        }
        foreach (var (name, member) in UserNames(type))
        {
            if (name == PortsClass)
            {
                problems.Add(new Problem("DAE0108",
                    $"Node '{type.Name}' declares '{name}', the name of its generated ports class; rename it",
                    LocationInfo.From(member.Locations.FirstOrDefault())));
            }
            else if (name.StartsWith(ReservedPrefix, System.StringComparison.Ordinal))
            {
                problems.Add(new Problem("DAE0108",
                    $"'{name}' begins with '{ReservedPrefix}', which the generator reserves for the private members it adds to node '{type.Name}'; rename it",
                    LocationInfo.From(member.Locations.FirstOrDefault())));
            }
        }
        return problems.Count > count;
    }

    /// <summary>Adds a problem for each port whose name the generated <c>Ports</c> class cannot use.</summary>
    public static void CheckPorts(INamedTypeSymbol type, IMethodSymbol process, NodeModel model, List<Problem> problems)
    {
        foreach (var port in model.Inputs.Concat(model.Outputs))
        {
            var why = WhyNotAPortName(port.Name);
            if (why is null) continue;
            var origin = (ISymbol?)process.Parameters.FirstOrDefault(p => p.Name == port.Member)
                ?? type.GetMembers(port.Member).OfType<IPropertySymbol>().FirstOrDefault()
                ?? (ISymbol)process;
            problems.Add(new Problem("DAE0108",
                $"Node '{type.Name}' has a port named '{port.Name}', {why}; rename the {(origin is IParameterSymbol ? "parameter" : origin is IPropertySymbol ? "property" : "tuple element")}",
                LocationInfo.From(origin.Locations.FirstOrDefault())));
        }
    }

    /// <summary>Why the generated <c>Ports</c> class cannot have a property named <paramref name="port"/>; null when it can.</summary>
    public static string? WhyNotAPortName(string port) =>
        port == PortsClass ? "the name of the generated ports class, which contains it"
        : ObjectMembers.Contains(port) ? $"which would hide object.{port} in the generated ports class"
        : port.StartsWith(ReservedPrefix, System.StringComparison.Ordinal) ? $"and '{ReservedPrefix}' begins the names the generator reserves"
        : null;

    /// <summary>
    /// The generated names the user already took in <paramref name="type"/>: the emitter leaves those members out
    /// (the collision is reported as DAE0108).
    /// </summary>
    public static EquatableArray<string> Taken(INamedTypeSymbol type) =>
        UserNames(type).Select(m => m.Name)
            .Where(name => name == PortsClass || name.StartsWith(ReservedPrefix, System.StringComparison.Ordinal))
            .Concat(type.Name == PortsClass ? [PortsClass] : [])
            .Distinct()
            .ToEquatableArray();

    /// <summary>The members and type parameters the user declared, by name.</summary>
    private static IEnumerable<(string Name, ISymbol Member)> UserNames(INamedTypeSymbol type) =>
        type.GetMembers()
            .Where(member => member.CanBeReferencedByName && GeneratedTrees.IsDeclaredByUser(member))
            .Select(member => (member.Name, member))
            .Concat(type.TypeParameters.Select(parameter => (parameter.Name, (ISymbol)parameter)));
}
