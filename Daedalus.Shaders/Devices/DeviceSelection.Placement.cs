namespace Daedalus.Shaders;

public abstract partial class GraphicsDevice
{
    /// <summary>The Vulkan devices GPU segments run on, by device index (-1: the best), opened once per process.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<GraphicsDevice>> SegmentVulkanDevices = new();

    /// <summary>
    /// A device for work placed like a node (<paramref name="placement"/>), given a <c>DAEDALUS_GPU</c>-style
    /// <paramref name="setting"/> (null reads the environment variable). The caller owns a Vulkan device it returns.
    /// </summary>
    public static GraphicsDevice Select(NodePlacement placement, string? setting = null) =>
        Select(ToGpuPlacement(placement), setting ?? Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>
    /// The device for GPU segment <paramref name="segment"/> of graph <paramref name="graph"/>, by the rules of
    /// <see cref="Select(NodePlacement, string?)"/>; a <see cref="GpuUnavailableException"/> names the segment and what
    /// is missing. Unlike <c>Select</c>, which opens a device for its caller to dispose, the Vulkan devices returned
    /// here are opened once per process and shared by every segment that selects them: do not dispose them.
    /// </summary>
    public static GraphicsDevice SelectForSegment(string graph, string segment, NodePlacement placement, string? setting = null)
    {
        try
        {
            return Select(ToGpuPlacement(placement), setting ?? Environment.GetEnvironmentVariable(EnvironmentVariable), SharedVulkan);
        }
        catch (GpuUnavailableException exception)
        {
            var what = placement == NodePlacement.GpuRequired ? "requires a GPU" : "has no device";
            throw new GpuUnavailableException($"GPU segment '{segment}' of graph '{graph}' {what}: {exception.Message}", exception);
        }
    }

    /// <summary>The process-wide Vulkan device of <paramref name="index"/>; a failed open is not cached, so it is retried.</summary>
    private static GraphicsDevice SharedVulkan(int? index)
    {
        var key = index ?? -1;
        var lazy = SegmentVulkanDevices.GetOrAdd(key, k => new Lazy<GraphicsDevice>(() => VulkanDevice.Create(k < 0 ? null : k)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            SegmentVulkanDevices.TryRemove(new KeyValuePair<int, Lazy<GraphicsDevice>>(key, lazy));
            throw;
        }
    }

    /// <summary>
    /// The device a run-time graph placed node <paramref name="node"/> on, as a graphics device: what generated
    /// adapters pass for a <c>GraphicsDevice</c> parameter. Throws when the node was not placed on one.
    /// </summary>
    public static GraphicsDevice Of(IComputeDevice? device, string node) => device switch
    {
        GraphicsDevice graphics => graphics,
        null => throw new InvalidOperationException($"Node '{node}' takes a GraphicsDevice but was not placed on one; place it with RuntimeGraph.Place (generated graphs place their GPU segments' nodes)."),
        _ => throw new InvalidOperationException($"Node '{node}' takes a GraphicsDevice but was placed on '{device.DisplayName}', which is not one."),
    };

    /// <summary>A node's placement as device selection reads it.</summary>
    public static GpuPlacement ToGpuPlacement(NodePlacement placement) => placement switch
    {
        NodePlacement.GpuRequired => GpuPlacement.GpuRequired,
        NodePlacement.GpuPreferred => GpuPlacement.GpuPreferred,
        _ => GpuPlacement.CpuOnly,
    };
}
