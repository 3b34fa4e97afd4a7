namespace Daedalus.Runtime;

/// <summary>Creates each edge's queue for one run, of the kind an executor needs.</summary>
internal interface IEdgeFactory
{
    /// <summary>Creates the queue for <paramref name="edge"/>, whose items are <typeparamref name="T"/>.</summary>
    RunEdge Create<T>(ResolvedEdge edge);

    /// <summary>Creates a byte-stream edge (a pipe), or explains why this executor cannot run one.</summary>
    RunEdge CreateByteStream(ResolvedEdge edge);
}
