using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting.Tests.Support;

/// <summary>
/// A node whose constructor takes services (a logger and <see cref="Offset"/>) and a configuration value: created by
/// the generated catalogue from the host's services, without reflection.
/// </summary>
[Node]
public sealed partial class Stamp(ILogger<Stamp> logger, Offset offset, string label)
{
    public string Label { get; } = label;

    [Process]
    public long Run(long value)
    {
        logger.LogInformation("{Label} stamps {Value}", Label, value);
        return value + offset.Value;
    }
}
