using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>A node that ran in a durable run: its key and one blob per edge out (what it wrote, even when it failed).</summary>
internal sealed record FinishedNode(int Node, ContentHash Key, FinishedNode.Blob[] Outputs)
{
    public readonly record struct Blob(StoredBlobRef Reference, byte[] Data);
}

internal sealed partial class DurableScheduler
{
    /// <summary>Most items a lossless FIFO edge holds on the producer's side before they are serialized.</summary>
    private const int StoreEvery = 1024;

    /// <summary>
    /// Runs one node to completion on the calling worker: its hooks, its inputs read back from the store, every firing
    /// the budget allows, the held-back publish of an aggregate or window, and its outputs serialized and hashed.
    /// </summary>
    private FinishedNode RunNode(int node)
    {
        var key = KeyOf(node);
        if (!RunEngine.InitializeNode(_run, node))
        {
            _run.Cancel(node, inFlight: false);
            return new FinishedNode(node, key, []);
        }
        RunEngine.OpenNode(_run, node);
        if (_run.States[node] == NodeState.Active)
        {
            ReplayInputs(node);
            Fire(node);
        }
        return new FinishedNode(node, key, TakeOutputs(node));
    }

    private void ReplayInputs(int node)
    {
        for (var i = _graph.InStart[node]; i < _graph.InStart[node + 1]; i++)
        {
            var edge = _graph.InEdges[i];
            var blob = _edgeBlobs[edge];
            ((DurableEdge)_run.Edges[edge]).Replay(ReadBlob(blob), blob.Items);
        }
    }

    private byte[] ReadBlob(StoredBlobRef blob)
    {
        if (_cache.Find(blob.Hash) is { } cached) return cached;
        var started = Stopwatch.GetTimestamp();
        var data = _session.ReadBlob(blob.Hash);
        AddStoreTime(started);
        if (data.Length != blob.Bytes || ContentHash.Of(data) != blob.Hash)
            throw new RunStoreException(_durable.Store.Location, $"blob {blob.Hash} does not hold what was stored under its hash ({data.Length} bytes, {blob.Bytes} expected).");
        Interlocked.Add(ref _bytesRead, data.Length);
        return data;
    }

    private void Fire(int node)
    {
        var adapter = _graph.Nodes[node].Adapter;
        var context = _run.Contexts[node];
        var token = _run.Token;
        long fired = 0;
        var start = Stopwatch.GetTimestamp();
        try
        {
            while (true)
            {
                var refilled = Refill(node);
                var firedNow = false;
                while (true)
                {
                    if (token.IsCancellationRequested)
                    {
                        _run.Cancel(node, inFlight: false);
                        return;
                    }
                    if (!_budget.Allows() && MayFire(node))
                    {
                        _run.States[node] = NodeState.Stopped;
                        return;
                    }
                    if (!_run.Fire(node, adapter, context)) break;
                    fired++;
                    firedNow = true;
                    _budget.Fired();
                    StoreFullEdges(node);
                }
                if (!firedNow && !refilled) break;
            }
            // Publishing what an aggregate or window held back is not a firing: the budget does not stop it.
            if (adapter.PublishesWhenInputsFinish) adapter.InputsFinished(context);
        }
        catch (Exception error)
        {
            _run.Firings[node] += fired;
            fired = 0;
            _run.Threw(node, error, inFlight: true);
        }
        finally
        {
            _run.Firings[node] += fired;
            _run.AddBusy(node, start);
        }
    }

    /// <summary>
    /// Whether the node may still have a firing to do: a node with inputs only while one of them holds items, so a node
    /// that took its last input is not stopped by the budget (and run again on resume) for a firing it would not make.
    /// </summary>
    private bool MayFire(int node)
    {
        var start = _graph.InStart[node];
        var end = _graph.InStart[node + 1];
        if (start == end) return true;
        for (var i = start; i < end; i++)
        {
            if (((DurableEdge)_run.Edges[_graph.InEdges[i]]).HasInput) return true;
        }
        return false;
    }

    private bool Refill(int node)
    {
        var refilled = false;
        for (var i = _graph.InStart[node]; i < _graph.InStart[node + 1]; i++) refilled |= ((DurableEdge)_run.Edges[_graph.InEdges[i]]).Refill();
        return refilled;
    }

    /// <summary>Serializes what waits on a full lossless edge, so the producer never waits and memory holds bytes, not items.</summary>
    private void StoreFullEdges(int node)
    {
        for (var i = _graph.OutStart[node]; i < _graph.OutStart[node + 1]; i++)
        {
            var edge = (DurableEdge)_run.Edges[_graph.OutEdges[i]];
            if (edge.IsLossless && edge.Waiting >= Math.Min(StoreEvery, edge.Spec.Policy.Capacity)) edge.StoreWaiting();
        }
    }

    private FinishedNode.Blob[] TakeOutputs(int node)
    {
        var start = _graph.OutStart[node];
        var outputs = new FinishedNode.Blob[_graph.OutStart[node + 1] - start];
        for (var i = 0; i < outputs.Length; i++)
        {
            var (data, items) = ((DurableEdge)_run.Edges[_graph.OutEdges[start + i]]).TakeBlob();
            outputs[i] = new FinishedNode.Blob(new StoredBlobRef(ContentHash.Of(data), items, data.Length), data);
        }
        return outputs;
    }
}
