using System.ComponentModel;

namespace Daedalus.Shaders.Cpu;

/// <summary>
/// What the thread being simulated on this CPU thread is; read by <see cref="ThreadIds"/>, <see cref="GroupIds"/>
/// and friends. The generated CPU fallback takes a ref to it once per range of groups, sets the group and
/// dispatch sizes once, <see cref="GroupId"/> once per group and <see cref="ThreadId"/> one component at a
/// time (X per simulated thread, Y per row, Z per slice), then calls <see cref="IComputeShader.Execute"/>.
/// The ids inside the group are worked out when read, so a thread costs one store, not seven.
/// A plain thread-static struct so reading it costs one TLS access and no allocation.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct CpuThreadContext
{
    [ThreadStatic] public static CpuThreadContext Current;

    /// <summary>SV_DispatchThreadID.</summary>
    public int3 ThreadId;

    /// <summary>SV_GroupID: which group <see cref="ThreadId"/> is in.</summary>
    public int3 GroupId;

    public int3 GroupSize;

    public int3 DispatchSize;

    /// <summary>SV_GroupThreadID: the thread's place inside its group.</summary>
    public readonly int3 GroupThreadId => ThreadId - GroupId * GroupSize;

    /// <summary>SV_GroupIndex: <see cref="GroupThreadId"/> flattened, X fastest.</summary>
    public readonly int GroupIndex
    {
        get
        {
            var local = GroupThreadId;
            return local.X + GroupSize.X * (local.Y + GroupSize.Y * local.Z);
        }
    }
}
