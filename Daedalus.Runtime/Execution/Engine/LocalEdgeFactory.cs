namespace Daedalus.Runtime;

/// <summary>Single-thread queues, for the serial and parallel executors.</summary>
internal sealed class LocalEdgeFactory : IEdgeFactory
{
    public static readonly LocalEdgeFactory Instance = new();

    public RunEdge Create<T>(ResolvedEdge edge) => new LocalEdge<T>(edge);

    /// <summary>A pipe's producer waits in <c>FlushAsync</c> for its consumer, which one thread per pass cannot be.</summary>
    public RunEdge CreateByteStream(ResolvedEdge edge) =>
        throw new InvalidOperationException(
            $"Edge '{edge.Id}' is a byte stream: its producer and consumer must run at the same time. Run the graph with Executor.Pipelined().");
}
