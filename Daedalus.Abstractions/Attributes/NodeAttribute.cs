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
}
