namespace Daedalus.Shaders;

public abstract partial class GraphicsDevice
{
    /// <summary>
    /// The device for a graph's GPU segment placed <paramref name="placement"/>, given a <c>DAEDALUS_GPU</c>-style
    /// <paramref name="setting"/> (null reads the environment variable). Generated graphs call this once per segment.
    /// </summary>
    public static GraphicsDevice Select(NodePlacement placement, string? setting = null) =>
        Select(ToGpuPlacement(placement), setting ?? Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>
    /// As <see cref="Select(NodePlacement, string?)"/> for GPU segment <paramref name="segment"/> of graph
    /// <paramref name="graph"/>; a <see cref="GpuUnavailableException"/> names the segment and what is missing.
    /// </summary>
    public static GraphicsDevice SelectForSegment(string graph, string segment, NodePlacement placement, string? setting = null)
    {
        try
        {
            return Select(placement, setting);
        }
        catch (GpuUnavailableException exception)
        {
            throw new GpuUnavailableException($"GPU segment '{segment}' of graph '{graph}' requires a GPU: {exception.Message}", exception);
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
