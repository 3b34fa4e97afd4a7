namespace Daedalus.Runtime;

/// <summary>Single-thread queues, for the serial and parallel executors.</summary>
internal sealed class LocalEdgeFactory : IEdgeFactory
{
    public static readonly LocalEdgeFactory Instance = new();

    public RunEdge Create<T>(ResolvedEdge edge) => new LocalEdge<T>(edge);
}
