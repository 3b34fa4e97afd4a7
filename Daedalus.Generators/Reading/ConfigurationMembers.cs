using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads a node class's configuration members, inherited ones included (base classes first, each in declaration
/// order): what a user sets to configure a node, not what the node computes. That is its public instance properties
/// with a public getter and a public <c>set</c> or <c>init</c>, its public instance fields that are not read-only, and
/// the get-only properties and read-only fields named like a parameter of a public constructor (set from it, as a
/// primary constructor does); a result such as <c>Total { get; private set; }</c> or <c>Items { get; } = []</c> is
/// not configuration. Ports, indexers, <c>[PerRun]</c> fields, delegates, <c>CancellationToken</c>,
/// <c>NodeContext</c>, ref-like types and what the generator adds (names starting with <c>__</c>) never are. The
/// adapter describes them (the configuration checksum of live graphs); the node catalogue sets them.
/// </summary>
internal static class ConfigurationMembers
{
    public static EquatableArray<ConfigurationMember> Read(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        var constructorParameters = new HashSet<string>(
            type.InstanceConstructors.Where(constructor => constructor.DeclaredAccessibility == Accessibility.Public)
                .SelectMany(constructor => constructor.Parameters).Select(parameter => parameter.Name),
            System.StringComparer.OrdinalIgnoreCase);
        var levels = new List<List<ConfigurationMember>>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var level = new List<ConfigurationMember>();
            foreach (var member in current.GetMembers())
            {
                // A member hidden or overridden by a derived class is described once, as the derived class declares it.
                if (member.IsStatic || member.IsImplicitlyDeclared || !seen.Add(member.Name)) continue;
                if (Read(member, constructorParameters) is { } configuration) level.Add(configuration);
            }
            levels.Add(level);
        }
        levels.Reverse();
        return levels.SelectMany(level => level).ToEquatableArray();
    }

    private static ConfigurationMember? Read(ISymbol member, HashSet<string> constructorParameters)
    {
        if (member.DeclaredAccessibility != Accessibility.Public || member.Name.StartsWith("__")) return null;
        switch (member)
        {
            case IPropertySymbol property:
                if (property.IsIndexer || property.Parameters.Length > 0 || property.ReturnsByRef || property.ReturnsByRefReadonly) return null;
                if (property.GetMethod is not { DeclaredAccessibility: Accessibility.Public }) return null;
                if (!IsConfiguration(property.Type)) return null;
                var write = property.SetMethod is { DeclaredAccessibility: Accessibility.Public } setter
                    ? setter.IsInitOnly ? MemberWrite.Init : MemberWrite.Set
                    : MemberWrite.None;
                if (write == MemberWrite.None && (property.SetMethod is not null || !constructorParameters.Contains(property.Name))) return null;
                return new ConfigurationMember(property.Name, Names.Qualified(property.Type), KindOf(property.Type), write, property.IsRequired);
            case IFieldSymbol field:
                if (field.IsConst || field.IsFixedSizeBuffer || field.RefKind != RefKind.None || Names.HasAttribute(field, Names.PerRunAttribute)) return null;
                if (!IsConfiguration(field.Type) || (field.IsReadOnly && !constructorParameters.Contains(field.Name))) return null;
                return new ConfigurationMember(field.Name, Names.Qualified(field.Type), KindOf(field.Type),
                    field.IsReadOnly ? MemberWrite.None : MemberWrite.Set, field.IsRequired);
            default:
                return null;
        }
    }

    /// <summary>Whether a member of this type is configuration: not a port, delegate, token, context or ref-like type.</summary>
    private static bool IsConfiguration(ITypeSymbol type) =>
        type.TypeKind is not (TypeKind.Delegate or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error)
        && !type.IsRefLikeType
        && !Names.IsNamed(type, Names.InPort) && !Names.IsNamed(type, Names.OutPort)
        && !Names.IsNamed(type, Names.ByteInPort) && !Names.IsNamed(type, Names.ByteOutPort)
        && !Names.IsCancellationToken(type) && !Names.IsNodeContext(type);

    /// <summary>How the catalogue parses a value of <paramref name="type"/>.</summary>
    public static ValueKind KindOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return KindOf(nullable.TypeArguments[0]) switch
            {
                ValueKind.Parsable => ValueKind.NullableParsable,
                ValueKind.Enum => ValueKind.NullableEnum,
                _ => ValueKind.Other,
            };
        }
        if (type.TypeKind == TypeKind.Enum) return ValueKind.Enum;
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return ValueKind.String;
            case SpecialType.System_Boolean:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return ValueKind.Parsable;
        }
        return Names.IsNamed(type, "System.TimeSpan") || Names.IsNamed(type, "System.Guid") ? ValueKind.Parsable : ValueKind.Other;
    }
}
