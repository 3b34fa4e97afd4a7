namespace Daedalus.Runtime;

/// <summary>
/// A run store in this process's memory: runs resume and cached nodes are reused while the store lives, nothing
/// survives the process. For tests, budgets and caching within one process; use the <c>Daedalus.Sqlite</c> store to
/// survive a crash. Thread-safe.
/// </summary>
public sealed class MemoryRunStore : IRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ContentHash, byte[]> _blobs = [];
    private readonly Dictionary<ContentHash, NodeResultRecord> _results = [];
    private readonly Dictionary<string, StoredRun> _runs = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Location => "memory";

    /// <summary>How many blobs the store holds.</summary>
    public int BlobCount
    {
        get { lock (_gate) return _blobs.Count; }
    }

    /// <summary>How many node results the store holds.</summary>
    public int ResultCount
    {
        get { lock (_gate) return _results.Count; }
    }

    /// <inheritdoc/>
    public IRunSession OpenRun(string runId, string graph, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentException.ThrowIfNullOrEmpty(graph);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_runs.TryGetValue(runId, out var run))
            {
                run = new StoredRun(graph);
                _runs.Add(runId, run);
            }
            else if (run.Graph != graph)
            {
                throw new RunStoreException(Location, $"run '{runId}' belongs to graph '{run.Graph}', not '{graph}'.");
            }
            if (run.Open) throw new RunStoreLockedException(Location, $"run '{runId}' is open in another session.");
            run.Open = true;
            var session = new Session(this, runId, run, new Dictionary<string, NodeResultRecord>(run.Nodes, StringComparer.Ordinal));
            if (run.Status == DurableRunStatus.New) run.Status = DurableRunStatus.Running;
            return session;
        }
    }

    /// <inheritdoc/>
    public void Dispose() { }

    private sealed class StoredRun(string graph)
    {
        public string Graph { get; } = graph;
        public DurableRunStatus Status { get; set; } = DurableRunStatus.New;
        public RunTotals Totals { get; set; } = RunTotals.None;
        public Dictionary<string, NodeResultRecord> Nodes { get; } = new(StringComparer.Ordinal);
        public bool Open { get; set; }
    }

    private sealed class Session(MemoryRunStore store, string runId, StoredRun run, IReadOnlyDictionary<string, NodeResultRecord> recorded) : IRunSession
    {
        private readonly DurableRunStatus _status = run.Status;
        private readonly RunTotals _totals = run.Totals;
        private bool _disposed;

        public string RunId => runId;

        public DurableRunStatus Status => _status;

        public RunTotals Totals => _totals;

        public IReadOnlyDictionary<string, NodeResultRecord> Recorded => recorded;

        public NodeResultRecord? FindResult(ContentHash key)
        {
            lock (store._gate) return store._results.GetValueOrDefault(key);
        }

        public byte[] ReadBlob(ContentHash hash)
        {
            lock (store._gate)
            {
                return store._blobs.TryGetValue(hash, out var data) ? data : throw new RunStoreException(store.Location, $"blob {hash} is missing.");
            }
        }

        public void Commit(RunCommit commit)
        {
            ArgumentNullException.ThrowIfNull(commit);
            lock (store._gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                foreach (var node in commit.Nodes)
                {
                    if (run.Nodes.TryGetValue(node.Node, out var old) && old.Key == node.Result.Key)
                        throw new RunStoreException(store.Location, $"node '{node.Node}' of run '{runId}' has a recorded result already.");
                }
                foreach (var blob in commit.Blobs) store._blobs.TryAdd(blob.Hash, blob.Data.ToArray());
                foreach (var node in commit.Nodes)
                {
                    store._results.TryAdd(node.Result.Key, node.Result);
                    run.Nodes[node.Node] = node.Result;
                }
                run.Totals = commit.Totals;
                run.Status = commit.Status;
            }
        }

        public void Dispose()
        {
            lock (store._gate)
            {
                if (_disposed) return;
                _disposed = true;
                run.Open = false;
            }
        }
    }
}
