using System.Diagnostics.Metrics;

namespace Daedalus.Runtime;

/// <summary>
/// The runs in flight whose edge depths the queue-depth gauge reports. Registering and disposing swap
/// an immutable array under a lock (once per run); observing reads the current array without one.
/// </summary>
internal static class EdgeDepthRegistry
{
    private static readonly Lock Gate = new();
    private static DepthRegistration[] _runs = [];

    /// <summary>The handle of a run that is not tracked.</summary>
    public static IDisposable NotTracked { get; } = new NoTracking();

    public static IDisposable Register(string graph, IReadOnlyList<EdgeBuffer> edges)
    {
        var registration = new DepthRegistration(graph, [.. edges]);
        lock (Gate) _runs = [.. _runs, registration];
        return registration;
    }

    /// <summary>The gauge's callback: one measurement per edge of every run in flight.</summary>
    public static IEnumerable<Measurement<int>> Observe()
    {
        var runs = Volatile.Read(ref _runs);
        var measurements = new List<Measurement<int>>();
        foreach (var run in runs) run.AddTo(measurements);
        return measurements;
    }

    private static void Remove(DepthRegistration registration)
    {
        lock (Gate) _runs = Array.FindAll(_runs, r => !ReferenceEquals(r, registration));
    }

    private sealed class DepthRegistration(string graph, EdgeBuffer[] edges) : IDisposable
    {
        private int _disposed;

        public void AddTo(List<Measurement<int>> measurements)
        {
            foreach (var edge in edges)
            {
                measurements.Add(new Measurement<int>(edge.Count,
                    new KeyValuePair<string, object?>(TelemetryNames.GraphTag, graph),
                    new KeyValuePair<string, object?>(TelemetryNames.EdgeTag, edge.Id)));
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) Remove(this);
        }
    }

    private sealed class NoTracking : IDisposable
    {
        public void Dispose() { }
    }
}
