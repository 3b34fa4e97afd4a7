using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// A pipelined worker for a contiguous slice of the schedule, used when a graph has more nodes than the
/// pipelined executor starts threads. It goes round its nodes like the serial executor: each fires while
/// it can, while every blocking edge out of it has room (so no write ever waits: the consumer may be on
/// this very thread) and at most <see cref="Batch"/> times per round. A round with no progress waits on the
/// slice's shared signal until an edge from another slice gains items or completes, or, when a node is held
/// back by a full edge into another slice, polls until that edge has room.
/// </summary>
internal sealed class SegmentWorker
{
    /// <summary>The most firings of one node per round, so the nodes after it in the slice keep up.</summary>
    public const int Batch = 1024;

    private static readonly Func<SegmentWorker, bool> Progressed = static worker => worker.Progress() != worker._snapshot;

    private readonly PipelineNode[] _nodes;
    private readonly WaitSignal _signal;
    private readonly RunEdge[] _external;
    private long _snapshot;

    public SegmentWorker(PipelineNode[] nodes, WaitSignal signal, RunEdge[] external)
    {
        _nodes = nodes;
        _signal = signal;
        _external = external;
    }

    public void Run()
    {
        var done = new bool[_nodes.Length];
        var remaining = _nodes.Length;
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (_nodes[i].Run.States[_nodes[i].Index] == NodeState.Active) continue;
            _nodes[i].Finish();
            done[i] = true;
            remaining--;
        }
        try
        {
            while (remaining > 0 && Round(done, ref remaining)) { }
        }
        catch (Exception bug) when (bug is not OperationCanceledException)
        {
            _nodes[0].Run.EngineFailed(bug);
        }
        catch (OperationCanceledException)
        {
            _nodes[0].Run.Cancel();
        }
        finally
        {
            for (var i = 0; i < _nodes.Length; i++)
            {
                if (!done[i]) _nodes[i].Finish();
            }
        }
    }

    // One round over the slice; false when the run was cancelled.
    private bool Round(bool[] done, ref int remaining)
    {
        var run = _nodes[0].Run;
        run.Token.ThrowIfCancellationRequested();
        _snapshot = Progress();
        var progressed = false;
        var heldBack = -1;
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (done[i]) continue;
            var node = _nodes[i];
            var (fired, stop) = Activate(node);
            if (fired > 0) progressed = true;
            switch (stop)
            {
                case Stop.Cancelled:
                    return false;
                case Stop.HeldBack:
                    heldBack = node.Index;
                    continue;
                case Stop.Batch:
                    continue;
            }
            if (run.States[node.Index] == NodeState.Active && (fired > 0 || !(node.IsFinishedWhenIdle || node.CanNeverFire()))) continue;
            if (run.States[node.Index] == NodeState.Active && node.Adapter.PublishesWhenInputsFinish)
            {
                // No write may wait here (its consumer may be on this thread): publish once there is room.
                if (!run.HasRoom(node.Index))
                {
                    heldBack = node.Index;
                    continue;
                }
                if (!Publish(node)) return false;
            }
            if (run.States[node.Index] == NodeState.Active) run.States[node.Index] = NodeState.Completed;
            node.Finish();
            done[i] = true;
            remaining--;
            progressed = true;
        }
        if (progressed || remaining == 0) return true;
        if (heldBack >= 0) WaitForRoomOrProgress(run, heldBack);
        else _signal.WaitUntil(this, Progressed, run.Token);
        return true;
    }

    private enum Stop
    {
        Idle,
        HeldBack,
        Batch,
        Cancelled,
    }

    private static (long Fired, Stop Stop) Activate(PipelineNode node)
    {
        var run = node.Run;
        long fired = 0;
        var stop = Stop.Idle;
        var start = Stopwatch.GetTimestamp();
        try
        {
            while (true)
            {
                if (!run.HasRoom(node.Index))
                {
                    stop = Stop.HeldBack;
                    break;
                }
                if (fired == Batch)
                {
                    stop = Stop.Batch;
                    break;
                }
                if (!run.Fire(node.Index, node.Adapter, node.Context)) break;
                fired++;
            }
        }
        catch (Exception error)
        {
            run.Firings[node.Index] += fired;
            fired = 0;
            node.Threw(error, inFlight: true);
            if (run.IsCancelled) stop = Stop.Cancelled;
        }
        finally
        {
            run.Firings[node.Index] += fired;
            run.AddBusy(node.Index, start);
        }
        return (fired, stop);
    }

    // False when the run was cancelled.
    private static bool Publish(PipelineNode node)
    {
        try
        {
            node.PublishHeldBack();
        }
        catch (Exception error)
        {
            node.Threw(error, inFlight: true);
        }
        return !node.Run.IsCancelled;
    }

    // Items written into the slice from other slices, plus a large step for each such edge completed.
    private long Progress()
    {
        long progress = 0;
        foreach (var edge in _external) progress += edge.WrittenSoFar + (edge.IsProducerDone ? 1L << 40 : 0);
        return progress;
    }

    private void WaitForRoomOrProgress(RunState run, int heldBack)
    {
        var spinner = new SpinWait();
        while (!run.HasRoom(heldBack) && Progress() == _snapshot)
        {
            if (spinner.NextSpinWillYield) run.Token.WaitHandle.WaitOne(1);
            else spinner.SpinOnce(sleep1Threshold: -1);
            run.Token.ThrowIfCancellationRequested();
        }
    }
}
