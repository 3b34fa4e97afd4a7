namespace Daedalus.Shaders;

/// <summary>What runs shaders: the CPU (the generated fallback) or a Vulkan GPU.</summary>
public enum DeviceKind
{
    Cpu,
    Vulkan,
}

/// <summary>
/// A device that owns buffers and runs shaders on them. Buffers stay on the device between dispatches,
/// so a chain of shaders (a GPU segment) reads back only what the caller copies out at the end.
/// </summary>
public abstract partial class GraphicsDevice : IDisposable, IComputeDevice
{
    public abstract string Name { get; }

    /// <summary>The kind and name, as run summaries show which device ran a GPU segment.</summary>
    public string DisplayName => ToString();

    public abstract DeviceKind Kind { get; }

    public bool IsGpu => Kind != DeviceKind.Cpu;

    /// <summary>The CPU device: runs every shader through its generated CPU fallback.</summary>
    public static GraphicsDevice Cpu => CpuDevice.Instance;

    public ReadWriteBuffer<T> AllocateReadWriteBuffer<T>(int length) where T : unmanaged => new(this, length);

    public ReadWriteBuffer<T> AllocateReadWriteBuffer<T>(ReadOnlySpan<T> data) where T : unmanaged
    {
        var buffer = new ReadWriteBuffer<T>(this, data.Length);
        buffer.CopyFrom(data);
        return buffer;
    }

    public ReadOnlyBuffer<T> AllocateReadOnlyBuffer<T>(ReadOnlySpan<T> data) where T : unmanaged
    {
        var buffer = new ReadOnlyBuffer<T>(this, data.Length);
        buffer.CopyFrom(data);
        return buffer;
    }

    public ConstantBuffer<T> AllocateConstantBuffer<T>(ReadOnlySpan<T> data) where T : unmanaged
    {
        if (data.Length > ConstantBuffer<T>.MaxLength)
            throw new ArgumentException($"A constant buffer holds at most {ConstantBuffer<T>.MaxLength} elements; got {data.Length}. Use a ReadOnlyBuffer<T>.", nameof(data));
        var buffer = new ConstantBuffer<T>(this, data.Length);
        buffer.CopyFrom(data);
        return buffer;
    }

    /// <summary>Runs <paramref name="shader"/> on x × y × z threads and waits for it.</summary>
    public void Dispatch<T>(in T shader, int x, int y = 1, int z = 1) where T : struct, IComputeShaderDescriptor<T>
    {
        var batch = BeginBatch();
        batch.Dispatch(shader, x, y, z);
        batch.Submit();
    }

    /// <summary>Starts recording several dispatches that run in order, in one submission.</summary>
    public ComputeBatch BeginBatch() => new(this);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    public override string ToString() => $"{Kind}: {Name}";

    internal abstract BufferStorage CreateStorage(ResourceKind kind, int length, int elementSize);

    internal abstract void Execute(IReadOnlyList<DispatchCommand> commands);
}
