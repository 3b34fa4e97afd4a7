using System.Diagnostics.CodeAnalysis;
using Daedalus.Runtime;

namespace Daedalus.Hosting;

/// <summary>
/// The live graphs of a host, by the name each was registered under (<c>services.AddLiveGraph(name, …)</c>): a
/// singleton to resolve anywhere once the host started, and use for edits, readers and writers:
/// <c>services.GetRequiredService&lt;LiveGraphs&gt;()["monitor"].Writer&lt;long&gt;("input")</c>.
/// </summary>
/// <remarks>
/// A graph is here from its start until the host's service provider is disposed; after the host stopped it is still
/// here, <see cref="LiveStatus.Stopped"/> or <see cref="LiveStatus.Aborted"/>, with its result in
/// <see cref="LiveGraph.Completion"/>. Disposing the registry (the service provider does) aborts every graph still
/// running, so none outlives its host, even when the host failed to start and was never stopped.
/// </remarks>
public sealed class LiveGraphs : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<string> _names;
    private readonly Dictionary<string, LiveGraph> _running = new(StringComparer.Ordinal);
    private Dictionary<string, Task<LiveResult>>? _stopping;

    internal LiveGraphs(IEnumerable<LiveGraphRegistration> registrations) => _names = [.. registrations.Select(registration => registration.Name)];

    /// <summary>The names of every registered graph, in registration order (started or not).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The live graph registered as <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No graph is registered under that name.</exception>
    /// <exception cref="InvalidOperationException">The graph is registered but has not started (the host has not started, or failed to).</exception>
    public LiveGraph this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            if (TryGet(name, out var graph)) return graph;
            if (!_names.Contains(name, StringComparer.Ordinal))
                throw new KeyNotFoundException($"No live graph is registered as '{name}'; registered: {(_names.Count == 0 ? "none" : string.Join(", ", _names))}.");
            throw new InvalidOperationException($"Live graph '{name}' has not started: the host has not started yet, or it failed to start.");
        }
    }

    /// <summary>The live graph registered as <paramref name="name"/>, if it has started.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out LiveGraph? graph)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate) return _running.TryGetValue(name, out graph);
    }

    /// <inheritdoc/>
    public void Dispose() => AbortRunning();

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        AbortRunning();
        return ValueTask.CompletedTask;
    }

    internal void Add(string name, LiveGraph graph)
    {
        lock (_gate) _running.Add(name, graph);
    }

    /// <summary>
    /// The graceful stop of graph <paramref name="name"/> (null when it never started). The first call stops every
    /// started graph at once, under <paramref name="cancellationToken"/>, so graphs drain in parallel although the host
    /// stops its services one by one; later calls get their graph's stop from that one.
    /// </summary>
    internal Task<LiveResult>? StopAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _stopping ??= _running.ToDictionary(pair => pair.Key, pair => pair.Value.StopAsync(cancellationToken), StringComparer.Ordinal);
            return _stopping.GetValueOrDefault(name);
        }
    }

    private void AbortRunning()
    {
        LiveGraph[] graphs;
        lock (_gate) graphs = [.. _running.Values];
        foreach (var graph in graphs)
        {
            if (graph.Status is LiveStatus.Running or LiveStatus.Stopping) graph.Abort();
        }
    }
}
