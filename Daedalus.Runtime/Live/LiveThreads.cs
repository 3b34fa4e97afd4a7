namespace Daedalus.Runtime;

/// <summary>
/// The worker threads of one live graph. Starting a thread costs a millisecond or more on some machines (a virtual
/// machine's kernel), which a commit that adds a node should not wait for: the graph keeps a couple of spare threads
/// started in advance, hands one to each added node, and starts the replacements in the background. A removed node's
/// thread becomes a spare again. When the graph ends, the spares end too, so no thread outlives it.
/// </summary>
internal sealed class LiveThreads(string graph) : IDisposable
{
    private const int Spares = 2;

    private readonly string _graph = graph;
    private readonly Stack<Worker> _spare = new();
    private readonly Lock _gate = new();
    private bool _disposed;
    private bool _refilling;

    /// <summary>Runs <paramref name="body"/> on a thread named <paramref name="name"/>; returns that thread. The body says whether its thread may serve again.</summary>
    public Thread Run(string name, Func<bool> body)
    {
        Worker? worker;
        lock (_gate) _spare.TryPop(out worker);
        worker ??= new Worker(this);
        worker.Assign(name, body);
        Refill();
        return worker.Thread;
    }

    /// <summary>Starts the spares (in the background).</summary>
    public void Refill()
    {
        lock (_gate)
        {
            if (_disposed || _refilling || _spare.Count >= Spares) return;
            _refilling = true;
        }
        ThreadPool.UnsafeQueueUserWorkItem(static threads => threads.Fill(), this, preferLocal: false);
    }

    /// <summary>Ends the spares; threads running nodes end when their nodes do.</summary>
    public void Dispose()
    {
        Worker[] spares;
        lock (_gate)
        {
            _disposed = true;
            spares = [.. _spare];
            _spare.Clear();
        }
        foreach (var spare in spares) spare.Retire();
    }

    private void Fill()
    {
        while (true)
        {
            lock (_gate)
            {
                if (_disposed || _spare.Count >= Spares)
                {
                    _refilling = false;
                    return;
                }
            }
            var worker = new Worker(this);
            if (!TakeBack(worker)) worker.Retire();
        }
    }

    /// <summary>A worker whose node was removed, or a new one: a spare, unless the graph ended or has enough.</summary>
    private bool TakeBack(Worker worker)
    {
        lock (_gate)
        {
            if (_disposed || _spare.Count >= Spares * 2) return false;
            _spare.Push(worker);
            return true;
        }
    }

    private sealed class Worker
    {
        private readonly LiveThreads _owner;
        private readonly SemaphoreSlim _assigned = new(0);
        private readonly string _spareName;
        private Func<bool>? _body;
        private string? _name;

        public Worker(LiveThreads owner)
        {
            _owner = owner;
            _spareName = $"Daedalus live {owner._graph} (spare)";
            Thread = new Thread(Serve, DedicatedWorkers.StackSize) { IsBackground = true, Name = _spareName };
            Thread.Start();
        }

        public Thread Thread { get; }

        public void Assign(string name, Func<bool> body)
        {
            _name = name;
            _body = body;
            _assigned.Release();
        }

        /// <summary>Ends the thread (it has no node).</summary>
        public void Retire() => _assigned.Release();

        private void Serve()
        {
            while (true)
            {
                _assigned.Wait();
                if (_body is not { } body) return;
                _body = null;
                Thread.CurrentThread.Name = _name;
                if (!body()) return;
                Thread.CurrentThread.Name = _spareName;
                if (!_owner.TakeBack(this)) return;
            }
        }
    }
}
