namespace Daedalus;

/// <summary>
/// Marks a <c>partial</c> class as a dataflow node. The class needs exactly one
/// <see cref="ProcessAttribute"/> method; its ports are the method's parameters and return value
/// (a function node) or <see cref="InputAttribute"/>/<see cref="OutputAttribute"/> partial properties
/// of type <see cref="InPort{T}"/>/<see cref="OutPort{T}"/> (a port node).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NodeAttribute : Attribute
{
    /// <summary>
    /// Where the node runs: <see cref="NodePlacement.Cpu"/> by default. A GPU-placed node may take its segment's
    /// <c>Daedalus.Shaders.GraphicsDevice</c> as a parameter of its process method or lifecycle hooks.
    /// </summary>
    public NodePlacement Placement { get; set; }

    /// <summary>
    /// How many invocations of a function node or sink may be in flight at once on the parallel and pipelined
    /// executors and in the compiled <c>RunAsync</c>: 1 by default. A synchronous process method then runs on up
    /// to this many thread-pool threads; a <c>Task</c>/<c>ValueTask</c> one is started that many times without a
    /// thread waiting for each. The node instance is shared by its concurrent invocations, so it must be
    /// thread-safe. The serial executor and the compiled <c>Run()</c> call the node one item at a time.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = 1;

    /// <summary>
    /// With <see cref="MaxDegreeOfParallelism"/> above 1: whether results are written in input order (a reorder
    /// window of at most that many items), or as invocations complete. <see langword="true"/> by default.
    /// </summary>
    public bool EnsureOrdered { get; set; } = true;

    /// <summary>
    /// Whether durable runs (<c>RunOptions.Durable</c>) may reuse this node's results across runs: a run whose node
    /// has the same code, configuration and input content takes the stored result instead of firing it. Only for
    /// nodes whose output depends on nothing else (no clock, no randomness, no file or service not named in their
    /// configuration or fingerprint). <see langword="false"/> by default: a durable run still records every node's
    /// result, to resume itself after a crash.
    /// </summary>
    public bool Cached { get; set; }
}
