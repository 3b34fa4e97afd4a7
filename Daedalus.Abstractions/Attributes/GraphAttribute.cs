namespace Daedalus;

/// <summary>
/// Marks a <c>partial</c> class as a graph. The class declares
/// <c>static void Define(GraphBuilder g)</c>; the source generator reads that method at compile time
/// (it is never run) and emits the typed wiring, the schedule and the run methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GraphAttribute : Attribute
{
    /// <summary>
    /// The capacity of the graph's item edges connected without a policy (<see cref="Edge.Default(int)"/>): a positive
    /// compile-time constant, <see cref="Edge.DefaultCapacity"/> (1,024) unless set. A non-positive value is DAE0017.
    /// </summary>
    public int DefaultCapacity { get; set; } = Edge.DefaultCapacity;
}
