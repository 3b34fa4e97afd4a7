using Daedalus.Shaders.Cpu;

namespace Daedalus.Shaders;

/// <summary>The id of the current thread in the whole dispatch (HLSL <c>SV_DispatchThreadID</c>).</summary>
public static class ThreadIds
{
    public static int X => CpuThreadContext.Current.ThreadId.X;
    public static int Y => CpuThreadContext.Current.ThreadId.Y;
    public static int Z => CpuThreadContext.Current.ThreadId.Z;
    public static int2 XY => CpuThreadContext.Current.ThreadId.XY;
    public static int2 XZ => CpuThreadContext.Current.ThreadId.XZ;
    public static int2 YZ => CpuThreadContext.Current.ThreadId.YZ;
    public static int3 XYZ => CpuThreadContext.Current.ThreadId;
}

/// <summary>The id of the current thread inside its group (HLSL <c>SV_GroupThreadID</c>, <c>SV_GroupIndex</c>).</summary>
public static class GroupIds
{
    public static int X => CpuThreadContext.Current.GroupThreadId.X;
    public static int Y => CpuThreadContext.Current.GroupThreadId.Y;
    public static int Z => CpuThreadContext.Current.GroupThreadId.Z;
    public static int2 XY => CpuThreadContext.Current.GroupThreadId.XY;
    public static int3 XYZ => CpuThreadContext.Current.GroupThreadId;
    public static int Index => CpuThreadContext.Current.GroupIndex;
}

/// <summary>The size of a thread group, from <see cref="ThreadGroupSizeAttribute"/>.</summary>
public static class GroupSize
{
    public static int X => CpuThreadContext.Current.GroupSize.X;
    public static int Y => CpuThreadContext.Current.GroupSize.Y;
    public static int Z => CpuThreadContext.Current.GroupSize.Z;
    public static int Count => X * Y * Z;
}

/// <summary>The number of threads asked for by the dispatch (threads past it never run).</summary>
public static class DispatchSize
{
    public static int X => CpuThreadContext.Current.DispatchSize.X;
    public static int Y => CpuThreadContext.Current.DispatchSize.Y;
    public static int Z => CpuThreadContext.Current.DispatchSize.Z;
    public static int2 XY => CpuThreadContext.Current.DispatchSize.XY;
    public static int3 XYZ => CpuThreadContext.Current.DispatchSize;
    public static int Count => X * Y * Z;
}
