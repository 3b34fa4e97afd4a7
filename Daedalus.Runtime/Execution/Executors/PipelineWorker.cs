using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// One node's worker in a pipelined run: fires while it can; when it cannot, waits (spinning briefly,
/// then sleeping on the node's signal) until an input gains items or completes. The node completes
/// when it can never fire again: a source when exhausted; a function node or sink when some input's
/// producers are all done and it is empty; a port node when every input is. Then its outputs complete.
/// </summary>
internal sealed class PipelineWorker
{
    private static readonly Func<PipelineWorker, bool> Progressed = static worker => worker.Progress() != worker._snapshot;

    private readonly RunState _run;
    private readonly int _node;
    private readonly WaitSignal _signal;
    private readonly NodeAdapter _adapter;
    private readonly FireContext _context;
    private readonly RunEdge[] _inputs;
    private readonly int[] _inputPorts;
    private readonly int _portCount;
    private long _snapshot;

    public PipelineWorker(RunState run, int node, WaitSignal signal)
    {
        _run = run;
        _node = node;
        _signal = signal;
        var graph = run.Graph;
        _adapter = graph.Nodes[node].Adapter;
        _context = run.Contexts[node];
        _portCount = _adapter.Inputs.Count;
        var count = graph.InStart[node + 1] - graph.InStart[node];
        _inputs = new RunEdge[count];
        _inputPorts = new int[count];
        for (var i = 0; i < count; i++)
        {
            var edge = graph.InEdges[graph.InStart[node] + i];
            _inputs[i] = run.Edges[edge];
            _inputPorts[i] = graph.Edges[edge].ToPort;
        }
    }

    public void Run()
    {
        var inFlight = false;
        try
        {
            if (_run.States[_node] == NodeState.Active && FireUntilDone(ref inFlight)) _run.States[_node] = NodeState.Completed;
        }
        catch (Exception error)
        {
            try
            {
                _run.Threw(_node, error, inFlight);
            }
            catch (Exception bug)
            {
                _run.EngineFailed(bug);
            }
        }
        finally
        {
            // Completed or not, nothing more comes out of this node; leftovers on its inputs are
            // discarded (and counted) so that producers blocked on them can finish.
            if (_run.States[_node] != NodeState.Cancelled) _run.RefuseInputs(_node, consumerFailed: _run.States[_node] == NodeState.Failed);
            _run.CompleteOutputs(_node);
        }
    }

    // Returns true when the node completed, false when it stopped for cancellation.
    private bool FireUntilDone(ref bool inFlight)
    {
        var token = _run.Token;
        var isPort = _adapter.Kind == NodeKind.Port;
        while (true)
        {
            if (isPort && !_run.HasRoom(_node)) WaitForRoom(token);
            long fired = 0;
            var start = Stopwatch.GetTimestamp();
            inFlight = true;
            try
            {
                while (true)
                {
                    token.ThrowIfCancellationRequested();
                    if (!_adapter.TryFire(_context)) break;
                    fired++;
                    if (isPort && !_run.HasRoom(_node)) break;
                }
            }
            finally
            {
                _run.Firings[_node] += fired;
                _run.AddBusy(_node, start);
            }
            inFlight = false;
            // A port node that stopped for want of output room waits for room, not for input.
            if (isPort && (fired > 0 || !_run.HasRoom(_node))) continue;
            if (_adapter.IsExhausted || _adapter.Kind == NodeKind.Source || _inputs.Length == 0) return true;
            // Snapshot, then one more try: an item that arrived before the snapshot is fired here, one
            // after it changes the progress the wait below watches.
            _snapshot = Progress();
            inFlight = true;
            var firedAgain = _adapter.TryFire(_context);
            inFlight = false;
            if (firedAgain)
            {
                _run.Firings[_node]++;
                continue;
            }
            if (CanNeverFire()) return true;
            if (isPort && !_run.HasRoom(_node)) continue;
            _signal.WaitUntil(this, Progressed, token);
        }
    }

    // Items written into every input, plus a large step for each completed one.
    private long Progress()
    {
        long progress = 0;
        foreach (var input in _inputs) progress += input.WrittenSoFar + (input.IsProducerDone ? 1L << 40 : 0);
        return progress;
    }

    private bool CanNeverFire()
    {
        var needsAll = _adapter.Kind == NodeKind.Port;
        for (var port = 0; port < _portCount; port++)
        {
            var drained = true;
            for (var i = 0; i < _inputs.Length; i++)
            {
                // Completion first: a producer publishes its items before it completes.
                if (_inputPorts[i] == port && !(_inputs[i].IsProducerDone && _inputs[i].Buffer.Count == 0)) drained = false;
            }
            if (drained && !needsAll) return true;
            if (!drained && needsAll) return false;
        }
        return needsAll;
    }

    // A port node writes at most the free space of its outputs, so it waits for room before firing.
    private void WaitForRoom(CancellationToken token)
    {
        var spinner = new SpinWait();
        while (!_run.HasRoom(_node))
        {
            if (spinner.NextSpinWillYield) token.WaitHandle.WaitOne(1);
            else spinner.SpinOnce(sleep1Threshold: -1);
            token.ThrowIfCancellationRequested();
        }
    }
}
