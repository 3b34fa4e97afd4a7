using System;
using System.Globalization;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads what the generated node catalogue needs to create a node class: the public constructor with the most
/// parameters (the first declared of those with as many) and the configuration members. Null for a class the
/// catalogue cannot create: generic, abstract, not accessible from the project's own code (nested private or
/// protected, file-local), without a public constructor, with a ref parameter, or with required members it cannot set.
/// </summary>
internal static class CatalogReader
{
    public static CatalogNode? Read(INamedTypeSymbol type, NodeModel node)
    {
        if (type.IsAbstract || type.IsStatic || NodeDeclarations.FileLocal(type) is not null) return null;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.Arity > 0) return null;
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)) return null;
        }

        IMethodSymbol? constructor = null;
        foreach (var candidate in type.InstanceConstructors)
        {
            if (candidate.DeclaredAccessibility != Accessibility.Public) continue;
            if (constructor is null || candidate.Parameters.Length > constructor.Parameters.Length) constructor = candidate;
        }
        if (constructor is null || constructor.Parameters.Any(p => p.RefKind != RefKind.None || p.Name.Length == 0 || p.Type.IsRefLikeType
            || p.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error))
        {
            return null;
        }

        var members = ConfigurationMembers.Read(type);
        if (!constructor.GetAttributes().Any(a => Names.IsNamed(a.AttributeClass, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute")))
        {
            // Required members must be set in the object initializer, from the configuration; a default instance, which
            // the other init members fall back to, cannot then be created.
            var required = members.Where(m => m.IsRequired).ToList();
            if (required.Count > 0 && (required.Any(m => m.Kind == ValueKind.Other || m.Write == MemberWrite.None)
                || members.Any(m => !m.IsRequired && m.Write == MemberWrite.Init && m.Kind != ValueKind.Other)))
            {
                return null;
            }
            if (RequiredElsewhere(type, members)) return null;
        }
        else
        {
            members = members.Select(m => m with { IsRequired = false }).ToEquatableArray();
        }

        var parameters = constructor.Parameters
            .Select(p => new CatalogParameter(p.Name, Names.Qualified(p.Type), ConfigurationMembers.KindOf(p.Type), Default(p)))
            .ToEquatableArray();
        return new CatalogNode(Emit.SourceFile.Readable(node.TypeName), node.TypeName, type.Name, parameters, members);
    }

    /// <summary>Whether a required member is not a configuration member (not public, say), so the catalogue cannot set it.</summary>
    private static bool RequiredElsewhere(INamedTypeSymbol type, EquatableArray<ConfigurationMember> members)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var required = member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true };
                if (required && !members.Any(m => m.Name == member.Name)) return true;
            }
        }
        return false;
    }

    /// <summary>The parameter's default value as a C# expression of its type; null when it has none.</summary>
    private static string? Default(IParameterSymbol parameter)
    {
        if (!parameter.IsOptional) return null;
        if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is null) return "default";
        var value = parameter.ExplicitDefaultValue;
        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        if (type.TypeKind == TypeKind.Enum) return $"({Names.Qualified(type)})({Convert.ToString(value, CultureInfo.InvariantCulture)})";
        return value switch
        {
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool flag => flag ? "true" : "false",
            double number => double.IsNaN(number) ? "double.NaN"
                : double.IsPositiveInfinity(number) ? "double.PositiveInfinity"
                : double.IsNegativeInfinity(number) ? "double.NegativeInfinity"
                : number.ToString("R", CultureInfo.InvariantCulture) + "D",
            float number => float.IsNaN(number) ? "float.NaN"
                : float.IsPositiveInfinity(number) ? "float.PositiveInfinity"
                : float.IsNegativeInfinity(number) ? "float.NegativeInfinity"
                : number.ToString("R", CultureInfo.InvariantCulture) + "F",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "M",
            long number => number.ToString(CultureInfo.InvariantCulture) + "L",
            ulong number => number.ToString(CultureInfo.InvariantCulture) + "UL",
            uint number => number.ToString(CultureInfo.InvariantCulture) + "U",
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => $"({Names.Qualified(type)})({Convert.ToString(value, CultureInfo.InvariantCulture)})",
        };
    }
}
