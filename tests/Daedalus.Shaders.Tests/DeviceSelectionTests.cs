namespace Daedalus.Shaders.Tests;

public sealed class DeviceSelectionTests
{
    [Fact]
    public void Cpu_setting_forces_the_cpu_and_rejects_gpu_required_work()
    {
        Assert.Same(GraphicsDevice.Cpu, GraphicsDevice.Select(GpuPlacement.GpuPreferred, "cpu"));
        Assert.Same(GraphicsDevice.Cpu, GraphicsDevice.Select(GpuPlacement.CpuOnly, "vulkan"));
        var error = Assert.Throws<GpuUnavailableException>(() => GraphicsDevice.Select(GpuPlacement.GpuRequired, "cpu"));
        Assert.Contains("DAEDALUS_GPU=cpu", error.Message);
    }

    [Fact]
    public void Vulkan_setting_with_an_index_selects_that_device()
    {
        var devices = VulkanDevice.Enumerate();
        Assert.NotEmpty(devices);
        using var device = GraphicsDevice.Select(GpuPlacement.GpuRequired, "vulkan:0");
        var vulkan = Assert.IsType<VulkanDevice>(device);
        Assert.Equal(devices[0].Name, vulkan.Info.Name);
        var missing = Assert.Throws<GpuUnavailableException>(() => GraphicsDevice.Select(GpuPlacement.GpuRequired, "vulkan:99"));
        Assert.Contains("index 99 does not exist", missing.Message);
    }

    [Fact]
    public void Invalid_setting_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphicsDevice.Select(GpuPlacement.GpuPreferred, "cuda"));
        Assert.Contains("auto, cpu, vulkan, vulkan:<device index>", error.Message);
    }

    [Fact]
    public void Buffers_from_another_device_are_rejected()
    {
        using var cpuBuffer = GraphicsDevice.Cpu.AllocateReadWriteBuffer<int>(4);
        var error = Assert.Throws<ArgumentException>(() => TestDevices.Vulkan.Dispatch(new Shaders.Ids1D1Shader(cpuBuffer), 4));
        Assert.Contains("belongs to device", error.Message);
    }
}
