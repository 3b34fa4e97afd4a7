namespace Daedalus.Shaders;

/// <summary>
/// A Vulkan physical device as listed by the loader. <c>DAEDALUS_GPU=vulkan:Index</c> selects it;
/// Type is integrated, discrete, virtual, cpu or other.
/// </summary>
public sealed record VulkanDeviceInfo(int Index, string Name, string Type, string ApiVersion, bool HasComputeQueue);
