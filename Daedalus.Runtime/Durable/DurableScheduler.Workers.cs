using System.Diagnostics;

namespace Daedalus.Runtime;

internal sealed partial class DurableScheduler
{
    private readonly object _gate = new();
    private readonly List<FinishedNode> _finished = [];
    private int _running;
    private bool _exit;

    /// <summary>Queues a node to run: the serial loop takes it next; a worker wakes for it.</summary>
    private void Enqueue(int node)
    {
        if (_degree == 1)
        {
            _ready.Enqueue(node);
            return;
        }
        lock (_gate)
        {
            _ready.Enqueue(node);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Worker 0 (the calling thread) coordinates; the others run nodes.</summary>
    private void RunOnWorkers()
    {
        using (_run.Token.UnsafeRegister(static state => ((DurableScheduler)state!).Wake(), this))
        {
            Executor.Workers(_pool).Run(_degree + 1, worker =>
            {
                if (worker == 0) Coordinate();
                else Work();
            });
        }
    }

    /// <summary>How long the batch may still wait before it is due.</summary>
    private TimeSpan Remaining()
    {
        var left = _durable.MaxCommitDelay - Stopwatch.GetElapsedTime(_batchStarted);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private void Wake()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }

    private void Coordinate()
    {
        var finished = new List<FinishedNode>();
        try
        {
            while (true)
            {
                lock (_gate)
                {
                    while (_finished.Count == 0 && !_run.Token.IsCancellationRequested && !(_ready.Count == 0 && _releaseAfterCommit.Count > 0) && (_running > 0 || _ready.Count > 0))
                    {
                        if (!Pending) Monitor.Wait(_gate);
                        else if (CommitDue() || !Monitor.Wait(_gate, Remaining())) break;
                    }
                    finished.AddRange(_finished);
                    _finished.Clear();
                }
                foreach (var node in finished) Finish(node);
                finished.Clear();
                if (_stopping || _run.IsCancelled || _run.Token.IsCancellationRequested)
                {
                    _stopping = true;
                    WaitForWorkers();
                    return;
                }
                bool idle;
                lock (_gate) idle = _ready.Count == 0;
                if (CommitDue() || (idle && _releaseAfterCommit.Count > 0)) Commit();
                lock (_gate)
                {
                    if (_ready.Count == 0 && _running == 0 && _finished.Count == 0 && _releaseAfterCommit.Count == 0) return;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _exit = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Lets the nodes in flight finish (they stop before their next firing) and takes what they gave.</summary>
    private void WaitForWorkers()
    {
        lock (_gate)
        {
            _ready.Clear();
            while (_running > 0) Monitor.Wait(_gate);
        }
        foreach (var node in _finished) Finish(node);
        _finished.Clear();
    }

    private void Work()
    {
        while (true)
        {
            int node;
            lock (_gate)
            {
                while (_ready.Count == 0 && !_exit) Monitor.Wait(_gate);
                if (_exit) return;
                node = _ready.Dequeue();
                _running++;
            }
            FinishedNode? finished = null;
            try
            {
                finished = RunNode(node);
            }
            catch (Exception error)
            {
                // Reading the store failed (or an executor bug): the run stops, and the coordinator rethrows it.
                _run.EngineFailed(error);
                _run.Cancel();
            }
            lock (_gate)
            {
                if (finished is not null) _finished.Add(finished);
                _running--;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
