using System.Diagnostics;

namespace Daedalus.Runtime;

internal sealed partial class LiveNode
{
    /// <summary>Firings between two looks at the controls, so an edit or a pause never waits for a node that never runs dry.</summary>
    private const int Batch = 1024;

    private static readonly Func<LiveNode, bool> Progressed = static node => node.Progress() != node._snapshot || node.ControlChanged;
    private static readonly Func<LiveNode, bool> ControlMoved = static node => node.ControlChanged;

    private readonly ManualResetEventSlim _parked = new(false);
    private readonly ManualResetEventSlim _released = new(false);
    private readonly ManualResetEventSlim _finished = new(false);
    private Thread? _thread;
    private RunEdge[] _inputEdges = [];
    private int[] _inputPorts = [];
    private RunEdge[] _blocking = [];
    private LiveNode?[] _blockingConsumers = [];
    private LiveEdgeRecord[] _defaultInputs = [];
    private volatile bool _starved;
    private long _firings;
    private long _busyTicks;
    private long _snapshot;
    private long _due;
    private int _control;
    private int _seenControl;
    private int _triggers;
    private volatile bool _parkRequested;
    private volatile bool _exitRequested;
    private volatile bool _paused;
    private volatile bool _stopping;
    private volatile bool _failed;
    private volatile NodeOutcome _outcome = NodeOutcome.Completed;
    private bool _initialized;
    private bool _opened;

    /// <summary>Set when the worker has returned (finished, aborted or removed).</summary>
    public WaitHandle Finished => _finished.WaitHandle;

    public bool IsPaused => _paused;

    private bool ControlChanged => Volatile.Read(ref _control) != _seenControl;

    /// <summary>Starts the node: on a worker thread of its own, or with a first turn on the graph's shared workers.</summary>
    public void Start()
    {
        if (Adapter is ILiveSource source) source.AttachLive(Poke);
        if (Mode.Interval > TimeSpan.Zero) _due = Stopwatch.GetTimestamp();
        if (_graph.Pool is { } pool)
        {
            _slice ??= RunSlice;
            Signal.OnWake(Schedule);
            pool.Schedule(_slice);
            return;
        }
        _thread = _graph.Threads.Run($"Daedalus live {_graph.Name}.{Name}", Work);
    }

    public void Pause(bool paused)
    {
        _paused = paused;
        Poke();
    }

    public void Trigger(int count)
    {
        Interlocked.Add(ref _triggers, count);
        Poke();
    }

    /// <summary>Graceful stop: the node drains its inputs (ignoring pause and mode), then finishes.</summary>
    public void Stop()
    {
        if (Adapter is ILiveSource source) source.Stop();
        _stopping = true;
        Poke();
    }

    /// <summary>Wakes the worker to look at its controls again (or at a feed that was written to).</summary>
    public void Poke()
    {
        Interlocked.Increment(ref _control);
        if (Signal.IsArmed) Signal.Wake();
    }

    /// <summary>The worker's life; returns whether its thread may serve another node (this one was removed, not ended with the graph).</summary>
    private bool Work()
    {
        Turn();
        _finished.Set();
        return _exitRequested;
    }

    /// <summary>Runs the loop; a bug in it ends the node (reported as its failure) rather than the worker's thread.</summary>
    private bool Turn()
    {
        try
        {
            return Loop();
        }
        catch (Exception bug)
        {
            _graph.EngineFailed(this, bug);
            return true;
        }
    }

    /// <summary>
    /// The node's life: fires as its mode and inputs allow and waits in between. Returns true when the node finished
    /// (stopped, aborted or removed); false when a pooled node is suspended until a wake-up schedules it again (a
    /// thread's node waits in place and never returns false).
    /// </summary>
    private bool Loop()
    {
        var token = _graph.Token;
        var pooled = _graph.Pool is not null;
        while (true)
        {
            _seenControl = Volatile.Read(ref _control);
            if (_exitRequested) return true;
            if (_parkRequested)
            {
                _parked.Set();
                if (pooled) return false;
                _released.Wait();
                _released.Reset();
                continue;
            }
            if (token.IsCancellationRequested)
            {
                FinishAborted();
                return true;
            }
            if (_stopping && IsDoneForStop())
            {
                FinishStopped();
                return true;
            }
            if (_failed || (_paused && !_stopping))
            {
                if (Wait(ControlMoved, deadline: 0, token)) return false;
                continue;
            }
            var budget = Budget(out var deadline);
            if (budget > 0 && FireSome(budget))
            {
                if (!pooled) continue;
                // Another node's turn: a node that never runs dry must not keep a worker to itself.
                Schedule();
                return false;
            }
            // Snapshot, then one more try: an item that arrived before the snapshot is fired here, one after it
            // changes the progress the wait watches.
            _snapshot = Progress();
            if (budget > 0 && FireSome(1)) continue;
            if (_stopping && IsDoneForStop()) continue;
            if (WaitForProgress(budget > 0, deadline, token)) return false;
        }
    }

    /// <summary>
    /// Whether the node waits for an input while it could fire otherwise (its mode allows it, its outputs have room): a
    /// zip whose other input lags. A producer held back by a full default edge into such a node then writes past the
    /// bound (counted in <c>OverCapacity</c>), as on the pipelined executor, since waiting would deadlock a graph that
    /// the serial executor runs. A paused node, a manual one without triggers or a node waiting for room is not starved.
    /// </summary>
    public bool IsStarved => _starved;

    /// <summary>Waits for items, room or a control; returns whether the node was suspended (pooled) instead.</summary>
    private bool WaitForProgress(bool couldFire, long deadline, CancellationToken token)
    {
        _starved = couldFire && HasRoom();
        if (_starved)
        {
            // Producers asleep on a full default edge into this node look again: they may now write past the bound.
            foreach (var input in _defaultInputs)
            {
                if (!input.Current.HasRoom) input.Producer.Poke();
            }
        }
        if (Wait(Progressed, deadline, token)) return true;
        _starved = false;
        return false;
    }

    /// <summary>
    /// Waits until <paramref name="ready"/> holds or <paramref name="deadline"/> passes: a thread's node sleeps in place
    /// (false); a pooled node arms its signal and returns true, suspended, unless it is ready already.
    /// </summary>
    private bool Wait(Func<LiveNode, bool> ready, long deadline, CancellationToken token)
    {
        // From here until it wakes the worker touches neither its adapter nor its bindings: a commit may claim it.
        Volatile.Write(ref _phase, Asleep);
        if (_graph.Pool is not null) return Suspend(ready, deadline);
        try
        {
            Signal.SleepUntil(this, ready, deadline, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The loop finishes the node as aborted.
        }
        finally
        {
            if (Interlocked.Exchange(ref _phase, Awake) == Claimed)
            {
                _released.Wait();
                _released.Reset();
            }
        }
        return false;
    }

    /// <summary>How many firings the node's mode allows now; a continuous or timed node also says when to look again.</summary>
    private int Budget(out long deadline)
    {
        deadline = Adapter is ILiveSource source ? source.DueTimestamp : 0;
        if (_stopping) return int.MaxValue;
        if (_manual) return Volatile.Read(ref _triggers);
        if (Mode.Interval <= TimeSpan.Zero) return int.MaxValue;
        var now = Stopwatch.GetTimestamp();
        if (now < _due)
        {
            deadline = deadline == 0 ? _due : Math.Min(deadline, _due);
            return 0;
        }
        // One attempt per interval, fired or not; a node that fell behind does not fire a burst to catch up.
        _due = Math.Max(_due + (long)(Mode.Interval.TotalSeconds * Stopwatch.Frequency), now);
        return 1;
    }

    /// <summary>Fires up to <paramref name="budget"/> times (and at most <see cref="Batch"/>) while the outputs have room.</summary>
    private bool FireSome(int budget)
    {
        var limit = Math.Min(budget, Batch);
        var start = Stopwatch.GetTimestamp();
        var fired = 0;
        try
        {
            // An abort ends the batch too: a node that ignores its token stops after the firing in flight.
            while (fired < limit && !_parkRequested && !_graph.Token.IsCancellationRequested && HasRoom() && Adapter.TryFire(Context))
            {
                fired++;
                Volatile.Write(ref _firings, _firings + 1);
                if (_manual && !_stopping) Interlocked.Decrement(ref _triggers);
            }
        }
        catch (Exception error) when (error is OperationCanceledException && _graph.Token.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception error)
        {
            Fail("process", error, _firings + 1);
        }
        finally
        {
            Volatile.Write(ref _busyTicks, _busyTicks + Stopwatch.GetTimestamp() - start);
        }
        return fired > 0;
    }

    /// <summary>
    /// Whether every blocking edge out of the node has room (or is a default edge into a starved consumer), so that a
    /// firing never waits inside a write.
    /// </summary>
    private bool HasRoom()
    {
        for (var i = 0; i < _blocking.Length; i++)
        {
            if (!_blocking[i].HasRoom && _blockingConsumers[i] is not { IsStarved: true }) return false;
        }
        return true;
    }

    /// <summary>Items written into the node's inputs and taken from its blocking outputs, plus a large step per completion or refusal.</summary>
    private long Progress()
    {
        long progress = 0;
        foreach (var input in _inputEdges) progress += input.WrittenSoFar + (input.IsProducerDone ? 1L << 40 : 0);
        foreach (var output in _blocking) progress += output.Buffer.Delivered + (output.IsRefusing ? 1L << 40 : 0);
        return progress;
    }

    /// <summary>
    /// Stopping: whether the node can never fire again. A node without inputs when it has nothing left to write; a
    /// function node or sink when one input port's edges are all finished and empty; a port node when every port's are.
    /// </summary>
    private bool IsDoneForStop()
    {
        if (_failed) return true;
        if (Adapter.Inputs.Count == 0) return Adapter is not ILiveSource source || source.IsDrained || Adapter.IsExhausted;
        return PipelineNode.CanNeverFire(_inputEdges, _inputPorts, Adapter.Inputs.Count, needsAll: Adapter.Kind == NodeKind.Port);
    }

    /// <summary>Records a failure: the node stops firing and its inputs refuse items (counted as abandoned) until it is reconfigured or removed.</summary>
    private void Fail(string phase, Exception error, long firing)
    {
        _graph.RecordFailure(this, phase, error, firing);
        _failed = true;
        _outcome = NodeOutcome.Failed;
        foreach (var input in AllInputs) input.Current.Refuse(consumerFailed: true);
    }

    private void FinishStopped()
    {
        FinishInFlight();
        if (!_failed && Adapter.PublishesWhenInputsFinish)
        {
            try
            {
                Adapter.InputsFinished(Context);
            }
            catch (Exception error)
            {
                Fail("process", error, _firings + 1);
            }
        }
        foreach (var input in AllInputs) input.Current.Refuse(consumerFailed: _failed);
        foreach (var output in AllOutputs) output.Current.Complete();
        CloseAndCleanUp();
    }

    private void FinishAborted()
    {
        if (!_failed) _outcome = NodeOutcome.Cancelled;
        foreach (var output in AllOutputs) output.Current.Complete();
        CloseAndCleanUp();
    }
}
