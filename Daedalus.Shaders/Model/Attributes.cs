namespace Daedalus.Shaders;

/// <summary>The number of threads in one thread group (HLSL <c>[numthreads(x, y, z)]</c>).</summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ThreadGroupSizeAttribute(int x, int y = 1, int z = 1) : Attribute
{
    public int X { get; } = x;
    public int Y { get; } = y;
    public int Z { get; } = z;
}

/// <summary>Accepted for source compatibility with ComputeSharp; Daedalus generates a descriptor for every shader.</summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class GeneratedComputeShaderDescriptorAttribute : Attribute;

/// <summary>Marks a static array as group-shared memory. Not supported yet (DAE1014).</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class GroupSharedAttribute : Attribute;
