using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Shaders;

/// <summary>Metadata names of the shader model and the HLSL words user names must not collide with.</summary>
internal static class KnownNames
{
    public const string ShadersNamespace = "Daedalus.Shaders";
    public const string ComputeShader = "Daedalus.Shaders.IComputeShader";
    public const string ThreadGroupSizeAttribute = "Daedalus.Shaders.ThreadGroupSizeAttribute";
    public const string GroupSharedAttribute = "GroupSharedAttribute";

    public static bool IsInShadersNamespace(ISymbol? symbol) =>
        symbol?.ContainingNamespace?.ToDisplayString() == ShadersNamespace;

    public static bool IsComputeShader(INamedTypeSymbol type)
    {
        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.Name == "IComputeShader" && IsInShadersNamespace(candidate)) return true;
        }
        return false;
    }

    /// <summary>HLSL keywords and intrinsic names; a C# identifier equal to one gets a trailing underscore.</summary>
    public static readonly HashSet<string> HlslReserved =
    [
        "input", "output", "sample", "line", "point", "triangle", "lineadj", "triangleadj", "vector", "matrix",
        "texture", "string", "packoffset", "register", "cbuffer", "tbuffer", "groupshared", "precise", "shared",
        "uniform", "row_major", "column_major", "snorm", "unorm", "linear", "centroid", "nointerpolation",
        "noperspective", "in", "out", "inout", "half", "double", "dword", "min16float", "min16int", "min16uint",
        "sampler", "technique", "pass", "compile", "static", "const", "extern", "volatile", "inline", "asm",
        "discard", "main", "struct", "typedef", "export", "globallycoherent", "buffer", "namespace", "signed",
        "unsigned", "auto", "template", "typename", "precision", "lowp", "mediump", "highp", "attribute", "varying",
        "abs", "min", "max", "clamp", "saturate", "lerp", "step", "smoothstep", "floor", "ceil", "frac", "round",
        "trunc", "sqrt", "rsqrt", "rcp", "pow", "exp", "exp2", "log", "log2", "log10", "sin", "cos", "tan", "asin",
        "acos", "atan", "atan2", "sinh", "cosh", "tanh", "fmod", "dot", "cross", "length", "distance", "normalize",
        "mad", "sign", "asfloat", "asint", "asuint", "countbits", "reversebits", "all", "any", "mul", "select",
        "and", "or", "ddx", "ddy", "fwidth", "lit", "modf", "frexp", "ldexp", "isnan", "isinf", "isfinite",
        "reflect", "refract", "degrees", "radians", "transpose", "determinant", "firstbithigh", "firstbitlow",
        "float1", "int1", "uint1", "bool1", "bool2", "bool3", "bool4", "half2", "half3", "half4", "float2x2",
        "float3x3", "float4x4", "common", "partition", "active", "filter", "image1D", "image2D", "image3D",
        "sampler1D", "sampler2D", "sampler3D", "samplerCUBE", "texture1D", "texture2D", "texture3D", "textureCUBE",
    ];

    public static string Escape(string name) => HlslReserved.Contains(name) || name.StartsWith("__") ? name + "_" : name;
}
