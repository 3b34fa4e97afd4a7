using System.Diagnostics;

namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>Listens to the Daedalus activity source, samples everything, and keeps the spans that stopped.</summary>
public sealed class RecordedSpans : IDisposable
{
    private readonly List<Activity> _stopped = [];
    private readonly ActivityListener _listener;

    public RecordedSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TelemetryNames.Source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (_stopped) _stopped.Add(activity); },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Every span that stopped so far.</summary>
    public IReadOnlyList<Activity> Stopped
    {
        get { lock (_stopped) return [.. _stopped]; }
    }

    /// <summary>The stopped spans of one operation (<c>daedalus.run</c>, <c>daedalus.firing</c>).</summary>
    public List<Activity> Of(string operation) => Stopped.Where(a => a.OperationName == operation).ToList();

    public void Dispose() => _listener.Dispose();
}
