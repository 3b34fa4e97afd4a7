namespace Daedalus.Runtime;

/// <summary>
/// The nodes of a parallel pass whose predecessors have all finished it. Each node enters at most once
/// per pass, so a flat array of the node count is enough; the queue is emptied by every pass's end.
/// Idle workers sleep on the lock's monitor.
/// </summary>
internal sealed class ReadyQueue(int capacity)
{
    private readonly int[] _items = new int[Math.Max(1, capacity)];
    private readonly object _gate = new();
    private int _head;
    private int _tail;
    private int _sleepers;
    private bool _finished;

    /// <summary>Adds a ready node.</summary>
    public void Push(int node)
    {
        lock (_gate)
        {
            _items[_tail++] = node;
            if (_sleepers > 0) Monitor.Pulse(_gate);
        }
    }

    /// <summary>Starts a pass: the queue holds exactly <paramref name="roots"/>.</summary>
    public void Reset(int[] roots)
    {
        lock (_gate)
        {
            roots.CopyTo(_items, 0);
            _head = 0;
            _tail = roots.Length;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Takes a ready node, waiting for one; false once the run is finished.</summary>
    public bool TryTake(out int node)
    {
        lock (_gate)
        {
            while (_head == _tail && !_finished)
            {
                _sleepers++;
                Monitor.Wait(_gate);
                _sleepers--;
            }
            if (_finished)
            {
                node = -1;
                return false;
            }
            node = _items[_head++];
            return true;
        }
    }

    /// <summary>Ends the run: every waiting and later <see cref="TryTake"/> returns false.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            _finished = true;
            Monitor.PulseAll(_gate);
        }
    }
}
