namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>
/// Tests that listen to the process-wide Daedalus meter and activity source. They run alone, so that one
/// test's listener neither sees another's runs nor makes "nothing listens" untrue for another.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
