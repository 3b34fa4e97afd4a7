using System.Runtime.InteropServices;

namespace Daedalus.Shaders.Vulkan;

/// <summary>The Vulkan 1.0 entry points the compute path calls, exported by every Vulkan loader.</summary>
internal static unsafe partial class Vk
{
    public const int Success = 0;
    public const uint ApiVersion11 = (1u << 22) | (1u << 12);
    public const ulong WholeSize = ulong.MaxValue;

    // VkStructureType values from vulkan_core.h.
    public const int StructApplicationInfo = 0, StructInstanceCreateInfo = 1, StructDeviceQueueCreateInfo = 2,
        StructDeviceCreateInfo = 3, StructSubmitInfo = 4, StructMemoryAllocateInfo = 5, StructFenceCreateInfo = 8,
        StructBufferCreateInfo = 12, StructShaderModuleCreateInfo = 16, StructPipelineShaderStageCreateInfo = 18,
        StructComputePipelineCreateInfo = 29, StructPipelineLayoutCreateInfo = 30, StructDescriptorSetLayoutCreateInfo = 32,
        StructDescriptorPoolCreateInfo = 33, StructDescriptorSetAllocateInfo = 34, StructWriteDescriptorSet = 35,
        StructCommandPoolCreateInfo = 39, StructCommandBufferAllocateInfo = 40, StructCommandBufferBeginInfo = 42,
        StructMemoryBarrier = 46;

    public const uint QueueCompute = 0x2;
    public const uint BufferUsageTransferSrc = 0x1, BufferUsageTransferDst = 0x2, BufferUsageUniform = 0x10, BufferUsageStorage = 0x20;
    public const uint MemoryDeviceLocal = 0x1, MemoryHostVisible = 0x2, MemoryHostCoherent = 0x4;
    public const uint DescriptorUniformBuffer = 6, DescriptorStorageBuffer = 7;
    public const uint StageCompute = 0x20;
    public const uint BindPointCompute = 1;
    public const uint PipelineStageComputeShader = 0x800, PipelineStageHost = 0x4000;
    public const uint AccessUniformRead = 0x8, AccessShaderRead = 0x20, AccessShaderWrite = 0x40, AccessHostRead = 0x2000, AccessHostWrite = 0x4000;
    public const uint CommandBufferOneTimeSubmit = 0x1;
    public const uint CommandPoolResetCommandBuffer = 0x2;
    public const uint DescriptorPoolFreeDescriptorSet = 0x1;

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateInstance")]
    public static partial int CreateInstance(VkInstanceCreateInfo* info, void* allocator, nint* instance);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyInstance")]
    public static partial void DestroyInstance(nint instance, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkEnumeratePhysicalDevices")]
    public static partial int EnumeratePhysicalDevices(nint instance, uint* count, nint* devices);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkGetPhysicalDeviceProperties")]
    public static partial void GetPhysicalDeviceProperties(nint physicalDevice, byte* properties);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkGetPhysicalDeviceQueueFamilyProperties")]
    public static partial void GetPhysicalDeviceQueueFamilyProperties(nint physicalDevice, uint* count, VkQueueFamilyProperties* properties);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkGetPhysicalDeviceMemoryProperties")]
    public static partial void GetPhysicalDeviceMemoryProperties(nint physicalDevice, VkPhysicalDeviceMemoryProperties* properties);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateDevice")]
    public static partial int CreateDevice(nint physicalDevice, VkDeviceCreateInfo* info, void* allocator, nint* device);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyDevice")]
    public static partial void DestroyDevice(nint device, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDeviceWaitIdle")]
    public static partial int DeviceWaitIdle(nint device);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkGetDeviceQueue")]
    public static partial void GetDeviceQueue(nint device, uint family, uint index, nint* queue);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateBuffer")]
    public static partial int CreateBuffer(nint device, VkBufferCreateInfo* info, void* allocator, ulong* buffer);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyBuffer")]
    public static partial void DestroyBuffer(nint device, ulong buffer, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkGetBufferMemoryRequirements")]
    public static partial void GetBufferMemoryRequirements(nint device, ulong buffer, VkMemoryRequirements* requirements);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkAllocateMemory")]
    public static partial int AllocateMemory(nint device, VkMemoryAllocateInfo* info, void* allocator, ulong* memory);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkFreeMemory")]
    public static partial void FreeMemory(nint device, ulong memory, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkBindBufferMemory")]
    public static partial int BindBufferMemory(nint device, ulong buffer, ulong memory, ulong offset);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkMapMemory")]
    public static partial int MapMemory(nint device, ulong memory, ulong offset, ulong size, uint flags, void** data);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateShaderModule")]
    public static partial int CreateShaderModule(nint device, VkShaderModuleCreateInfo* info, void* allocator, ulong* module);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyShaderModule")]
    public static partial void DestroyShaderModule(nint device, ulong module, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateDescriptorSetLayout")]
    public static partial int CreateDescriptorSetLayout(nint device, VkDescriptorSetLayoutCreateInfo* info, void* allocator, ulong* layout);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyDescriptorSetLayout")]
    public static partial void DestroyDescriptorSetLayout(nint device, ulong layout, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreatePipelineLayout")]
    public static partial int CreatePipelineLayout(nint device, VkPipelineLayoutCreateInfo* info, void* allocator, ulong* layout);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyPipelineLayout")]
    public static partial void DestroyPipelineLayout(nint device, ulong layout, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateComputePipelines")]
    public static partial int CreateComputePipelines(nint device, ulong cache, uint count, VkComputePipelineCreateInfo* infos, void* allocator, ulong* pipelines);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyPipeline")]
    public static partial void DestroyPipeline(nint device, ulong pipeline, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateDescriptorPool")]
    public static partial int CreateDescriptorPool(nint device, VkDescriptorPoolCreateInfo* info, void* allocator, ulong* pool);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyDescriptorPool")]
    public static partial void DestroyDescriptorPool(nint device, ulong pool, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkResetDescriptorPool")]
    public static partial int ResetDescriptorPool(nint device, ulong pool, uint flags);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkAllocateDescriptorSets")]
    public static partial int AllocateDescriptorSets(nint device, VkDescriptorSetAllocateInfo* info, ulong* sets);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkUpdateDescriptorSets")]
    public static partial void UpdateDescriptorSets(nint device, uint writeCount, VkWriteDescriptorSet* writes, uint copyCount, void* copies);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateCommandPool")]
    public static partial int CreateCommandPool(nint device, VkCommandPoolCreateInfo* info, void* allocator, ulong* pool);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyCommandPool")]
    public static partial void DestroyCommandPool(nint device, ulong pool, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkAllocateCommandBuffers")]
    public static partial int AllocateCommandBuffers(nint device, VkCommandBufferAllocateInfo* info, nint* buffers);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkResetCommandBuffer")]
    public static partial int ResetCommandBuffer(nint buffer, uint flags);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkBeginCommandBuffer")]
    public static partial int BeginCommandBuffer(nint buffer, VkCommandBufferBeginInfo* info);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkEndCommandBuffer")]
    public static partial int EndCommandBuffer(nint buffer);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCmdBindPipeline")]
    public static partial void CmdBindPipeline(nint buffer, uint bindPoint, ulong pipeline);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCmdBindDescriptorSets")]
    public static partial void CmdBindDescriptorSets(nint buffer, uint bindPoint, ulong layout, uint firstSet, uint setCount, ulong* sets, uint dynamicOffsetCount, uint* dynamicOffsets);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCmdDispatch")]
    public static partial void CmdDispatch(nint buffer, uint x, uint y, uint z);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCmdPipelineBarrier")]
    public static partial void CmdPipelineBarrier(nint buffer, uint srcStage, uint dstStage, uint dependencyFlags, uint memoryBarrierCount, VkMemoryBarrier* memoryBarriers,
        uint bufferBarrierCount, void* bufferBarriers, uint imageBarrierCount, void* imageBarriers);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkQueueSubmit")]
    public static partial int QueueSubmit(nint queue, uint count, VkSubmitInfo* submits, ulong fence);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkCreateFence")]
    public static partial int CreateFence(nint device, VkFenceCreateInfo* info, void* allocator, ulong* fence);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkDestroyFence")]
    public static partial void DestroyFence(nint device, ulong fence, void* allocator);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkWaitForFences")]
    public static partial int WaitForFences(nint device, uint count, ulong* fences, uint waitAll, ulong timeout);

    [LibraryImport(NativeLibraries.Vulkan, EntryPoint = "vkResetFences")]
    public static partial int ResetFences(nint device, uint count, ulong* fences);

    /// <summary>Throws with the call and VkResult name when <paramref name="result"/> is not VK_SUCCESS.</summary>
    public static void Check(int result, string call)
    {
        if (result != Success) throw new GpuUnavailableException($"Vulkan call {call} failed with {ResultName(result)} ({result}).");
    }

    public static string ResultName(int result) => result switch
    {
        -1 => "VK_ERROR_OUT_OF_HOST_MEMORY",
        -2 => "VK_ERROR_OUT_OF_DEVICE_MEMORY",
        -3 => "VK_ERROR_INITIALIZATION_FAILED",
        -4 => "VK_ERROR_DEVICE_LOST",
        -5 => "VK_ERROR_MEMORY_MAP_FAILED",
        -6 => "VK_ERROR_LAYER_NOT_PRESENT",
        -7 => "VK_ERROR_EXTENSION_NOT_PRESENT",
        -8 => "VK_ERROR_FEATURE_NOT_PRESENT",
        -9 => "VK_ERROR_INCOMPATIBLE_DRIVER",
        2 => "VK_TIMEOUT",
        _ => "VkResult",
    };
}
