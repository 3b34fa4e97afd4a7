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

    /// <summary>A node's placement as device selection reads it.</summary>
    public static GpuPlacement ToGpuPlacement(NodePlacement placement) => placement switch
    {
        NodePlacement.GpuRequired => GpuPlacement.GpuRequired,
        NodePlacement.GpuPreferred => GpuPlacement.GpuPreferred,
        _ => GpuPlacement.CpuOnly,
    };
}
