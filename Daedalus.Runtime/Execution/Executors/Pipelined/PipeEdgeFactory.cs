namespace Daedalus.Runtime;

/// <summary>Thread-safe queues for the pipelined executor; each consumer node waits on one signal for all its inputs.</summary>
/// <param name="consumerSignals">Each node's wake-up signal, by node index.</param>
/// <param name="cancellation">The run's token, for writes that wait.</param>
/// <param name="softBounds">
/// Whether every node has its own worker, so that a producer may wait inside a write for its consumer: default edges
/// are then <see cref="SoftBoundedPipe{T}"/>s. Workers that run slices of the schedule keep them unbounded FIFO queues,
/// since a producer waiting for a consumer on its own thread would wait forever.
/// </param>
internal sealed class PipeEdgeFactory(WaitSignal[] consumerSignals, CancellationToken cancellation, bool softBounds) : IEdgeFactory
{
    public RunEdge CreateByteStream(ResolvedEdge edge) => new ByteStreamRunEdge(edge);

    public RunEdge Create<T>(ResolvedEdge edge)
    {
        var signal = consumerSignals[edge.To];
        if (edge.Policy.IsDefault) return softBounds ? new SoftBoundedPipe<T>(edge, signal, cancellation) : new FifoPipe<T>(edge, signal);
        return edge.Policy.Kind switch
        {
            EdgeKind.Bounded => new RingPipe<T>(edge, signal, cancellation),
            EdgeKind.Latest => new LatestPipe<T>(edge, signal),
            _ => new FifoPipe<T>(edge, signal),
        };
    }
}
