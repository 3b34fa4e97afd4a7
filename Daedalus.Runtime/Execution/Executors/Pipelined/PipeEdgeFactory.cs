namespace Daedalus.Runtime;

/// <summary>Thread-safe queues for the pipelined executor; each consumer node waits on one signal for all its inputs.</summary>
internal sealed class PipeEdgeFactory(WaitSignal[] consumerSignals, CancellationToken cancellation) : IEdgeFactory
{
    public RunEdge CreateByteStream(ResolvedEdge edge) => new ByteStreamRunEdge(edge);

    public RunEdge Create<T>(ResolvedEdge edge)
    {
        var signal = consumerSignals[edge.To];
        return edge.Policy.Kind switch
        {
            EdgeKind.Bounded => new RingPipe<T>(edge, signal, cancellation),
            EdgeKind.Latest => new LatestPipe<T>(edge, signal),
            _ => new FifoPipe<T>(edge, signal),
        };
    }
}
