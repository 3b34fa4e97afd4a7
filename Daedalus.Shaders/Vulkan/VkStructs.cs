using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Daedalus.Shaders.Vulkan;

// Vulkan 1.0 structures used by the compute path, laid out as in vulkan_core.h (64-bit and 32-bit safe:
// pointers are void*, non-dispatchable handles ulong, dispatchable handles nint).
#pragma warning disable CS0649 // fields are written by the driver

internal unsafe struct VkApplicationInfo
{
    public int SType; public void* PNext; public byte* PApplicationName; public uint ApplicationVersion;
    public byte* PEngineName; public uint EngineVersion; public uint ApiVersion;
}

internal unsafe struct VkInstanceCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public VkApplicationInfo* PApplicationInfo;
    public uint EnabledLayerCount; public byte** PpEnabledLayerNames; public uint EnabledExtensionCount; public byte** PpEnabledExtensionNames;
}

internal struct VkQueueFamilyProperties
{
    public uint QueueFlags; public uint QueueCount; public uint TimestampValidBits; public uint GranularityWidth, GranularityHeight, GranularityDepth;
}

internal unsafe struct VkDeviceQueueCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint QueueFamilyIndex; public uint QueueCount; public float* PQueuePriorities;
}

internal unsafe struct VkDeviceCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint QueueCreateInfoCount; public VkDeviceQueueCreateInfo* PQueueCreateInfos;
    public uint EnabledLayerCount; public byte** PpEnabledLayerNames; public uint EnabledExtensionCount; public byte** PpEnabledExtensionNames;
    public void* PEnabledFeatures;
}

internal unsafe struct VkBufferCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public ulong Size; public uint Usage; public uint SharingMode;
    public uint QueueFamilyIndexCount; public uint* PQueueFamilyIndices;
}

internal struct VkMemoryRequirements
{
    public ulong Size; public ulong Alignment; public uint MemoryTypeBits;
}

internal unsafe struct VkMemoryAllocateInfo
{
    public int SType; public void* PNext; public ulong AllocationSize; public uint MemoryTypeIndex;
}

internal struct VkMemoryType
{
    public uint PropertyFlags; public uint HeapIndex;
}

internal struct VkMemoryHeap
{
    public ulong Size; public uint Flags;
}

[InlineArray(32)]
internal struct VkMemoryTypes { private VkMemoryType _element; }

[InlineArray(16)]
internal struct VkMemoryHeaps { private VkMemoryHeap _element; }

internal struct VkPhysicalDeviceMemoryProperties
{
    public uint MemoryTypeCount; public VkMemoryTypes MemoryTypes; public uint MemoryHeapCount; public VkMemoryHeaps MemoryHeaps;
}

internal unsafe struct VkShaderModuleCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public nuint CodeSize; public uint* PCode;
}

internal unsafe struct VkDescriptorSetLayoutBinding
{
    public uint Binding; public uint DescriptorType; public uint DescriptorCount; public uint StageFlags; public void* PImmutableSamplers;
}

internal unsafe struct VkDescriptorSetLayoutCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint BindingCount; public VkDescriptorSetLayoutBinding* PBindings;
}

internal unsafe struct VkPipelineLayoutCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint SetLayoutCount; public ulong* PSetLayouts;
    public uint PushConstantRangeCount; public void* PPushConstantRanges;
}

internal unsafe struct VkPipelineShaderStageCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint Stage; public ulong Module; public byte* PName; public void* PSpecializationInfo;
}

internal unsafe struct VkComputePipelineCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public VkPipelineShaderStageCreateInfo Stage; public ulong Layout;
    public ulong BasePipelineHandle; public int BasePipelineIndex;
}

internal struct VkDescriptorPoolSize
{
    public uint Type; public uint DescriptorCount;
}

internal unsafe struct VkDescriptorPoolCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint MaxSets; public uint PoolSizeCount; public VkDescriptorPoolSize* PPoolSizes;
}

internal unsafe struct VkDescriptorSetAllocateInfo
{
    public int SType; public void* PNext; public ulong DescriptorPool; public uint DescriptorSetCount; public ulong* PSetLayouts;
}

internal struct VkDescriptorBufferInfo
{
    public ulong Buffer; public ulong Offset; public ulong Range;
}

internal unsafe struct VkWriteDescriptorSet
{
    public int SType; public void* PNext; public ulong DstSet; public uint DstBinding; public uint DstArrayElement; public uint DescriptorCount;
    public uint DescriptorType; public void* PImageInfo; public VkDescriptorBufferInfo* PBufferInfo; public void* PTexelBufferView;
}

internal unsafe struct VkCommandPoolCreateInfo
{
    public int SType; public void* PNext; public uint Flags; public uint QueueFamilyIndex;
}

internal unsafe struct VkCommandBufferAllocateInfo
{
    public int SType; public void* PNext; public ulong CommandPool; public uint Level; public uint CommandBufferCount;
}

internal unsafe struct VkCommandBufferBeginInfo
{
    public int SType; public void* PNext; public uint Flags; public void* PInheritanceInfo;
}

internal unsafe struct VkSubmitInfo
{
    public int SType; public void* PNext; public uint WaitSemaphoreCount; public ulong* PWaitSemaphores; public uint* PWaitDstStageMask;
    public uint CommandBufferCount; public nint* PCommandBuffers; public uint SignalSemaphoreCount; public ulong* PSignalSemaphores;
}

internal unsafe struct VkFenceCreateInfo
{
    public int SType; public void* PNext; public uint Flags;
}

internal unsafe struct VkMemoryBarrier
{
    public int SType; public void* PNext; public uint SrcAccessMask; public uint DstAccessMask;
}
