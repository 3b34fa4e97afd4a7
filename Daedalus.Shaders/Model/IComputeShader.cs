namespace Daedalus.Shaders;

/// <summary>
/// A compute shader written in C#: a <c>readonly partial struct</c> with <see cref="ThreadGroupSizeAttribute"/>.
/// The generator transpiles <see cref="Execute"/> to HLSL and emits the CPU fallback that runs it.
/// </summary>
public interface IComputeShader
{
    /// <summary>The body one GPU thread runs; read <see cref="ThreadIds"/> to know which one.</summary>
    void Execute();
}
