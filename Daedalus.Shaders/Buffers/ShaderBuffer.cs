using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Daedalus.Shaders;

/// <summary>A buffer a shader reads or writes, allocated from a <see cref="GraphicsDevice"/>.</summary>
public abstract unsafe class ShaderBuffer : IDisposable
{
    private protected ShaderBuffer(GraphicsDevice device, ResourceKind kind, int length, int elementSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Device = device;
        Kind = kind;
        Length = length;
        ElementSize = elementSize;
        Storage = device.CreateStorage(kind, length, elementSize);
        _data = Storage.Pointer;
        _accessible = (uint)length;
    }

    public GraphicsDevice Device { get; }

    public ResourceKind Kind { get; }

    public int Length { get; }

    public int ElementSize { get; }

    public bool IsDisposed { get; private set; }

    internal BufferStorage Storage { get; }

    /// <summary>
    /// The elements' address, read once from <see cref="Storage"/> at allocation (host memory, or Vulkan memory
    /// mapped for the buffer's whole life) and cleared on dispose.
    /// </summary>
    private protected void* _data;

    /// <summary>
    /// <see cref="Length"/> while the buffer lives, 0 once it is disposed: the indexers' single unsigned compare
    /// checks the index and disposal at once, so an element access (the hot path of the CPU fallback) is two
    /// field loads, one compare and the access.
    /// </summary>
    private protected uint _accessible;

    private protected void* Data
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            return _data;
        }
    }

    public void Dispose()
    {
        if (IsDisposed) return;
        IsDisposed = true;
        _accessible = 0;
        _data = null;
        Storage.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Why an index failed the indexers' check; out of line so the indexers stay small enough to inline.</summary>
    [DoesNotReturn]
    private protected void ThrowIndexOrDisposed(int index)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        throw new IndexOutOfRangeException($"Buffer index {index} is outside 0..{Length - 1}.");
    }
}

/// <summary>The element-typed half of a buffer: copies in and out.</summary>
public abstract unsafe class ShaderBuffer<T> : ShaderBuffer where T : unmanaged
{
    private protected ShaderBuffer(GraphicsDevice device, ResourceKind kind, int length)
        : base(device, kind, length, sizeof(T))
    {
    }

    /// <summary>The element at <paramref name="index"/>; throws when the index is outside the buffer or the buffer is disposed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected ref T Element(int index)
    {
        if ((uint)index >= _accessible) ThrowIndexOrDisposed(index);
        return ref ((T*)_data)[index];
    }

    /// <summary>The elements as the CPU sees them. Do not hold it across a GPU dispatch that writes the buffer.</summary>
    private protected Span<T> Elements => new(Data, Length);

    public void CopyFrom(ReadOnlySpan<T> source)
    {
        if (source.Length > Length)
            throw new ArgumentException($"The source has {source.Length} elements; the buffer holds {Length}.", nameof(source));
        source.CopyTo(Elements);
        Storage.Changed();
    }

    public void CopyTo(Span<T> destination)
    {
        if (destination.Length < Length)
            throw new ArgumentException($"The destination has {destination.Length} elements; the buffer holds {Length}.", nameof(destination));
        Elements.CopyTo(destination);
    }

    public T[] ToArray() => Elements.ToArray();
}
