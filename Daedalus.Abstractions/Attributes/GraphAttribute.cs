namespace Daedalus;

/// <summary>
/// Marks a <c>partial</c> class as a graph. The class declares
/// <c>static void Define(GraphBuilder g)</c>; the source generator reads that method at compile time
/// (it is never run) and emits the typed wiring, the schedule and the run methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GraphAttribute : Attribute;
