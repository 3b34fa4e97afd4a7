using System.Runtime.InteropServices;

namespace Daedalus.Shaders;

/// <summary>The memory behind a buffer: host memory for the CPU device, mapped device memory for Vulkan.</summary>
internal abstract unsafe class BufferStorage : IDisposable
{
    /// <summary>Where the CPU reads and writes the elements, tightly packed.</summary>
    public abstract void* Pointer { get; }

    /// <summary>Called after the CPU changed the elements (constant buffers re-pack them for the GPU).</summary>
    public virtual void Changed() { }

    public abstract void Dispose();
}

/// <summary>Zeroed native memory, so element refs stay valid without pinning.</summary>
internal sealed unsafe class HostStorage : BufferStorage
{
    private void* _pointer;

    public HostStorage(nuint bytes) => _pointer = NativeMemory.AlignedAlloc(Math.Max(bytes, 16), 64);

    public HostStorage(nuint bytes, bool zero) : this(bytes)
    {
        if (zero) NativeMemory.Clear(_pointer, Math.Max(bytes, 16));
    }

    ~HostStorage() => Free();

    public override void* Pointer => _pointer;

    public override void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_pointer == null) return;
        NativeMemory.AlignedFree(_pointer);
        _pointer = null;
    }
}
