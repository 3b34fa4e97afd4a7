using System.Runtime.InteropServices;

namespace Daedalus.Shaders.Vulkan;

/// <summary>Creates VkInstances and reads what the physical devices are.</summary>
internal static unsafe class VulkanInstance
{
    /// <summary>Why Vulkan cannot be used here, or null when the loader is present.</summary>
    public static string? LoaderUnavailable()
    {
        NativeLibraries.EnsureResolver();
        return NativeLibraries.TryLoad(NativeLibraries.VulkanFile, out _)
            ? null
            : $"the Vulkan loader ({NativeLibraries.VulkanFile}) is not installed (Debian/Ubuntu: apt-get install libvulkan1, plus a driver such as mesa-vulkan-drivers or the GPU vendor's)";
    }

    public static nint Create()
    {
        NativeLibraries.EnsureResolver();
        var name = "Daedalus\0"u8;
        fixed (byte* namePtr = name)
        {
            var app = new VkApplicationInfo
            {
                SType = Vk.StructApplicationInfo, PApplicationName = namePtr, PEngineName = namePtr, ApiVersion = Vk.ApiVersion11,
            };
            var info = new VkInstanceCreateInfo { SType = Vk.StructInstanceCreateInfo, PApplicationInfo = &app };
            nint instance;
            var result = Vk.CreateInstance(&info, null, &instance);
            if (result != Vk.Success)
                throw new GpuUnavailableException($"vkCreateInstance failed with {Vk.ResultName(result)}: no Vulkan driver (ICD) is installed or it does not support Vulkan 1.1 (try mesa-vulkan-drivers).");
            return instance;
        }
    }

    public static nint[] PhysicalDevices(nint instance)
    {
        uint count;
        Vk.Check(Vk.EnumeratePhysicalDevices(instance, &count, null), "vkEnumeratePhysicalDevices");
        var devices = new nint[count];
        fixed (nint* pointer = devices)
        {
            if (count > 0) Vk.Check(Vk.EnumeratePhysicalDevices(instance, &count, pointer), "vkEnumeratePhysicalDevices");
        }
        return devices;
    }

    public static VulkanDeviceInfo Describe(nint physicalDevice, int index)
    {
        // VkPhysicalDeviceProperties is 824 bytes; only the leading fields are read.
        var properties = stackalloc byte[1024];
        Vk.GetPhysicalDeviceProperties(physicalDevice, properties);
        var api = *(uint*)properties;
        var type = *(uint*)(properties + 16) switch
        {
            1 => "integrated",
            2 => "discrete",
            3 => "virtual",
            4 => "cpu",
            _ => "other",
        };
        var name = Marshal.PtrToStringUTF8((nint)(properties + 20)) ?? "unknown";
        return new VulkanDeviceInfo(index, name, type, $"{api >> 22}.{(api >> 12) & 0x3FF}.{api & 0xFFF}", ComputeQueueFamily(physicalDevice) >= 0);
    }

    public static int ComputeQueueFamily(nint physicalDevice)
    {
        uint count;
        Vk.GetPhysicalDeviceQueueFamilyProperties(physicalDevice, &count, null);
        var families = stackalloc VkQueueFamilyProperties[(int)count];
        Vk.GetPhysicalDeviceQueueFamilyProperties(physicalDevice, &count, families);
        for (var i = 0; i < count; i++)
        {
            if ((families[i].QueueFlags & Vk.QueueCompute) != 0 && families[i].QueueCount > 0) return i;
        }
        return -1;
    }
}
