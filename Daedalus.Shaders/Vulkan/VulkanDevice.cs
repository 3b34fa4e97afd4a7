using Daedalus.Shaders.Vulkan;

namespace Daedalus.Shaders;

/// <summary>
/// A Vulkan GPU (or Mesa's llvmpipe CPU driver). Buffers live in host-visible device memory; a batch of
/// dispatches is recorded into one command buffer with barriers between them and waited on with a fence.
/// </summary>
public sealed unsafe class VulkanDevice : GraphicsDevice
{
    private readonly nint _instance;
    private readonly nint _queue;
    private readonly ulong _commandPool;
    private readonly nint _commandBuffer;
    private readonly ulong _fence;
    private readonly VkPhysicalDeviceMemoryProperties _memory;
    private readonly Dictionary<ShaderInfo, VulkanPipeline> _pipelines = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();

    private VulkanDevice(nint instance, nint physical, VulkanDeviceInfo info)
    {
        _instance = instance;
        Info = info;
        var family = (uint)VulkanInstance.ComputeQueueFamily(physical);
        var priority = 1f;
        var queueInfo = new VkDeviceQueueCreateInfo { SType = Vk.StructDeviceQueueCreateInfo, QueueFamilyIndex = family, QueueCount = 1, PQueuePriorities = &priority };
        var deviceInfo = new VkDeviceCreateInfo { SType = Vk.StructDeviceCreateInfo, QueueCreateInfoCount = 1, PQueueCreateInfos = &queueInfo };
        nint device, queue, commandBuffer;
        Vk.Check(Vk.CreateDevice(physical, &deviceInfo, null, &device), "vkCreateDevice");
        Handle = device;
        Vk.GetDeviceQueue(device, family, 0, &queue);
        _queue = queue;
        VkPhysicalDeviceMemoryProperties memory;
        Vk.GetPhysicalDeviceMemoryProperties(physical, &memory);
        _memory = memory;

        var poolInfo = new VkCommandPoolCreateInfo { SType = Vk.StructCommandPoolCreateInfo, Flags = Vk.CommandPoolResetCommandBuffer, QueueFamilyIndex = family };
        ulong pool, fence;
        Vk.Check(Vk.CreateCommandPool(device, &poolInfo, null, &pool), "vkCreateCommandPool");
        _commandPool = pool;
        var allocate = new VkCommandBufferAllocateInfo { SType = Vk.StructCommandBufferAllocateInfo, CommandPool = pool, CommandBufferCount = 1 };
        Vk.Check(Vk.AllocateCommandBuffers(device, &allocate, &commandBuffer), "vkAllocateCommandBuffers");
        _commandBuffer = commandBuffer;
        var fenceInfo = new VkFenceCreateInfo { SType = Vk.StructFenceCreateInfo };
        Vk.Check(Vk.CreateFence(device, &fenceInfo, null, &fence), "vkCreateFence");
        _fence = fence;
    }

    public VulkanDeviceInfo Info { get; }

    public override string Name => $"{Info.Name} (Vulkan {Info.ApiVersion}, {Info.Type})";

    public override DeviceKind Kind => DeviceKind.Vulkan;

    internal nint Handle { get; }

    internal bool IsDisposed { get; private set; }

    /// <summary>Lists the Vulkan devices; throws <see cref="GpuUnavailableException"/> when the loader or a driver is missing.</summary>
    public static IReadOnlyList<VulkanDeviceInfo> Enumerate()
    {
        if (VulkanInstance.LoaderUnavailable() is { } missing) throw new GpuUnavailableException("Vulkan is unavailable: " + missing + ".");
        var instance = VulkanInstance.Create();
        try
        {
            var devices = VulkanInstance.PhysicalDevices(instance);
            var list = new List<VulkanDeviceInfo>(devices.Length);
            for (var i = 0; i < devices.Length; i++) list.Add(VulkanInstance.Describe(devices[i], i));
            return list;
        }
        finally
        {
            Vk.DestroyInstance(instance, null);
        }
    }

    /// <summary>Opens device <paramref name="index"/> (default: the first with a compute queue, discrete GPUs first).</summary>
    public static VulkanDevice Create(int? index = null)
    {
        if (VulkanInstance.LoaderUnavailable() is { } loader) throw new GpuUnavailableException("Vulkan is unavailable: " + loader + ".");
        if (Shaderc.Unavailable() is { } shaderc) throw new GpuUnavailableException("Vulkan is unavailable: " + shaderc + ".");
        var instance = VulkanInstance.Create();
        try
        {
            var devices = VulkanInstance.PhysicalDevices(instance);
            if (devices.Length == 0)
                throw new GpuUnavailableException("Vulkan found no physical device: install a driver (mesa-vulkan-drivers provides the llvmpipe CPU device).");
            var infos = devices.Select((d, i) => VulkanInstance.Describe(d, i)).ToArray();
            VulkanDeviceInfo chosen;
            if (index is { } wanted)
            {
                if (wanted < 0 || wanted >= devices.Length)
                    throw new GpuUnavailableException($"Vulkan device index {wanted} does not exist; devices: {string.Join("; ", infos.Select(d => $"{d.Index}: {d.Name}"))}.");
                chosen = infos[wanted];
                if (!chosen.HasComputeQueue) throw new GpuUnavailableException($"Vulkan device {wanted} ({chosen.Name}) has no compute queue.");
            }
            else
            {
                chosen = infos.Where(d => d.HasComputeQueue).OrderBy(d => d.Type switch { "discrete" => 0, "integrated" => 1, "virtual" => 2, "cpu" => 3, _ => 4 }).FirstOrDefault()
                    ?? throw new GpuUnavailableException("No Vulkan device has a compute queue.");
            }
            return new VulkanDevice(instance, devices[chosen.Index], chosen);
        }
        catch
        {
            Vk.DestroyInstance(instance, null);
            throw;
        }
    }

    internal uint HostVisibleMemoryType(uint allowed)
    {
        const uint wanted = Vk.MemoryHostVisible | Vk.MemoryHostCoherent;
        var fallback = -1;
        for (var i = 0; i < (int)_memory.MemoryTypeCount; i++)
        {
            var flags = _memory.MemoryTypes[i].PropertyFlags;
            if ((allowed & (1u << i)) == 0 || (flags & wanted) != wanted) continue;
            if ((flags & Vk.MemoryDeviceLocal) != 0) return (uint)i;
            if (fallback < 0) fallback = i;
        }
        if (fallback < 0) throw new GpuUnavailableException($"{Info.Name} has no host-visible coherent memory type for buffers.");
        return (uint)fallback;
    }

    internal override BufferStorage CreateStorage(ResourceKind kind, int length, int elementSize)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        lock (_lock)
        {
            return kind == ResourceKind.Constant
                ? new VulkanConstantStorage(this, length, elementSize)
                : new VulkanStorage(this, (ulong)length * (ulong)elementSize);
        }
    }

    internal override void Execute(IReadOnlyList<DispatchCommand> commands)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        lock (_lock) new VulkanSubmission(this, commands).Run();
    }

    internal VulkanPipeline Pipeline(ShaderInfo info)
    {
        if (!_pipelines.TryGetValue(info, out var pipeline))
        {
            pipeline = new VulkanPipeline(this, info);
            _pipelines[info] = pipeline;
        }
        return pipeline;
    }

    internal nint Queue => _queue;

    internal nint CommandBuffer => _commandBuffer;

    internal ulong Fence => _fence;

    public override void Dispose()
    {
        lock (_lock)
        {
            if (IsDisposed) return;
            Vk.DeviceWaitIdle(Handle);
            foreach (var pipeline in _pipelines.Values) pipeline.Dispose();
            _pipelines.Clear();
            Vk.DestroyFence(Handle, _fence, null);
            Vk.DestroyCommandPool(Handle, _commandPool, null);
            Vk.DestroyDevice(Handle, null);
            Vk.DestroyInstance(_instance, null);
            IsDisposed = true;
        }
        GC.SuppressFinalize(this);
    }
}
