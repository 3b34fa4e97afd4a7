using Daedalus;

namespace Daedalus.Benchmarks;

// Nodes the live-graph benchmarks run (the maps are AddConstant and TimesThreePlusOne from Nodes.cs).

/// <summary>Sink of a live graph: counts what it receives, readable from another thread while the graph runs.</summary>
[Node]
public sealed partial class Seen
{
    private long _count;

    /// <summary>Items received so far.</summary>
    public long Count => Volatile.Read(ref _count);

    [Process]
    public void Take(long value) => Volatile.Write(ref _count, _count + 1);
}
