using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// Reports a run's progress for the engine's executors from a timer, off the executors' threads: it reads the
/// firing counters and edge counters racily (each a single aligned word, written by one thread), so the hot path
/// pays nothing. The final report is made from the run's result, so that its figures are the result's.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly RunState _run;
    private readonly IProgress<RunProgress> _sink;
    private readonly long _started;
    private readonly long?[] _expected;
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private bool _stopped;

    private ProgressReporter(RunState run, IProgress<RunProgress> sink, TimeSpan interval, long started)
    {
        _run = run;
        _sink = sink;
        _started = started;
        _expected = ExpectedItems(run.Graph.Nodes.Select(n => n.Adapter.Node));
        _timer = new Timer(static state => ((ProgressReporter)state!).Tick(), this, interval, interval);
    }

    /// <summary>Starts reporting, once the nodes are initialized, when the run's options ask for it.</summary>
    public static ProgressReporter? Start(RunState run, long started) =>
        run.Options.Progress is { } sink ? new ProgressReporter(run, sink, run.Options.ProgressInterval, started) : null;

    /// <summary>What each node declares it will produce (<see cref="ICountedSource"/>), read once per run.</summary>
    public static long?[] ExpectedItems(IEnumerable<object> nodes) =>
        nodes.Select(node => node is ICountedSource counted ? counted.ExpectedItems : null).ToArray();

    /// <summary>The last report, with the result's figures. Reports nothing if the run never started reporting.</summary>
    public void Final(RunResult result)
    {
        Dispose();
        _sink.Report(FromResult(result, _expected));
    }

    /// <summary>A final report of <paramref name="result"/>, each node with its declared total.</summary>
    public static RunProgress FromResult(RunResult result, long?[] expected) => new(
        result.Graph,
        result.Elapsed,
        result.Nodes.Select((n, i) => new NodeProgress(n.Name, n.Firings, i < expected.Length ? expected[i] : null)
        {
            Finished = n.Outcome is not (NodeOutcome.Paused or NodeOutcome.Stopped),
            Reused = n.Outcome == NodeOutcome.Reused,
        }).ToArray(),
        result.Edges.Select(e => new EdgeProgress(e.Id, e.Written, e.LeftQueued)).ToArray(),
        IsFinal: true);

    /// <summary>Stops the timer; a report in progress finishes first, and none follows.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _stopped = true;
            _timer.Dispose();
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _sink.Report(Sample());
        }
    }

    private RunProgress Sample()
    {
        var graph = _run.Graph;
        var nodes = new NodeProgress[graph.Nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            var state = Volatile.Read(ref _run.States[n]);
            nodes[n] = new NodeProgress(graph.Nodes[n].Name, Volatile.Read(ref _run.Firings[n]), _expected[n])
            {
                Finished = state is not (NodeState.Active or NodeState.Stopped),
                Reused = state == NodeState.Reused,
            };
        }
        var edges = new EdgeProgress[_run.Edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var buffer = _run.Edges[e].Buffer;
            edges[e] = new EdgeProgress(_run.Edges[e].Spec.Id, buffer.Written, buffer.Count);
        }
        return new RunProgress(graph.Name, Stopwatch.GetElapsedTime(_started), nodes, edges, IsFinal: false);
    }
}
