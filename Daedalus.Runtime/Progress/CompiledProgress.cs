using System.ComponentModel;
using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// Generated code support: what a compiled <c>Run(progress)</c> was asked to report to, and when. The compiled loop
/// checks <see cref="CompiledRun.ProgressDue"/> between passes (a source's batch of up to 1,024 items), so a run
/// that was not asked pays one null check per pass.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledProgress
{
    private readonly IProgress<RunProgress> _sink;
    private readonly long _interval;
    private readonly object[] _nodes;
    private long?[]? _expected;
    private long _started;
    private long _next;

    /// <summary>Reports to <paramref name="sink"/> every <paramref name="interval"/> (one second when null).</summary>
    /// <param name="sink">Receives the reports, on the thread that runs the graph.</param>
    /// <param name="interval">A positive interval, or null for one second.</param>
    /// <param name="nodes">The graph's node instances in declaration order, asked for their <see cref="ICountedSource.ExpectedItems"/>.</param>
    public CompiledProgress(IProgress<RunProgress> sink, TimeSpan? interval, object[] nodes)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(nodes);
        var every = ProgressIntervals.Checked(interval ?? ProgressIntervals.Default, nameof(interval));
        _sink = sink;
        _interval = Math.Max(1, (long)(every.TotalSeconds * Stopwatch.Frequency));
        _nodes = nodes;
    }

    internal bool Due => Stopwatch.GetTimestamp() >= _next;

    internal TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    // Read at the first report, after the nodes' Initialize hooks, as the engine does.
    internal long?[] Expected => _expected ??= ProgressReporter.ExpectedItems(_nodes);

    internal void Begin()
    {
        _expected = null;
        _started = Stopwatch.GetTimestamp();
        _next = _started + _interval;
    }

    internal void Report(RunProgress progress)
    {
        _sink.Report(progress);
        _next = Stopwatch.GetTimestamp() + _interval;
    }
}
