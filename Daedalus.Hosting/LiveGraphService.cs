using Daedalus.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Daedalus.Hosting;

/// <summary>
/// The hosted service of one registered live graph: builds and starts it with the host, puts it in
/// <see cref="LiveGraphs"/>, and drains it when the host stops (aborting it when the host's shutdown timeout runs out).
/// </summary>
internal sealed class LiveGraphService(LiveGraphRegistration registration, IServiceProvider services, LiveGraphs graphs, ILoggerFactory? loggerFactory)
    : IHostedService
{
    private readonly ILogger _logger = loggerFactory?.CreateLogger("Daedalus.Hosting.LiveGraphs") ?? NullLogger.Instance;

    /// <summary>Builds, validates and starts the graph; a failure fails the host's start, naming the graph.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LiveGraph live;
        try
        {
            var graph = registration.Build(services)
                ?? throw new InvalidOperationException("its build callback returned null instead of a RuntimeGraph.");
            var options = HostedLiveOptions.WithLogging(registration.Options?.Invoke(services) ?? new LiveOptions(), loggerFactory);
            live = graph.Start(options);
        }
        catch (Exception error)
        {
            HostingLog.StartFailed(_logger, registration.Name, error);
            throw new InvalidOperationException($"Live graph '{registration.Name}' did not start: {error.Message}", error);
        }
        graphs.Add(registration.Name, live);
        HostingLog.Started(_logger, registration.Name, live.Nodes.Count, live.Edges.Count);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Drains the graph (every started graph of the host drains at once; see <see cref="LiveGraphs"/>); once
    /// <paramref name="cancellationToken"/> is cancelled (the host's shutdown timeout) the graph is aborted and what
    /// it still held is counted as orphaned. Logs the final table, and a warning when items were not delivered.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (graphs.StopAsync(registration.Name, cancellationToken) is not { } stopping) return;
        var result = await stopping.ConfigureAwait(false);
        var status = result.Run.Cancelled ? "aborted" : "stopped";
        HostingLog.Ended(_logger, registration.Name, status, result.Run.Elapsed, result.ToTable());
        if (result.Accounting.Lost != 0 || result.Accounting.Orphaned != 0)
            HostingLog.Undelivered(_logger, registration.Name, status, result.Accounting.ToString());
        if (result.Run.Failures.Count > 0) HostingLog.Failures(_logger, registration.Name, result.Run.Failures.Count);
    }
}
