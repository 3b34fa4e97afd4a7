namespace Daedalus.Runtime;

/// <summary>
/// Long-lived worker threads that the parallel and pipelined executors reuse across runs instead of
/// starting threads for each run. Grows to the most workers one run needs; dispose it to end the threads.
/// </summary>
/// <remarks>
/// A run reserves as many idle workers as it needs before handing out work, starting threads only for
/// the shortfall, so every body of a run gets its own thread at once (pipelined workers wait on each
/// other and must all run together). Several graphs may share one pool.
/// </remarks>
public sealed class WorkerPool : IDisposable, IWorkerSource
{
    private readonly object _gate = new();
    private readonly Queue<(Batch Batch, int Index)> _work = new();
    private readonly List<Thread> _threads = [];
    private int _free;
    private bool _disposed;

    /// <summary>Creates an empty pool; workers start when a run first needs them.</summary>
    public WorkerPool() { }

    /// <summary>Worker threads alive in the pool.</summary>
    public int Workers
    {
        get
        {
            lock (_gate) return _threads.Count;
        }
    }

    /// <summary>Ends every worker once its current work finishes.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }
    }

    void IWorkerSource.Run(int count, Action<int> body)
    {
        var batch = new Batch(count, body);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            while (_free < count) StartWorker();
            _free -= count;
            for (var i = 0; i < count; i++) _work.Enqueue((batch, i));
            Monitor.PulseAll(_gate);
        }
        batch.Wait();
    }

    private void StartWorker()
    {
        var thread = new Thread(Work, DedicatedWorkers.StackSize) { IsBackground = true, Name = $"Daedalus pool worker {_threads.Count + 1}" };
        _threads.Add(thread);
        _free++;
        thread.Start();
    }

    private void Work()
    {
        while (true)
        {
            (Batch Batch, int Index) item;
            lock (_gate)
            {
                while (_work.Count == 0 && !_disposed) Monitor.Wait(_gate);
                if (_work.Count == 0) return;
                item = _work.Dequeue();
            }
            try
            {
                item.Batch.RunOne(item.Index);
            }
            finally
            {
                lock (_gate) _free++;
                item.Batch.Finished();
            }
        }
    }

    /// <summary>The bodies of one run and a countdown of those still running.</summary>
    private sealed class Batch(int count, Action<int> body)
    {
        private readonly ManualResetEventSlim _done = new();
        private int _left = count;
        private Exception? _bug;

        // Bodies catch what nodes throw; anything else is an executor bug, rethrown to the run's caller
        // rather than ending the worker thread (and the process) and leaving the run waiting forever.
        public void RunOne(int index)
        {
            try
            {
                body(index);
            }
            catch (Exception bug)
            {
                Interlocked.CompareExchange(ref _bug, bug, null);
            }
        }

        public void Finished()
        {
            if (Interlocked.Decrement(ref _left) == 0) _done.Set();
        }

        public void Wait()
        {
            _done.Wait();
            _done.Dispose();
            if (_bug is not null) RunFailures.Throw(_bug);
        }
    }
}
