using System.Diagnostics.Metrics;

namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>One measurement a <see cref="RecordedMetrics"/> saw.</summary>
public sealed record Recorded(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public string Tag(string key) => Tags.TryGetValue(key, out var value) ? value?.ToString() ?? "" : "";
}

/// <summary>Listens to every instrument of the Daedalus meter and keeps what it measures.</summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Recorded> _measurements = [];

    public RecordedMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TelemetryNames.Source) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        _listener.Start();
    }

    /// <summary>Everything measured so far.</summary>
    public IReadOnlyList<Recorded> All
    {
        get { lock (_measurements) return [.. _measurements]; }
    }

    /// <summary>What <paramref name="instrument"/> measured for graph <paramref name="graph"/>.</summary>
    public IReadOnlyList<Recorded> Of(string instrument, string graph) =>
        All.Where(m => m.Instrument == instrument && m.Tag(TelemetryNames.GraphTag) == graph).ToList();

    /// <summary>Asks the observable instruments for their values now.</summary>
    public void Collect() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        lock (_measurements) _measurements.Add(new Recorded(instrument.Name, instrument.Unit, value, copy));
    }
}
