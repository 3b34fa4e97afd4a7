using System.Text.Json.Serialization;
using Daedalus;
using Daedalus.Runtime;

namespace Daedalus.Tests.Nodes;

/// <summary>An item and the running sum after it: a user type that crosses an edge and a snapshot.</summary>
public sealed record Tally(int Item, long Sum);

/// <summary>The type infos the snapshot test saves node state and queued items with.</summary>
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(Tally))]
internal sealed partial class SnapshotTestJson : JsonSerializerContext;

/// <summary>Keeps a running sum in its node state; requests <see cref="Pause"/> when it sees <see cref="PauseAt"/>.</summary>
[Node]
public sealed partial class RunningTally
{
    private NodeState<long>? _sum;

    public RunPause? Pause { get; set; }

    public int PauseAt { get; set; } = -1;

    public long Sum => _sum?.Value ?? 0;

    [Initialize]
    public void Start(NodeContext context) => _sum = context.State("sum", SnapshotTestJson.Default.Int64, initialValue: 0);

    [Process]
    public Tally Add(int value)
    {
        _sum!.Value += value;
        if (value == PauseAt) Pause?.Request();
        return new Tally(value, _sum.Value);
    }
}

/// <summary>Counts tallies and adds up their sums in its node state.</summary>
[Node]
public sealed partial class TallySink
{
    private NodeState<long>? _count;
    private NodeState<long>? _total;

    public long Count => _count?.Value ?? 0;

    public long Total => _total?.Value ?? 0;

    [Initialize]
    public void Start(NodeContext context)
    {
        _count = context.State("count", SnapshotTestJson.Default.Int64, initialValue: 0);
        _total = context.State("total", SnapshotTestJson.Default.Int64, initialValue: 0);
    }

    [Process]
    public void Take(Tally tally)
    {
        _count!.Value++;
        _total!.Value += tally.Sum;
    }
}
