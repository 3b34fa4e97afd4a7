namespace Daedalus.Runtime.Tests;

/// <summary>
/// Tests that run several busy threads. They run alone, not beside other test classes, so that on a
/// small machine their threads are not starved into meeting their deadlines late.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConcurrencyCollection
{
    public const string Name = "Concurrency";
}
