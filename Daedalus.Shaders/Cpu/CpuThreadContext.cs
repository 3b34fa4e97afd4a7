using System.ComponentModel;

namespace Daedalus.Shaders.Cpu;

/// <summary>
/// What the thread being simulated on this CPU thread is. Set by the generated CPU fallback before each
/// <see cref="IComputeShader.Execute"/>; read by <see cref="ThreadIds"/>, <see cref="GroupIds"/> and friends.
/// A plain thread-static struct so reading it costs one TLS access and no allocation.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct CpuThreadContext
{
    [ThreadStatic] public static CpuThreadContext Current;

    public int3 ThreadId;
    public int3 GroupThreadId;
    public int3 GroupId;
    public int GroupIndex;
    public int3 GroupSize;
    public int3 DispatchSize;
}
