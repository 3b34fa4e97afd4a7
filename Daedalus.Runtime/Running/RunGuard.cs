namespace Daedalus.Runtime;

/// <summary>
/// One run at a time over a set of node objects. A generated graph instance and every <see cref="RuntimeGraph"/>
/// its <c>ToRuntimeGraph()</c> builds share one guard, because they run the same node objects: whichever path
/// starts a second run while one is under way gets an <see cref="InvalidOperationException"/> naming the graph.
/// </summary>
public sealed class RunGuard
{
    private readonly string _graph;
    private int _running;

    /// <summary>Creates a free guard for graph <paramref name="graph"/>, named in its message.</summary>
    public RunGuard(string graph)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graph);
        _graph = graph;
    }

    /// <summary>Whether a run holds the guard now.</summary>
    public bool IsHeld => Volatile.Read(ref _running) != 0;

    /// <summary>Takes the guard for one run.</summary>
    /// <exception cref="InvalidOperationException">Another run holds it.</exception>
    public void Enter()
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
            throw new InvalidOperationException($"Graph '{_graph}' is already running; its nodes run one run at a time.");
    }

    /// <summary>Releases the guard; call it once for each successful <see cref="Enter"/>.</summary>
    public void Exit() => Volatile.Write(ref _running, 0);
}
