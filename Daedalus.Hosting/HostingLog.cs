using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting;

/// <summary>What the hosted live graphs log (category <c>Daedalus.Hosting.LiveGraphs</c>).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Live graph '{Graph}' started: {Nodes} nodes, {Edges} edges")]
    public static partial void Started(ILogger logger, string graph, int nodes, int edges);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Live graph '{Graph}' did not start")]
    public static partial void StartFailed(ILogger logger, string graph, Exception error);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Live graph '{Graph}' {Status} after {Elapsed}:\n{Table}")]
    public static partial void Ended(ILogger logger, string graph, string status, TimeSpan elapsed, string table);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Live graph '{Graph}' {Status} with items not delivered (orphaned on edges or feeds, or lost): {Accounting}")]
    public static partial void Undelivered(ILogger logger, string graph, string status, string accounting);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Live graph '{Graph}' had {Count} node failure(s); the table lists them")]
    public static partial void Failures(ILogger logger, string graph, int count);
}
