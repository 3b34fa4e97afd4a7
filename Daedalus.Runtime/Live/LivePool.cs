namespace Daedalus.Runtime;

/// <summary>
/// The worker threads that run the nodes of a pooled live graph (<see cref="LiveOptions.Workers"/>): a node runs on
/// one of them while it has work and holds none while it waits, so a graph of thousands of nodes needs no more
/// threads than it has work for at once. Nodes wait their turn in one queue; a node that still has work after a batch
/// of firings goes to the back of it.
/// </summary>
internal sealed class LivePool : IDisposable
{
    private readonly Queue<Action> _ready = new();
    private readonly object _gate = new();
    private readonly Thread[] _threads;
    private bool _disposed;

    public LivePool(string graph, int workers)
    {
        _threads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            _threads[i] = new Thread(Serve, DedicatedWorkers.StackSize) { IsBackground = true, Name = $"Daedalus live {graph} worker {i + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>Runs <paramref name="slice"/> on a worker when one is free.</summary>
    public void Schedule(Action slice)
    {
        lock (_gate)
        {
            _ready.Enqueue(slice);
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Ends the workers once the queue is empty.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void Serve()
    {
        while (true)
        {
            Action slice;
            lock (_gate)
            {
                while (_ready.Count == 0)
                {
                    if (_disposed) return;
                    Monitor.Wait(_gate);
                }
                slice = _ready.Dequeue();
            }
            slice();
        }
    }
}
