using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// One node's worker in a pipelined run: fires while it can; when it cannot, waits (spinning briefly,
/// yielding, then sleeping on the node's signal) until an input gains items or completes, and finishes when the
/// node can never fire again. Writes to full blocking edges wait inside the firing.
/// </summary>
internal sealed class PipelineWorker(PipelineNode node, WaitSignal signal)
{
    private static readonly Func<PipelineWorker, bool> Progressed = static worker => worker._node.Progress() != worker._snapshot;

    private readonly PipelineNode _node = node;
    private long _snapshot;

    public void Run()
    {
        var run = _node.Run;
        var inFlight = false;
        try
        {
            if (run.States[_node.Index] == NodeState.Active && FireUntilDone(ref inFlight))
            {
                inFlight = true;
                _node.PublishHeldBack();
                run.States[_node.Index] = NodeState.Completed;
            }
        }
        catch (Exception error)
        {
            _node.Threw(error, inFlight);
        }
        finally
        {
            _node.Finish();
        }
    }

    private const int CountBatch = 1024;

    // Returns true when the node completed, false when it stopped for cancellation.
    private bool FireUntilDone(ref bool inFlight)
    {
        var run = _node.Run;
        var index = _node.Index;
        var adapter = _node.Adapter;
        var context = _node.Context;
        var token = run.Token;
        var isPort = _node.IsPort;
        while (true)
        {
            while (isPort && !run.HasRoom(index)) WaitForRoom(run, index, token);
            long fired = 0;
            var start = Stopwatch.GetTimestamp();
            inFlight = true;
            try
            {
                while (true)
                {
                    token.ThrowIfCancellationRequested();
                    if (!run.Fire(index, adapter, context)) break;
                    // Published every so often, not per firing: other workers' counters share its cache line, and
                    // progress reports read it while a node that never runs dry stays in this loop for the whole run.
                    if (++fired == CountBatch)
                    {
                        run.Firings[index] += fired;
                        fired = 0;
                    }
                    if (isPort && !run.HasRoom(index)) break;
                }
            }
            finally
            {
                run.Firings[index] += fired;
                run.AddBusy(index, start);
            }
            inFlight = false;
            // A port node that stopped for want of output room waits for room, not for input.
            if (isPort && (fired > 0 || !run.HasRoom(index))) continue;
            if (_node.IsFinishedWhenIdle) return true;
            // Snapshot, then one more try: an item that arrived before the snapshot is fired here, one
            // after it changes the progress the wait below watches.
            _snapshot = _node.Progress();
            inFlight = true;
            var firedAgain = run.Fire(index, adapter, context);
            inFlight = false;
            if (firedAgain)
            {
                run.Firings[index]++;
                continue;
            }
            if (_node.CanNeverFire()) return true;
            if (isPort && !run.HasRoom(index)) continue;
            signal.WaitUntil(this, Progressed, token);
        }
    }

    // A port node writes at most the free space of its outputs, so it waits for room before firing:
    // on each full blocking edge in turn, sleeping on the ring's own signal (this thread is its producer).
    private static void WaitForRoom(RunState run, int node, CancellationToken token)
    {
        var end = run.BlockStart[node + 1];
        for (var i = run.BlockStart[node]; i < end; i++) run.BlockEdges[i].WaitForRoom(token);
    }
}
