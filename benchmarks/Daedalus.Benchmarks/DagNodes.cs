using Daedalus;

namespace Daedalus.Benchmarks;

// The nodes of the DAG-scheduling suite: tiny bodies, so the figures are the executors' cost per task.

/// <summary>A shared counter the task bodies bump.</summary>
public sealed class TaskCounter
{
    public long Value;
}

/// <summary>Starts a DAG: one item, once per run.</summary>
[Node]
public sealed partial class Seed
{
    [Process]
    public IEnumerable<long> Values()
    {
        yield return 0;
    }
}

/// <summary>Chain task: <c>counter++</c> (the chain runs one task at a time, so no interlocking).</summary>
[Node]
public sealed partial class ChainTask
{
    public TaskCounter Counter { get; init; } = new();

    [Process]
    public long Apply(long value)
    {
        Counter.Value++;
        return value + 1;
    }
}

/// <summary>Tree task: an interlocked increment (siblings may run at the same time).</summary>
[Node]
public sealed partial class TreeTask
{
    public TaskCounter Counter { get; init; } = new();

    [Process]
    public long Apply(long value)
    {
        Interlocked.Increment(ref Counter.Value);
        return value;
    }
}

/// <summary>Wavefront block on the top row or left column: one predecessor; returns i+j.</summary>
[Node]
public sealed partial class EdgeBlock
{
    public int I { get; init; }
    public int J { get; init; }

    [Process]
    public long Apply(long from) => I + J;
}

/// <summary>Inner wavefront block: waits for its left and upper neighbours; returns i+j.</summary>
[Node]
public sealed partial class InnerBlock
{
    public int I { get; init; }
    public int J { get; init; }

    [Process]
    public long Apply(long left, long up) => I + J;
}
