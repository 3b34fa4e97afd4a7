using Daedalus.Shaders;

namespace Daedalus.Shaders.Tests;

/// <summary>
/// One Vulkan device for the whole test run. It is never skipped: where the loader, a driver or shaderc
/// is missing the tests fail with the exception that names what to install.
/// </summary>
public static class TestDevices
{
    private static readonly Lazy<VulkanDevice> Shared = new(() => VulkanDevice.Create());

    public static VulkanDevice Vulkan => Shared.Value;

    public static GraphicsDevice Cpu => GraphicsDevice.Cpu;
}
