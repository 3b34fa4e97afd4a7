using System.Diagnostics;

namespace Daedalus.Runtime;

public sealed partial class LiveGraph
{
    /// <summary>
    /// Stops the graph gracefully: sources stop (a <see cref="Feed{T}"/> first delivers what it accepted), every queue
    /// drains through its consumer, aggregates publish, each node runs its cleanup once, and the readers get everything
    /// before they end. Waits for the readers to read it all (or be disposed) until <paramref name="cancellationToken"/>
    /// is cancelled; then, or if the nodes themselves have not finished by then, the graph is aborted and what is left is
    /// counted as orphaned.
    /// </summary>
    public async Task<LiveResult> StopAsync(CancellationToken cancellationToken = default)
    {
        LiveNode[] nodes = [];
        LiveEdgeRecord[] readers = [];
        var stopping = false;
        lock (_gate)
        {
            if (_status == LiveStatus.Running)
            {
                stopping = true;
                _status = LiveStatus.Stopping;
                nodes = [.. _order];
                readers = [.. _readers];
                foreach (var node in nodes) node.Stop();
            }
        }
        // Another caller is stopping (or ended) the graph: its result is this one's.
        if (!stopping) return await Completion.ConfigureAwait(false);
        var finished = await Task.Run(() => WaitAll(nodes.Select(node => node.Finished), cancellationToken), CancellationToken.None).ConfigureAwait(false);
        if (finished)
            finished = await Task.Run(() => WaitAll(readers.Select(reader => ((ILiveReader)reader.ConsumerState!).Done), cancellationToken), CancellationToken.None).ConfigureAwait(false);
        if (!finished) return Abort();
        lock (_gate)
        {
            if (_status != LiveStatus.Stopping) return Completion.Result;
            return End(LiveStatus.Stopped);
        }
    }

    /// <summary>
    /// Cancels every node (the token of their firings) and waits for their workers to end; cleanup hooks still run. What
    /// was queued, and what feeds had accepted but not written, is counted as orphaned.
    /// </summary>
    public LiveResult Abort()
    {
        _abort.Cancel();
        lock (_gate)
        {
            if (_status is LiveStatus.Stopped or LiveStatus.Aborted) return Completion.Result;
            _status = LiveStatus.Aborted;
            // Threads see the token where they sleep; a pooled node suspended without one must be scheduled to see it.
            foreach (var node in _order) node.Poke();
            WaitAll(_order.Select(node => node.Finished), CancellationToken.None);
            foreach (var node in _order)
            {
                if (node.Adapter is ILiveSource source) _abandonedBySources += source.Abandon();
            }
            return End(LiveStatus.Aborted);
        }
    }

    /// <summary>Holding the gate, every worker ended: orphans what is still queued, builds the result and lets the graph's nodes run again elsewhere.</summary>
    private LiveResult End(LiveStatus status)
    {
        foreach (var edge in _edgeOrder.Concat(_readers))
        {
            if (edge.Current.Buffer.Count > 0) edge.Current.Refuse(consumerFailed: false);
        }
        foreach (var reader in _readers) ((ILiveReader)reader.ConsumerState!).Ended();
        _status = status;
        var result = BuildResult(cancelled: status == LiveStatus.Aborted);
        EndTelemetry(result);
        Threads.Dispose();
        Pool?.Dispose();
        _guard.Exit();
        _completion.TrySetResult(result);
        return result;
    }

    private static bool WaitAll(IEnumerable<WaitHandle> handles, CancellationToken cancellationToken)
    {
        foreach (var handle in handles)
        {
            if (WaitHandle.WaitAny([handle, cancellationToken.WaitHandle]) != 0) return false;
        }
        return true;
    }

    /// <summary>Holding the gate: every node's and edge's figures, plugs included, and the accounting.</summary>
    private LiveResult BuildResult(bool cancelled)
    {
        var nodes = new List<NodeRunStats>(_removed.Nodes);
        var edges = new List<EdgeRunStats>(_removed.Edges);
        long queued = 0;
        foreach (var edge in _edgeOrder.Concat(_readers))
        {
            edges.Add(edge.Stats());
            if (!edge.Current.IsRefusing) queued += edge.Current.Buffer.Count;
        }
        foreach (var node in _order)
        {
            nodes.Add(node.Stats());
            edges.AddRange(PlugRows(node));
        }
        NodeFailure[] failures;
        lock (_failures) failures = [.. _failures];
        var run = new RunResult(Name, "live", Stopwatch.GetElapsedTime(_started), cancelled, nodes, edges, failures);
        return new LiveResult(run, LiveAccounting.Of(edges, queued, _abandonedBySources));
    }

    /// <summary>A row per output of <paramref name="node"/> that wrote items while it had no edge: the counting plug's.</summary>
    private static IEnumerable<EdgeRunStats> PlugRows(LiveNode node)
    {
        for (var port = 0; port < node.Adapter.Outputs.Count; port++)
        {
            var plugged = node.Plugged(port);
            if (plugged > 0) yield return LiveAccounting.PlugRow(node.Name, node.Adapter.Outputs[port].Name, plugged);
        }
    }
}
