using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>Reads and checks one <c>[Input]</c>/<c>[Output]</c> port property of a port node.</summary>
internal static class PortPropertyReader
{
    public static (bool IsInput, string ItemType, string PortType)? Read(INamedTypeSymbol type, IPropertySymbol property, List<Problem> problems)
    {
        var isInput = Names.HasAttribute(property, Names.InputAttribute);
        var expectedDisplay = isInput ? "InPort<T> or ByteInPort" : "OutPort<T> or ByteOutPort";
        string? reason =
            Names.HasAttribute(property, Names.InputAttribute) && Names.HasAttribute(property, Names.OutputAttribute) ? "it is marked both [Input] and [Output]" :
            !IsPortType(property.Type, isInput) ? $"an {(isInput ? "[Input]" : "[Output]")} property must be of type {expectedDisplay}, not '{property.Type.ToDisplayString()}'" :
            property.IsStatic ? "it is static" :
            property.SetMethod is not null ? "it has a setter; ports are get-only and bound by the generated graph" :
            property.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal
                ? "the graph that binds it cannot reach it; declare it public or internal" :
            !IsPartialDefinition(property) ? "it is not partial; declare it as 'public partial " + property.Type.ToDisplayString() + " " + property.Name + " { get; }' and the generator implements it" :
            null;
        if (reason is not null)
        {
            problems.Add(new Problem("DAE0104",
                $"Port '{type.Name}.{property.Name}' has the wrong shape: {reason}",
                LocationInfo.From(property.Locations.FirstOrDefault())));
            return null;
        }
        if (IsByteStreamPort(property.Type)) return (isInput, Names.ByteStreamItem, Names.Qualified(property.Type));
        var item = ((INamedTypeSymbol)property.Type).TypeArguments[0];
        if (HasUnqueueableArgument(property.Type))
        {
            // InPort<Span<int>> is already a compiler error on the property (CS9244); the node cannot be wired.
            problems.Add(new Problem("DAE0010",
                $"Port '{type.Name}.{property.Name}' carries {item.ToDisplayString()}, which cannot be a type argument",
                LocationInfo.From(property.Locations.FirstOrDefault())));
            return null;
        }
        return (isInput, Names.Qualified(item), Names.Qualified(property.Type));
    }

    /// <summary>Whether a type argument of <paramref name="type"/> is a ref struct or a pointer, which it cannot be.</summary>
    private static bool HasUnqueueableArgument(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments: var arguments } && arguments.Any(argument => NodeReader.Unqueueable(argument) is not null);

    /// <summary>Whether <paramref name="type"/> is a port type for the direction: <c>InPort&lt;T&gt;</c>/<c>ByteInPort</c> or <c>OutPort&lt;T&gt;</c>/<c>ByteOutPort</c>.</summary>
    internal static bool IsPortType(ITypeSymbol type, bool isInput) => isInput
        ? Names.IsNamed(type, Names.InPort) || Names.IsNamed(type, Names.ByteInPort)
        : Names.IsNamed(type, Names.OutPort) || Names.IsNamed(type, Names.ByteOutPort);

    internal static bool IsByteStreamPort(ITypeSymbol type) =>
        Names.IsNamed(type, Names.ByteInPort) || Names.IsNamed(type, Names.ByteOutPort);

    /// <summary>A partial property without a body yet (the generator writes the implementation).</summary>
    public static bool IsPartialDefinition(IPropertySymbol property) =>
        property.IsPartialDefinition || property.PartialDefinitionPart is not null;

    public static EquatableArray<PortPropertyModel> ReadImplementations(INamedTypeSymbol type)
    {
        var list = new List<PortPropertyModel>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var isInput = Names.HasAttribute(property, Names.InputAttribute);
            if (!isInput && !Names.HasAttribute(property, Names.OutputAttribute)) continue;
            if (!property.IsPartialDefinition || property.PartialImplementationPart is not null) continue;
            // No implementation part of InPort<Span<int>> can compile; the compiler reports the property itself.
            if (HasUnqueueableArgument(property.Type)) continue;
            var accessibility = WrittenAccessibility(property);
            var wellFormed = IsPortType(property.Type, isInput)
                && !property.IsStatic && property.SetMethod is null;
            list.Add(wellFormed
                ? new PortPropertyModel(property.Name, accessibility, Names.Qualified(property.Type), Names.Qualified(property.Type).TrimEnd('?'))
                : new PortPropertyModel(property.Name, accessibility, Names.Qualified(property.Type), "", WrongShape(property)));
        }
        return list.ToEquatableArray();
    }

    /// <summary>The accessibility as the declaration writes it: none when it has no modifier (the implementation part must match).</summary>
    private static string WrittenAccessibility(IPropertySymbol property)
    {
        var declaration = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax;
        var written = declaration?.Modifiers.Any(m => m.ValueText is "public" or "internal" or "protected" or "private") ?? true;
        return written ? Names.Accessibility(property.DeclaredAccessibility) : "";
    }

    private static WrongShapePort WrongShape(IPropertySymbol property)
    {
        var accessors = new List<string>();
        if (property.GetMethod is { } getter) accessors.Add(Accessor(property, getter, "get"));
        if (property.SetMethod is { } setter) accessors.Add(Accessor(property, setter, setter.IsInitOnly ? "init" : "set"));
        return new WrongShapePort(property.IsStatic, accessors.ToEquatableArray());
    }

    private static string Accessor(IPropertySymbol property, IMethodSymbol accessor, string keyword) =>
        accessor.DeclaredAccessibility == property.DeclaredAccessibility
            ? keyword
            : Names.Accessibility(accessor.DeclaredAccessibility) + " " + keyword;
}
