using System.ComponentModel;

namespace Daedalus.Shaders;

/// <summary>
/// What the generator adds to every shader struct: its HLSL, its bindings, its constants and its CPU
/// fallback. Devices dispatch through it, so no reflection runs at dispatch time.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IComputeShaderDescriptor<TSelf> : IComputeShader
    where TSelf : struct, IComputeShaderDescriptor<TSelf>
{
    static abstract ShaderInfo Info { get; }

    /// <summary>Writes the buffer fields in binding order (<see cref="ShaderInfo.Resources"/>).</summary>
    void GetResources(Span<ShaderBuffer?> resources);

    /// <summary>Writes the constant block (dispatch size, value fields, buffer lengths) at its HLSL offsets.</summary>
    void WriteConstants(Span<byte> destination, int3 dispatchSize);

    /// <summary>Runs every thread of the dispatch on the CPU (the generated fallback).</summary>
    static abstract void RunOnCpu(in TSelf shader, int x, int y, int z);
}
