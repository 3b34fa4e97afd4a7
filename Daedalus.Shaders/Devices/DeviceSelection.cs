namespace Daedalus.Shaders;

/// <summary>Where work may run, as a graph node states it.</summary>
public enum GpuPlacement
{
    /// <summary>Always the CPU fallback.</summary>
    CpuOnly,
    /// <summary>A GPU when there is one, else the CPU with one logged warning.</summary>
    GpuPreferred,
    /// <summary>A GPU or a <see cref="GpuUnavailableException"/> that says what is missing.</summary>
    GpuRequired,
}

public abstract partial class GraphicsDevice
{
    /// <summary>The environment variable that chooses the device: auto (default), cpu, vulkan or vulkan:&lt;index&gt;.</summary>
    public const string EnvironmentVariable = "DAEDALUS_GPU";

    private static int _warned;

    /// <summary>Where the one fallback warning goes; standard error unless the host redirects it.</summary>
    public static Action<string> WarningSink { get; set; } = message => Console.Error.WriteLine(message);

    /// <summary>Picks a device for <paramref name="placement"/>, honouring <c>DAEDALUS_GPU</c>.</summary>
    public static GraphicsDevice Select(GpuPlacement placement = GpuPlacement.GpuPreferred) =>
        Select(placement, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Picks a device for <paramref name="placement"/> given a <c>DAEDALUS_GPU</c>-style <paramref name="setting"/>.</summary>
    public static GraphicsDevice Select(GpuPlacement placement, string? setting) => Select(placement, setting, VulkanDevice.Create);

    /// <summary>The selection rules, with <paramref name="createVulkan"/> opening the Vulkan device of an index (null: the best).</summary>
    private static GraphicsDevice Select(GpuPlacement placement, string? setting, Func<int?, GraphicsDevice> createVulkan)
    {
        var (mode, index) = ParseSetting(setting);
        if (placement == GpuPlacement.CpuOnly) return Cpu;
        if (mode == "cpu")
        {
            if (placement == GpuPlacement.GpuRequired)
                throw new GpuUnavailableException($"This work requires a GPU, but {EnvironmentVariable}={setting} forces the CPU.");
            return Cpu;
        }
        try
        {
            return createVulkan(index);
        }
        catch (GpuUnavailableException exception) when (placement == GpuPlacement.GpuPreferred && mode == "auto")
        {
            if (Interlocked.Exchange(ref _warned, 1) == 0)
                WarningSink($"Daedalus: no usable GPU ({exception.Message}); GPU-preferred shaders run on the CPU fallback. Set {EnvironmentVariable}=cpu to silence this.");
            return Cpu;
        }
    }

    private static (string Mode, int? Index) ParseSetting(string? setting)
    {
        var text = setting?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text) || text == "auto") return ("auto", null);
        if (text == "cpu") return ("cpu", null);
        if (text == "vulkan") return ("vulkan", null);
        if (text.StartsWith("vulkan:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(7), out var index) && index >= 0)
            return ("vulkan", index);
        throw new ArgumentException($"{EnvironmentVariable}='{setting}' is not one of: auto, cpu, vulkan, vulkan:<device index>.", nameof(setting));
    }
}
