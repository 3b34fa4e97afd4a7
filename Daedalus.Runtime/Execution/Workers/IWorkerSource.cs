namespace Daedalus.Runtime;

/// <summary>Runs a batch of bodies, each on a thread of its own, and waits for all of them.</summary>
internal interface IWorkerSource
{
    /// <summary>Runs <paramref name="body"/>(0) … <paramref name="body"/>(count − 1) concurrently; returns when all returned.</summary>
    /// <remarks>Bodies must not throw: executors catch everything inside them.</remarks>
    void Run(int count, Action<int> body);
}
