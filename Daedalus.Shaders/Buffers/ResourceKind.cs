namespace Daedalus.Shaders;

/// <summary>How a buffer is bound to a shader; one HLSL register class each.</summary>
public enum ResourceKind
{
    /// <summary><see cref="ReadWriteBuffer{T}"/>: HLSL <c>RWStructuredBuffer&lt;T&gt;</c>, register <c>u</c>.</summary>
    ReadWrite,
    /// <summary><see cref="ReadOnlyBuffer{T}"/>: HLSL <c>StructuredBuffer&lt;T&gt;</c>, register <c>t</c>.</summary>
    ReadOnly,
    /// <summary><see cref="ConstantBuffer{T}"/>: an HLSL <c>cbuffer</c> array, register <c>b</c>.</summary>
    Constant,
}
