namespace Daedalus.Runtime;

/// <summary>Creates each edge's queue for one run, of the kind an executor needs.</summary>
internal interface IEdgeFactory
{
    /// <summary>Creates the queue for <paramref name="edge"/>, whose items are <typeparamref name="T"/>.</summary>
    RunEdge Create<T>(ResolvedEdge edge);
}

/// <summary>Single-thread queues, for the serial and parallel executors.</summary>
internal sealed class LocalEdgeFactory : IEdgeFactory
{
    public static readonly LocalEdgeFactory Instance = new();

    public RunEdge Create<T>(ResolvedEdge edge) => new LocalEdge<T>(edge);
}

/// <summary>Thread-safe queues for the pipelined executor; each consumer node waits on one signal for all its inputs.</summary>
internal sealed class PipeEdgeFactory(WaitSignal[] consumerSignals, CancellationToken cancellation) : IEdgeFactory
{
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
