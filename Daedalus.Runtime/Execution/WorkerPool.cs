namespace Daedalus.Runtime;

/// <summary>
/// Long-lived worker threads that the parallel and pipelined executors reuse across runs instead of
/// starting threads for each run. Grows to the most workers one run needs; dispose it to end the threads.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    /// <summary>Creates an empty pool; workers start when a run first needs them.</summary>
    public WorkerPool() => throw new NotImplementedException();

    /// <summary>Worker threads alive in the pool.</summary>
    public int Workers => throw new NotImplementedException();

    /// <summary>Ends every worker once its current work finishes.</summary>
    public void Dispose() => throw new NotImplementedException();
}
