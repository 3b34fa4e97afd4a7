namespace Daedalus.Shaders;

public static partial class Hlsl
{
    /// <summary>
    /// Not supported yet: the CPU fallback runs the threads of a group one after another, so a barrier
    /// cannot be honoured there. The analyzer reports DAE1014 for every use.
    /// </summary>
    public static void GroupMemoryBarrierWithGroupSync() =>
        throw new NotSupportedException("Group barriers are not supported yet by Daedalus shaders (DAE1014).");

    /// <inheritdoc cref="GroupMemoryBarrierWithGroupSync"/>
    public static void AllMemoryBarrierWithGroupSync() =>
        throw new NotSupportedException("Group barriers are not supported yet by Daedalus shaders (DAE1014).");
}
