namespace Daedalus.Runtime;

public sealed partial class LiveGraph
{
    /// <summary>
    /// Reads what output <paramref name="port"/> of node <paramref name="node"/> writes from now on, through an edge with
    /// <paramref name="policy"/> (a default edge when null: bounded, and the node waits while the reader lags; use
    /// <c>Edge.Bounded(n, Overflow.DropOldest)</c> to keep the newest items and count the rest as dropped). The reader
    /// joins the port's other edges (broadcast unless the port is round-robin).
    /// </summary>
    public LiveReader<T> Read<T>(string node, string port, EdgePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(port);
        var effective = policy ?? Edge.Default();
        if (effective.Kind == EdgeKind.Bytes) throw new ArgumentException("Edge.Bytes connects byte-stream ports; a live reader reads items.", nameof(policy));
        if (effective.Kind == EdgeKind.Bounded && effective.Capacity <= 0)
            throw new ArgumentOutOfRangeException(nameof(policy), effective.Capacity, $"DAE0006: the edge capacity {effective.Capacity} is not positive.");
        lock (_gate)
        {
            EnsureRunning();
            var producer = Find(node);
            var index = producer.Adapter.FindOutput(port);
            if (index < 0) throw new ArgumentException($"DAE0009: node '{node}' ({producer.Adapter.TypeName}) has no output port '{port}'.", nameof(port));
            var output = producer.Adapter.Outputs[index];
            if (output is not AdapterOutput<T>)
                throw new ArgumentException($"DAE0009: '{node}.{port}' produces {output.ItemTypeName}, not {typeof(T).Name}.", nameof(T));
            var reader = new LiveReader<T>(this, $"{node}.{port}->(reader {++_nextReader})");
            Parked([producer], () =>
            {
                var queue = CreateQueue(producer, index, reader.Signal, reader.Id, 0, effective);
                var record = new LiveEdgeRecord(reader.Id, producer, index, null, reader.Signal, 0, queue) { ConsumerState = reader };
                producer.OutputsOf(index).Add(record);
                _readers.Add(record);
                reader.Attach(record);
                producer.Rebind();
            });
            TrackDepths();
            return reader;
        }
    }

    /// <summary>A reader was disposed: its edge leaves the graph, and what it held is orphaned.</summary>
    internal void RemoveReader(LiveEdgeRecord edge)
    {
        lock (_gate)
        {
            if (_status != LiveStatus.Running || edge.IsRemoved) return;
            var producer = edge.Producer;
            if (_nodes.TryGetValue(producer.Name, out var current) && current == producer)
            {
                Parked([producer], () =>
                {
                    producer.OutputsOf(edge.FromPort).Remove(edge);
                    edge.Remove();
                    producer.Rebind();
                });
            }
            else
            {
                edge.Remove();
            }
            _readers.Remove(edge);
            _removed.Add(edge.Stats());
            TrackDepths();
        }
    }

    /// <summary>Parks <paramref name="nodes"/> (between two of their firings), runs <paramref name="change"/>, and lets them go on.</summary>
    /// <remarks>The nodes in <paramref name="exit"/> were removed by the change: their workers end instead.</remarks>
    private void Parked(IReadOnlyCollection<LiveNode> nodes, Action change, IReadOnlySet<LiveNode>? exit = null)
    {
        foreach (var node in nodes) node.RequestPark();
        var parked = new List<LiveNode>(nodes.Count);
        try
        {
            foreach (var node in nodes)
            {
                if (!node.WaitParked()) throw new OperationCanceledException($"Live graph '{Name}' was aborted during the change.", Token);
                parked.Add(node);
            }
            change();
        }
        finally
        {
            foreach (var node in nodes) node.Release(exit?.Contains(node) == true);
        }
    }
}
