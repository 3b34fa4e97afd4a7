namespace Daedalus;

/// <summary>Where a node runs. GPU-placed nodes joined by edges form a GPU segment that shares one device.</summary>
public enum NodePlacement
{
    /// <summary>On the CPU, like any node (the default).</summary>
    Cpu,

    /// <summary>On its segment's GPU when there is one, else on the CPU device with one logged warning.</summary>
    GpuPreferred,

    /// <summary>On its segment's GPU; the run fails with an error saying what is missing when there is none.</summary>
    GpuRequired,
}
