namespace Daedalus.Shaders;

/// <summary>A shader as the generator saw it at compile time.</summary>
/// <param name="Name">The shader struct's full name.</param>
/// <param name="Hlsl">The HLSL compute shader, or empty when the body uses C# the GPU cannot run.</param>
/// <param name="TranspileError">Why <paramref name="Hlsl"/> is empty (the DAE1xxx diagnostics say where).</param>
/// <param name="ThreadGroupSize">The <c>[numthreads]</c> of the shader.</param>
/// <param name="Resources">The buffer fields in binding order; binding 0 is the constant block, buffer i is binding i + 1.</param>
/// <param name="ConstantsSize">The size in bytes of the constant block (a multiple of 16).</param>
public sealed record ShaderInfo(
    string Name,
    string Hlsl,
    string? TranspileError,
    int3 ThreadGroupSize,
    ResourceKind[] Resources,
    int ConstantsSize);
