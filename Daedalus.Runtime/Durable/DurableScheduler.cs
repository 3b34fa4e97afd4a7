using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// Decides, runs and commits the nodes of one durable run. A node is decided once all its producers are done: reused
/// when the run recorded a result under the same key (or, for a cached node, any run did), else run. Results are
/// committed in batches (one transaction each: at most <see cref="DurableRun.BatchSize"/> nodes or 32 MB of blobs, written
/// when full, when its first result waited <see cref="DurableRun.MaxCommitDelay"/>, or when nothing else could start); a
/// node's consumers are decided only after its result is committed. The coordinator (the calling
/// thread) decides and commits; nodes run on it (one worker) or on workers of their own.
/// </summary>
internal sealed partial class DurableScheduler
{
    private const long BlobCacheBytes = 16L << 20;

    /// <summary>Bytes of blobs a batch holds at most before it is written, so nodes with large results do not pile up in memory.</summary>
    private const long BatchBytes = 32L << 20;

    private readonly RunState _run;
    private readonly CompiledGraph _graph;
    private readonly DurableRun _durable;
    private readonly IRunSession _session;
    private readonly int _degree;
    private readonly WorkerPool? _pool;
    private readonly NodeKeys _keys;
    private readonly bool[] _cached;
    private readonly int[] _waiting;
    private readonly StoredBlobRef[] _edgeBlobs;
    private readonly ContentHash?[] _nodeKeys;
    private readonly BudgetCheck _budget;
    private readonly BlobCache _cache = new(BlobCacheBytes);
    private readonly Stack<int> _decide = new();
    private readonly Queue<int> _ready = new();
    private readonly List<StoredBlob> _blobs = [];
    private readonly HashSet<ContentHash> _blobsInBatch = [];
    private readonly List<NodeRecord> _records = [];
    private readonly List<int> _releaseAfterCommit = [];
    private long _batchStarted;
    private long _batchBytes;
    private int _remaining;
    private bool _stopping;
    private long _storeTicks;
    private int _hits, _hitsFromOtherRuns, _misses, _unrecorded, _commits;
    private long _bytesRead, _bytesWritten;

    public DurableScheduler(RunState run, DurableRun durable, IRunSession session, int degree, WorkerPool? pool, long openTicks)
    {
        _run = run;
        _graph = run.Graph;
        _durable = durable;
        _session = session;
        _degree = degree;
        _pool = pool;
        _storeTicks = openTicks;
        _keys = new NodeKeys(_graph, durable.RunId);
        var count = _graph.Nodes.Length;
        _cached = new bool[count];
        _waiting = new int[count];
        for (var n = 0; n < count; n++)
        {
            _cached[n] = _graph.Nodes[n].Adapter.IsCached || durable.Cached.Contains(_graph.Nodes[n].Name);
            _waiting[n] = _graph.InStart[n + 1] - _graph.InStart[n];
        }
        _edgeBlobs = new StoredBlobRef[_graph.Edges.Length];
        _nodeKeys = new ContentHash?[count];
        _remaining = count;
        run.Meters = new RunMeters();
        _budget = new BudgetCheck(durable.Budget, session.Totals, run.Meters, run.Firings);
    }

    public void Run()
    {
        for (var n = 0; n < _graph.Nodes.Length; n++)
        {
            if (_waiting[n] == 0) _decide.Push(n);
        }
        DecidePending();
        if (_degree == 1) RunSerially();
        else RunOnWorkers();
        if (_budget.Exceeded is not null) MarkStopped();
        // After a store error or an executor bug nothing more is written: the run stays interrupted, to resume.
        if (_run.EngineError is null) CommitFinal();
    }

    /// <summary>The budget stopped the run: every node that did not finish is stopped (the resumed run runs it).</summary>
    private void MarkStopped()
    {
        var states = _run.States;
        for (var n = 0; n < states.Length; n++)
        {
            if (states[n] == NodeState.Active) states[n] = NodeState.Stopped;
        }
    }

    public DurableRunStats Stats() => new(_durable.RunId, _session.Status, FinalStatus())
    {
        Hits = _hits,
        HitsFromOtherRuns = _hitsFromOtherRuns,
        Misses = _misses,
        Unrecorded = _unrecorded,
        BytesRead = Interlocked.Read(ref _bytesRead),
        BytesWritten = _bytesWritten,
        StoreTime = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _storeTicks)),
        Commits = _commits,
        BudgetExceeded = _budget.Exceeded,
        Totals = _budget.Totals(),
    };

    private void RunSerially()
    {
        while (true)
        {
            while (!_stopping && !_run.IsCancelled && _ready.TryDequeue(out var node))
            {
                Finish(RunNode(node));
                if (CommitDue()) Commit();
            }
            if (_stopping || _releaseAfterCommit.Count == 0) return;
            Commit();
        }
    }

    /// <summary>Takes what a node's run gave: its result into the batch, its consumers freed now or after the commit.</summary>
    private void Finish(FinishedNode finished)
    {
        var node = finished.Node;
        switch (_run.States[node])
        {
            case NodeState.Cancelled:
            case NodeState.Stopped:
                _stopping = true;
                return;
            case NodeState.Active:
                _run.States[node] = NodeState.Completed;
                break;
        }
        _remaining--;
        var outStart = _graph.OutStart[node];
        for (var i = 0; i < finished.Outputs.Length; i++)
        {
            var blob = finished.Outputs[i];
            _edgeBlobs[_graph.OutEdges[outStart + i]] = blob.Reference;
            _cache.Add(blob.Reference.Hash, blob.Data);
            if (!_blobsInBatch.Add(blob.Reference.Hash)) continue;
            _blobs.Add(new StoredBlob(blob.Reference.Hash, blob.Data));
            _batchBytes += blob.Data.Length;
        }
        if (finished.Outputs.Length == 0)
        {
            if (_run.States[node] == NodeState.Completed) _unrecorded++;
            return;
        }
        StartBatch();
        if (_run.States[node] == NodeState.Completed)
        {
            _misses++;
            _records.Add(new NodeRecord(_graph.Nodes[node].Name, new NodeResultRecord(finished.Key, Array.ConvertAll(finished.Outputs, o => o.Reference))));
        }
        // A failed node's consumers take what it wrote before failing, as on every executor; its blobs are stored, not recorded.
        _releaseAfterCommit.Add(node);
    }

    /// <summary>Whether the batch is full, or its first result has waited <see cref="DurableRun.MaxCommitDelay"/>.</summary>
    private bool CommitDue() =>
        _records.Count >= _durable.BatchSize || _batchBytes >= BatchBytes || (Pending && Stopwatch.GetElapsedTime(_batchStarted) >= _durable.MaxCommitDelay);

    /// <summary>Whether the batch holds anything to write.</summary>
    private bool Pending => _records.Count > 0 || _releaseAfterCommit.Count > 0;

    /// <summary>Notes when the batch got its first entry, for <see cref="CommitDue"/>.</summary>
    private void StartBatch()
    {
        if (!Pending) _batchStarted = Stopwatch.GetTimestamp();
    }

    /// <summary>Frees the consumers of <paramref name="node"/> whose producers are all done, and decides them.</summary>
    private void Release(int node)
    {
        for (var i = _graph.OutStart[node]; i < _graph.OutStart[node + 1]; i++)
        {
            var target = _graph.OutTargets[i];
            if (--_waiting[target] == 0) _decide.Push(target);
        }
    }

    /// <summary>Decides every node waiting for it: reused ones are done at once and free their own consumers.</summary>
    private void DecidePending()
    {
        while (_decide.TryPop(out var node))
        {
            if (_stopping) return;
            if (TryReuse(node))
            {
                _remaining--;
                Release(node);
            }
            else
            {
                Enqueue(node);
            }
        }
    }

    private bool TryReuse(int node)
    {
        if (_graph.OutStart[node + 1] == _graph.OutStart[node]) return false;
        var key = KeyOf(node);
        var name = _graph.Nodes[node].Name;
        var record = _session.Recorded.TryGetValue(name, out var recorded) && recorded.Key == key ? recorded : null;
        var fromOtherRun = false;
        if (record is null && _cached[node])
        {
            var started = Stopwatch.GetTimestamp();
            record = _session.FindResult(key);
            AddStoreTime(started);
            fromOtherRun = record is not null;
        }
        if (record is null) return false;
        var outStart = _graph.OutStart[node];
        var outputs = _graph.OutStart[node + 1] - outStart;
        if (record.Outputs.Count != outputs)
            throw new RunStoreException(_durable.Store.Location, $"the result of node '{name}' (key {key}) has {record.Outputs.Count} outputs; the node has {outputs} edges out.");
        for (var i = 0; i < outputs; i++)
        {
            var blob = record.Outputs[i];
            // Every item takes at least its length byte, and a blob is read into one array.
            if (blob.Items < 0 || blob.Items > blob.Bytes || blob.Bytes > Array.MaxLength)
                throw new RunStoreException(_durable.Store.Location, $"the result of node '{name}' (key {key}) names blob {blob.Hash} with {blob.Items} items in {blob.Bytes} bytes, which cannot be.");
            _edgeBlobs[_graph.OutEdges[outStart + i]] = blob;
        }
        _run.States[node] = NodeState.Reused;
        _hits++;
        if (fromOtherRun)
        {
            _hitsFromOtherRuns++;
            StartBatch();
            _records.Add(new NodeRecord(name, record));
        }
        return true;
    }

    /// <summary>
    /// The node's key, hashed once: deciding a node computes it, and running the node (when it was not reused) takes it
    /// again. Its inputs' blobs are fixed by then, and one thread at a time touches a node's entry.
    /// </summary>
    private ContentHash KeyOf(int node) => _nodeKeys[node] ??= HashKey(node);

    private ContentHash HashKey(int node)
    {
        var start = _graph.InStart[node];
        var inputs = new ContentHash[_graph.InStart[node + 1] - start];
        for (var i = 0; i < inputs.Length; i++) inputs[i] = _edgeBlobs[_graph.InEdges[start + i]].Hash;
        return _keys.KeyOf(node, _cached[node], inputs);
    }

    /// <summary>Writes the batch in one transaction, then frees the consumers of the nodes in it.</summary>
    private void Commit()
    {
        if (_records.Count == 0 && _blobs.Count == 0 && _releaseAfterCommit.Count == 0) return;
        Write(DurableRunStatus.Running);
        foreach (var node in _releaseAfterCommit) Release(node);
        _releaseAfterCommit.Clear();
        DecidePending();
    }

    private void Write(DurableRunStatus status)
    {
        var started = Stopwatch.GetTimestamp();
        _session.Commit(new RunCommit([.. _blobs], [.. _records], _budget.Totals(), status));
        AddStoreTime(started);
        foreach (var blob in _blobs) _bytesWritten += blob.Data.Length;
        _commits++;
        _blobs.Clear();
        _blobsInBatch.Clear();
        _batchBytes = 0;
        _records.Clear();
    }

    /// <summary>The last write: what is left in the batch, the totals and how the run stands.</summary>
    private void CommitFinal()
    {
        Write(FinalStatus());
        _releaseAfterCommit.Clear();
    }

    private DurableRunStatus FinalStatus() =>
        _budget.Exceeded is not null ? DurableRunStatus.BudgetExceeded
        : _remaining == 0 && !_run.IsCancelled && _run.Failures.Count == 0 ? DurableRunStatus.Completed
        : _remaining == 0 || _run.IsCancelled || _run.Failures.Count > 0 ? DurableRunStatus.Failed
        : DurableRunStatus.Running;

    private void AddStoreTime(long started) => Interlocked.Add(ref _storeTicks, Stopwatch.GetTimestamp() - started);
}
