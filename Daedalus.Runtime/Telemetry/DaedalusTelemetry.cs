using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Daedalus.Runtime;

/// <summary>
/// Daedalus's metrics and traces: one <see cref="System.Diagnostics.Metrics.Meter"/> and one
/// <see cref="System.Diagnostics.ActivitySource"/>, both named <c>Daedalus</c>
/// (<see cref="TelemetryNames.Source"/>). Executors call <see cref="StartRun"/>, <see cref="TrackDepth"/>,
/// <see cref="StartFiring"/>, <see cref="RecordRun"/> and <see cref="EndRun"/>; nothing here runs per item.
/// </summary>
/// <remarks>
/// Every member first checks whether anything listens (<see cref="Instrument.Enabled"/>,
/// <see cref="ActivitySource.HasListeners"/>) and returns at once, without allocating, when nothing does.
/// Counters are added once per run from the <see cref="RunResult"/>, so the hot path pays nothing for them.
/// </remarks>
public static partial class DaedalusTelemetry
{
    private static readonly string? Version =
        typeof(DaedalusTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    /// <summary>The meter every Daedalus instrument belongs to.</summary>
    public static Meter Meter { get; } = new(TelemetryNames.Source, Version);

    /// <summary>The source of the run and firing spans.</summary>
    public static ActivitySource ActivitySource { get; } = new(TelemetryNames.Source, Version);

    private static readonly Counter<long> NodeFirings = Meter.CreateCounter<long>(
        TelemetryNames.NodeFirings, "{firing}", "Successful node firings.");

    private static readonly Histogram<double> NodeDuration = Meter.CreateHistogram<double>(
        TelemetryNames.NodeDuration, "s", "Time one node spent firing in one run (one value per node per run).");

    private static readonly Counter<long> NodeFailures = Meter.CreateCounter<long>(
        TelemetryNames.NodeFailures, "{failure}", "Nodes that failed, after any retries.");

    private static readonly Counter<long> NodeRetries = Meter.CreateCounter<long>(
        TelemetryNames.NodeRetries, "{retry}", "Failed attempts that were retried.");

    private static readonly Counter<long> EdgeItems = Meter.CreateCounter<long>(
        TelemetryNames.EdgeItems, "{item}", "Items written to an edge.");

    private static readonly Counter<long> EdgeDrops = Meter.CreateCounter<long>(
        TelemetryNames.EdgeDrops, "{item}", "Items an edge discarded, by reason.");

    private static readonly Counter<long> EdgeOverCapacity = Meter.CreateCounter<long>(
        TelemetryNames.EdgeOverCapacity, "{item}", "Items a Block edge held beyond its capacity (a port node wrote past its free space).");

    private static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>(
        TelemetryNames.RunDuration, "s", "Wall-clock time of a whole run.");

    private static readonly Counter<long> DurableResults = Meter.CreateCounter<long>(
        TelemetryNames.DurableResults, "{result}", "Durable runs: node results reused from the store (hit) or computed and stored (miss).");

    private static readonly Counter<long> DurableBytes = Meter.CreateCounter<long>(
        TelemetryNames.DurableBytes, "By", "Durable runs: bytes of items written to or read from the store.");

    private static readonly Histogram<double> DurableStoreDuration = Meter.CreateHistogram<double>(
        TelemetryNames.DurableStoreDuration, "s", "Durable runs: time one run spent in its store.");

    private static readonly ObservableGauge<int> EdgeQueueDepth = Meter.CreateObservableGauge(
        TelemetryNames.EdgeQueueDepth, EdgeDepthRegistry.Observe, "{item}", "Items waiting on an edge of a run in flight.");
}
