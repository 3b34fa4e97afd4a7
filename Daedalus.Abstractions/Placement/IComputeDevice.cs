namespace Daedalus;

/// <summary>
/// A device that runs a GPU segment's nodes, as the run-time engine sees it: a name for run summaries.
/// <c>Daedalus.Shaders.GraphicsDevice</c> implements it, so graphs without GPU nodes need no shader library.
/// </summary>
public interface IComputeDevice
{
    /// <summary>The device as people read it, e.g. <c>Vulkan: llvmpipe (LLVM 15.0.6, 256 bits)</c>.</summary>
    string DisplayName { get; }

    /// <summary>Whether the device is a GPU (false for the CPU fallback).</summary>
    bool IsGpu { get; }
}
