namespace Daedalus.Runtime;

/// <summary>
/// What a pipelined worker knows about one node: its adapter, the edges into it (and their ports), how
/// far its producers have got, and whether it can never fire again.
/// </summary>
internal sealed class PipelineNode
{
    private readonly RunEdge[] _inputs;
    private readonly int[] _inputPorts;
    private readonly int _portCount;

    public PipelineNode(RunState run, int node)
    {
        Run = run;
        Index = node;
        var graph = run.Graph;
        Adapter = graph.Nodes[node].Adapter;
        Context = run.Contexts[node];
        IsPort = Adapter.Kind == NodeKind.Port;
        _portCount = Adapter.Inputs.Count;
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

    public RunState Run { get; }

    public int Index { get; }

    public NodeAdapter Adapter { get; }

    public FireContext Context { get; }

    public bool IsPort { get; }

    /// <summary>Whether the node's last failed firing means it is finished: an exhausted source or a port node without inputs.</summary>
    public bool IsFinishedWhenIdle => Adapter.IsExhausted || Adapter.Kind == NodeKind.Source || _inputs.Length == 0;

    /// <summary>Items written into every input, plus a large step for each completed one.</summary>
    public long Progress()
    {
        long progress = 0;
        foreach (var input in _inputs) progress += input.WrittenSoFar + (input.IsProducerDone ? 1L << 40 : 0);
        return progress;
    }

    /// <summary>
    /// Whether the node can never fire again: a function node or sink when some input's producers are all
    /// done and it is empty; a port node when every input is.
    /// </summary>
    public bool CanNeverFire() => CanNeverFire(_inputs, _inputPorts, _portCount, IsPort);

    /// <summary>
    /// Whether a node whose input ports (<paramref name="portCount"/>) are fed by <paramref name="inputs"/> (edge i into
    /// port <paramref name="inputPorts"/>[i]) can never fire again: when one port's edges are all completed by their
    /// producers and empty (a port without edges counts), or, for a port node (<paramref name="needsAll"/>), every port's.
    /// Shared by pipelined workers and live graphs.
    /// </summary>
    public static bool CanNeverFire(RunEdge[] inputs, int[] inputPorts, int portCount, bool needsAll)
    {
        for (var port = 0; port < portCount; port++)
        {
            var drained = true;
            for (var i = 0; i < inputs.Length; i++)
            {
                // Completion first: a producer publishes its items before it completes.
                if (inputPorts[i] == port && !(inputs[i].IsProducerDone && inputs[i].Buffer.Count == 0)) drained = false;
            }
            if (drained && !needsAll) return true;
            if (!drained && needsAll) return false;
        }
        return needsAll;
    }

    /// <summary>
    /// The node's inputs are finished: an aggregate or window node publishes what it held back (not after
    /// cancellation). Its writes may wait for room like a firing's.
    /// </summary>
    public void PublishHeldBack()
    {
        if (!Adapter.PublishesWhenInputsFinish) return;
        Run.Token.ThrowIfCancellationRequested();
        Adapter.InputsFinished(Context);
    }

    /// <summary>
    /// The node's end, whatever caused it: leftovers on its inputs are discarded (and counted) so producers
    /// blocked on them can finish, and its outputs complete.
    /// </summary>
    public void Finish()
    {
        var state = Run.States[Index];
        if (state != NodeState.Cancelled) Run.RefuseInputs(Index, consumerFailed: state == NodeState.Failed);
        Run.CompleteOutputs(Index);
    }

    /// <summary>Records what the node threw (cancellation or failure).</summary>
    public void Threw(Exception error, bool inFlight)
    {
        try
        {
            Run.Threw(Index, error, inFlight);
        }
        catch (Exception bug)
        {
            Run.EngineFailed(bug);
        }
    }
}
