namespace Daedalus.Runtime;

/// <summary>
/// The shared state of a parallel run: per-node dependency counters (reset each pass from the in-degree
/// array), the ready queue, and what the pass found. The worker that finishes a pass's last node decides
/// whether another pass is needed (some node fired and some node was cut short) and starts it.
/// </summary>
internal sealed class ParallelPasses
{
    private readonly RunState _run;
    private readonly int[] _indegree;
    private readonly int[] _pending;
    private readonly int[] _roots;
    private readonly ReadyQueue _ready;
    private int _remaining;
    private int _passOutcome;

    public ParallelPasses(RunState run)
    {
        _run = run;
        var graph = run.Graph;
        var count = graph.Nodes.Length;
        _indegree = new int[count];
        var roots = 0;
        for (var n = 0; n < count; n++)
        {
            _indegree[n] = graph.InStart[n + 1] - graph.InStart[n];
            if (_indegree[n] == 0) roots++;
        }
        // Roots in schedule order, so the first pass starts where the serial executor would.
        _roots = new int[roots];
        roots = 0;
        foreach (var node in graph.Schedule)
        {
            if (_indegree[node] == 0) _roots[roots++] = node;
        }
        _pending = new int[count];
        _ready = new ReadyQueue(count);
    }

    /// <summary>Starts the first pass; false when the graph has no node.</summary>
    public bool Start()
    {
        if (_pending.Length == 0) return false;
        BeginPass();
        return true;
    }

    /// <summary>Stops the run (cancellation): workers return after their current node.</summary>
    public void Stop()
    {
        _run.Cancel();
        _ready.Finish();
    }

    /// <summary>A worker: takes ready nodes until the run finishes; keeps one newly ready successor for itself.</summary>
    public void Work(int worker)
    {
        try
        {
            var skipped = new Stack<int>();
            var next = -1;
            while (true)
            {
                int node;
                if (next >= 0)
                {
                    node = next;
                    next = -1;
                }
                else if (!_ready.TryTake(out node))
                {
                    return;
                }
                if (_run.IsCancelled) return;
                var outcome = (int)Activation.Run(_run, node);
                if (outcome != 0 && (Volatile.Read(ref _passOutcome) & outcome) != outcome) Interlocked.Or(ref _passOutcome, outcome);
                next = Release(node, skipped, out var finished);
                if (Interlocked.Add(ref _remaining, -finished) == 0) EndPass();
            }
        }
        catch (Exception bug)
        {
            _run.EngineFailed(bug);
            _ready.Finish();
        }
    }

    /// <summary>
    /// Counts <paramref name="node"/> off each successor. A successor that became ready and cannot fire
    /// (asleep: nothing reached it since its last activation) is finished right here, and its own
    /// successors counted off in turn, so a pass in which little happens is a walk over counters with no
    /// queueing. Of the successors that can fire, one is returned to run on this thread; the rest are queued.
    /// </summary>
    /// <param name="node">The node whose activation just ended.</param>
    /// <param name="skipped">The worker's scratch stack of finished nodes whose successors are still to count off.</param>
    /// <param name="finished">How many nodes of the pass this finished: the node and every skipped one.</param>
    private int Release(int node, Stack<int> skipped, out int finished)
    {
        var graph = _run.Graph;
        var targets = graph.OutTargets;
        var awake = _run.Awake;
        var keep = -1;
        finished = 1;
        skipped.Push(node);
        while (skipped.TryPop(out var done))
        {
            for (var i = graph.OutStart[done]; i < graph.OutStart[done + 1]; i++)
            {
                var successor = targets[i];
                if (Interlocked.Decrement(ref _pending[successor]) != 0) continue;
                if (!awake[successor] || _run.States[successor] != NodeState.Active)
                {
                    finished++;
                    skipped.Push(successor);
                }
                else if (keep < 0)
                {
                    keep = successor;
                }
                else
                {
                    _ready.Push(successor);
                }
            }
        }
        return keep;
    }

    // A pause requested during the pass is honoured here, where no node of the pass is still firing.
    private void EndPass()
    {
        var more = _run.NextPass((Activation.Outcome)Interlocked.Exchange(ref _passOutcome, 0)) && !_run.IsCancelled;
        // No node of the pass is firing here, so a node that held something back can publish it on this thread.
        if (!more && FinalPublish.Next(_run))
        {
            BeginPass();
            return;
        }
        if (more && !_run.PauseRequested)
        {
            BeginPass();
            return;
        }
        if (more) _run.Pause();
        _ready.Finish();
    }

    private void BeginPass()
    {
        _indegree.CopyTo(_pending, 0);
        Volatile.Write(ref _remaining, _pending.Length);
        _ready.Reset(_roots);
    }
}
