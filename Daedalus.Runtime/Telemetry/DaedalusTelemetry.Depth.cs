namespace Daedalus.Runtime;

public static partial class DaedalusTelemetry
{
    /// <summary>
    /// Shows the queue depth of <paramref name="edges"/> on the <see cref="TelemetryNames.EdgeQueueDepth"/>
    /// gauge until the returned handle is disposed; call it when a run starts and dispose the handle when
    /// it ends. Thread-safe; disposing twice is harmless, and a disposed run keeps no reference to its edges.
    /// </summary>
    /// <remarks>
    /// When nothing listens to the gauge at the call, the run is not tracked and a shared no-op handle is
    /// returned without allocating; a listener that starts mid-run sees the runs started after it.
    /// Depths are read when a listener collects, from whatever thread collects, so they are a snapshot of
    /// a moving count, not a synchronized one.
    /// </remarks>
    public static IDisposable TrackDepth(string graph, IReadOnlyList<EdgeBuffer> edges)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(edges);
        if (!EdgeQueueDepth.Enabled || edges.Count == 0) return EdgeDepthRegistry.NotTracked;
        return EdgeDepthRegistry.Register(graph, edges);
    }
}
