using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Shaders;

/// <summary>The DAE1xxx diagnostics: C# that a shader cannot use. One page each in docs/diagnostics.</summary>
internal static class ShaderDiagnostics
{
    private const string Category = "Daedalus.Shaders";
    private const string HelpRoot = Diagnostics.Descriptors.HelpLinkBase;

    public static readonly DiagnosticDescriptor NotReadOnlyPartial = Error("DAE1001",
        "Shader struct must be readonly partial",
        "Compute shader '{0}' must be declared 'readonly partial struct'{1}");

    public static readonly DiagnosticDescriptor ThreadGroupSize = Error("DAE1002",
        "Thread-group size missing or out of range",
        "Compute shader '{0}': {1}");

    public static readonly DiagnosticDescriptor UnsupportedType = Error("DAE1003",
        "Type not supported in shaders",
        "{0} has type '{1}', which shaders cannot use; use int, uint, float, bool, the vector types, a struct of them, or a buffer of them");

    public static readonly DiagnosticDescriptor ExceptionHandling = Error("DAE1004",
        "Exceptions are not supported in shaders",
        "'{0}' cannot run on a GPU: shaders have no exceptions");

    public static readonly DiagnosticDescriptor ForEach = Error("DAE1005",
        "foreach is not supported in shaders",
        "foreach cannot run on a GPU: use a for loop over an index");

    public static readonly DiagnosticDescriptor UsingOrLock = Error("DAE1006",
        "using and lock are not supported in shaders",
        "'{0}' cannot run on a GPU: shaders have no disposable objects or monitors; use Hlsl.Interlocked* for atomics");

    public static readonly DiagnosticDescriptor AsyncOrIterator = Error("DAE1007",
        "async and iterators are not supported in shaders",
        "'{0}' cannot run on a GPU: a shader thread runs to completion without suspending");

    public static readonly DiagnosticDescriptor Linq = Error("DAE1008",
        "LINQ is not supported in shaders",
        "LINQ ('{0}') cannot run on a GPU: write the loop out");

    public static readonly DiagnosticDescriptor ReferenceTypeOrAllocation = Error("DAE1009",
        "Reference types and allocations are not supported in shaders",
        "'{0}' cannot run on a GPU: shaders have no heap, strings, arrays, delegates or classes");

    public static readonly DiagnosticDescriptor Recursion = Error("DAE1010",
        "Recursion is not supported in shaders",
        "'{0}' calls itself (directly or through other methods); GPUs have no call stack");

    public static readonly DiagnosticDescriptor CallNotTranspilable = Error("DAE1011",
        "Call cannot be transpiled to HLSL",
        "'{0}' cannot be called from a shader: only Hlsl intrinsics, Math/MathF functions with an HLSL equivalent, and static or shader methods declared in this compilation can");

    public static readonly DiagnosticDescriptor UnsupportedSyntax = Error("DAE1012",
        "C# construct not supported in shaders",
        "{0} is not supported in shaders yet");

    public static readonly DiagnosticDescriptor BufferLayout = Error("DAE1013",
        "Buffer element layout differs on the GPU",
        "Element type '{0}' of buffer '{1}' is laid out differently by C# and the GPU: {2}");

    public static readonly DiagnosticDescriptor GroupShared = Error("DAE1014",
        "Group-shared memory and barriers are not supported yet",
        "'{0}' is not supported yet: the CPU fallback runs a group's threads one after another and could not honour it");

    public static readonly DiagnosticDescriptor[] All =
    [
        NotReadOnlyPartial, ThreadGroupSize, UnsupportedType, ExceptionHandling, ForEach, UsingOrLock, AsyncOrIterator,
        Linq, ReferenceTypeOrAllocation, Recursion, CallNotTranspilable, UnsupportedSyntax, BufferLayout, GroupShared,
    ];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
