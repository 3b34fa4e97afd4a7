using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Shaders;

/// <summary>How C# types map to HLSL, and how the GPU lays them out.</summary>
internal static class HlslTypes
{
    /// <summary>The HLSL name of a scalar or vector type of the shader model, or null.</summary>
    public static string? Primitive(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Single: return "float";
            case SpecialType.System_Int32: return "int";
            case SpecialType.System_UInt32: return "uint";
            case SpecialType.System_Boolean: return "bool";
            case SpecialType.System_Void: return "void";
        }
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && KnownNames.IsInShadersNamespace(named) &&
            IsVectorName(named.Name))
        {
            return named.Name;
        }
        return null;
    }

    public static bool IsVectorName(string name) =>
        name is "float2" or "float3" or "float4" or "int2" or "int3" or "int4" or "uint2" or "uint3" or "uint4";

    public static bool IsVector(ITypeSymbol type) => type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named &&
        KnownNames.IsInShadersNamespace(named) && IsVectorName(named.Name);

    public static int Components(string hlslName) => hlslName[hlslName.Length - 1] is var last && last is >= '2' and <= '4' ? last - '0' : 1;

    /// <summary>A struct declared in source whose fields are all shader types: it becomes an HLSL struct.</summary>
    public static bool IsUserStruct(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct, IsGenericType: false } named &&
        !KnownNames.IsInShadersNamespace(named) && named.SpecialType == SpecialType.None &&
        named.DeclaringSyntaxReferences.Length > 0 && !KnownNames.IsComputeShader(named);

    public static IEnumerable<IFieldSymbol> InstanceFields(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false } field) yield return field;
        }
    }

    /// <summary>Size and alignment of a buffer element under the GPU's std430 rules, or null when unknown.</summary>
    public static (int Size, int Align)? Std430(ITypeSymbol type)
    {
        var primitive = Primitive(type);
        if (primitive is "float" or "int" or "uint" or "bool") return (4, 4);
        if (primitive is not null && primitive != "void")
        {
            var n = Components(primitive);
            return (4 * n, n == 2 ? 8 : 16);
        }
        if (!IsUserStruct(type)) return null;
        int offset = 0, align = 4;
        foreach (var field in InstanceFields((INamedTypeSymbol)type))
        {
            if (Std430(field.Type) is not { } member) return null;
            offset = Round(offset, member.Align) + member.Size;
            if (member.Align > align) align = member.Align;
        }
        return (Round(offset, align), align);
    }

    /// <summary>Size of a buffer element as C# lays it out (sequential, 4-byte components), or null.</summary>
    public static int? CSharpSize(ITypeSymbol type)
    {
        var primitive = Primitive(type);
        if (primitive == "bool") return null; // 1 byte in C#, 4 on the GPU
        if (primitive is not null && primitive != "void") return 4 * Components(primitive);
        if (!IsUserStruct(type)) return null;
        var size = 0;
        foreach (var field in InstanceFields((INamedTypeSymbol)type))
        {
            if (CSharpSize(field.Type) is not { } member) return null;
            size += member;
        }
        return size;
    }

    /// <summary>Why C# and std430 disagree on <paramref name="type"/>, or null when they agree.</summary>
    public static string? LayoutMismatch(ITypeSymbol type)
    {
        if (CSharpSize(type) is not { } csharp) return "it contains a bool (1 byte in C#, 4 on the GPU); use int or uint";
        if (Std430(type) is not { } gpu) return "its fields are not all shader types";
        var stride = Round(gpu.Size, gpu.Align);
        if (csharp != stride) return $"C# uses {csharp} bytes per element, the GPU {stride} (3-component vectors are 16-byte aligned there); use a 4-component vector or reorder/pad the fields";
        if (type is INamedTypeSymbol named && IsUserStruct(named))
        {
            int cs = 0, gpuOffset = 0;
            foreach (var field in InstanceFields(named))
            {
                var member = Std430(field.Type)!.Value;
                gpuOffset = Round(gpuOffset, member.Align);
                if (cs != gpuOffset) return $"field '{field.Name}' is at byte {cs} in C# and {gpuOffset} on the GPU; reorder or pad the fields";
                cs += CSharpSize(field.Type)!.Value;
                gpuOffset += member.Size;
            }
        }
        return null;
    }

    public static int Round(int value, int align) => (value + align - 1) / align * align;
}
