namespace Daedalus.Shaders.Vulkan;

/// <summary>
/// A VkBuffer with its own host-visible, coherent allocation, mapped for its whole life. Device-local
/// memory is preferred when the device also makes it host-visible (integrated GPUs, resizable BAR).
/// </summary>
internal sealed unsafe class VulkanMemory : IDisposable
{
    private readonly VulkanDevice _device;
    private ulong _memory;

    public VulkanMemory(VulkanDevice device, ulong bytes, uint usage)
    {
        _device = device;
        Size = Math.Max(bytes, 16);
        var info = new VkBufferCreateInfo { SType = Vk.StructBufferCreateInfo, Size = Size, Usage = usage };
        ulong buffer;
        Vk.Check(Vk.CreateBuffer(device.Handle, &info, null, &buffer), "vkCreateBuffer");
        Buffer = buffer;
        VkMemoryRequirements requirements;
        Vk.GetBufferMemoryRequirements(device.Handle, buffer, &requirements);
        var allocate = new VkMemoryAllocateInfo
        {
            SType = Vk.StructMemoryAllocateInfo,
            AllocationSize = requirements.Size,
            MemoryTypeIndex = device.HostVisibleMemoryType(requirements.MemoryTypeBits),
        };
        ulong memory;
        var result = Vk.AllocateMemory(device.Handle, &allocate, null, &memory);
        if (result != Vk.Success)
        {
            Vk.DestroyBuffer(device.Handle, buffer, null);
            Vk.Check(result, $"vkAllocateMemory({requirements.Size} bytes)");
        }
        _memory = memory;
        Vk.Check(Vk.BindBufferMemory(device.Handle, buffer, memory, 0), "vkBindBufferMemory");
        void* mapped;
        Vk.Check(Vk.MapMemory(device.Handle, memory, 0, Vk.WholeSize, 0, &mapped), "vkMapMemory");
        Pointer = mapped;
        new Span<byte>(mapped, checked((int)Size)).Clear();
    }

    public ulong Buffer { get; private set; }

    public ulong Size { get; }

    public void* Pointer { get; private set; }

    public void Dispose()
    {
        if (_memory == 0) return;
        if (!_device.IsDisposed)
        {
            Vk.DestroyBuffer(_device.Handle, Buffer, null);
            Vk.FreeMemory(_device.Handle, _memory, null); // also unmaps
        }
        _memory = 0;
        Buffer = 0;
        Pointer = null;
    }
}

/// <summary>A storage buffer the CPU reads and writes in place through the mapping.</summary>
internal sealed unsafe class VulkanStorage(VulkanDevice device, ulong bytes) : BufferStorage
{
    public VulkanMemory Memory { get; } = new(device, bytes, Vk.BufferUsageStorage | Vk.BufferUsageTransferSrc | Vk.BufferUsageTransferDst);

    public override void* Pointer => Memory.Pointer;

    public override void Dispose() => Memory.Dispose();
}

/// <summary>
/// A constant buffer: packed elements on the host for the CPU, re-packed into 16-byte slots (the cbuffer
/// array stride) in a uniform buffer whenever they change.
/// </summary>
internal sealed unsafe class VulkanConstantStorage : BufferStorage
{
    private readonly HostStorage _host;
    private readonly int _length;
    private readonly int _elementSize;

    public VulkanConstantStorage(VulkanDevice device, int length, int elementSize)
    {
        if (elementSize > 16) throw new ArgumentException($"Constant buffer elements are at most 16 bytes; got {elementSize}.");
        _length = length;
        _elementSize = elementSize;
        _host = new HostStorage((nuint)length * (nuint)elementSize, zero: true);
        Memory = new VulkanMemory(device, 16UL * ConstantBuffer<int>.MaxLength, Vk.BufferUsageUniform);
    }

    public VulkanMemory Memory { get; }

    public override void* Pointer => _host.Pointer;

    public override void Changed()
    {
        var source = (byte*)_host.Pointer;
        var target = (byte*)Memory.Pointer;
        for (var i = 0; i < _length; i++)
            Buffer.MemoryCopy(source + i * _elementSize, target + i * 16, 16, _elementSize);
    }

    public override void Dispose()
    {
        Memory.Dispose();
        _host.Dispose();
    }
}
