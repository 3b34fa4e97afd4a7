using System.Diagnostics;

namespace Daedalus.Runtime;

public sealed partial class LiveGraph
{
    private Activity? _span;
    private IDisposable _depths = EdgeDepthRegistry.NotTracked;

    /// <summary>Holding the gate, once started: the graph's span (not made current for the caller) and its queue depths.</summary>
    private void StartTelemetry()
    {
        var caller = Activity.Current;
        _span = DaedalusTelemetry.StartRun(Name, "live");
        Activity.Current = caller;
        TrackDepths();
    }

    /// <summary>Holding the gate: the queue-depth gauge follows the edges as they are now (after a commit or a reader came or went).</summary>
    private void TrackDepths()
    {
        _depths.Dispose();
        _depths = DaedalusTelemetry.TrackDepth(Name, [.. _edgeOrder.Concat(_readers).Where(edge => !edge.IsRemoved).Select(edge => edge.Current.Buffer)]);
    }

    /// <summary>Holding the gate, at the end: the run's counters and histograms, once, and its span.</summary>
    private void EndTelemetry(LiveResult result)
    {
        _depths.Dispose();
        DaedalusTelemetry.RecordRun(result.Run);
        DaedalusTelemetry.EndRun(_span, result.Run);
    }
}
