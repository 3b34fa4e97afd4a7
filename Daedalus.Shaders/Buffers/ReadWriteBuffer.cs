using System.Runtime.CompilerServices;

namespace Daedalus.Shaders;

/// <summary>A buffer shaders read and write (HLSL <c>RWStructuredBuffer&lt;T&gt;</c>).</summary>
public sealed class ReadWriteBuffer<T> : ShaderBuffer<T> where T : unmanaged
{
    internal ReadWriteBuffer(GraphicsDevice device, int length) : base(device, ResourceKind.ReadWrite, length)
    {
    }

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Element(index);
    }
}

/// <summary>A buffer shaders only read (HLSL <c>StructuredBuffer&lt;T&gt;</c>).</summary>
public sealed class ReadOnlyBuffer<T> : ShaderBuffer<T> where T : unmanaged
{
    internal ReadOnlyBuffer(GraphicsDevice device, int length) : base(device, ResourceKind.ReadOnly, length)
    {
    }

    public ref readonly T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Element(index);
    }
}

/// <summary>
/// A small read-only array in constant memory (an HLSL <c>cbuffer</c>). Elements are scalars or vectors;
/// on the GPU each takes a 16-byte slot, so at most <see cref="MaxLength"/> of them.
/// </summary>
public sealed class ConstantBuffer<T> : ShaderBuffer<T> where T : unmanaged
{
    /// <summary>The array length declared in HLSL: 16 KiB of 16-byte slots, the minimum every Vulkan device allows.</summary>
    public const int MaxLength = 1024;

    internal ConstantBuffer(GraphicsDevice device, int length) : base(device, ResourceKind.Constant, length)
    {
    }

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Element(index);
    }
}
