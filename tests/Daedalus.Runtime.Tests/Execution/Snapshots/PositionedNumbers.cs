namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// A source of 0 … count − 1 that keeps its next item in its node state, so a resumed run continues from the
/// restored position by itself (<see cref="IResumableSource"/>) instead of skipping what it produced.
/// </summary>
public sealed class PositionedNumbers(long count) : IRuntimeNode<SourcePorts>, IResumableSource
{
    public long Count { get; } = count;

    /// <summary>How many items the source produced in its last run (the opt-out means none are skipped).</summary>
    public long Fired { get; set; }

    public SourcePorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new PositionedNumbersAdapter(this);
}

internal sealed class PositionedNumbersAdapter(PositionedNumbers node) : NodeAdapter(node, NodeKind.Source, "PositionedNumbers")
{
    private readonly AdapterOutput<long> _output = new("Output", "long");
    private NodeState<long>? _next;

    public override IReadOnlyList<AdapterInput> Inputs => [];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_output];

    public override bool HasLifecycleHooks => true;

    public override bool IsExhausted => _next!.Value >= node.Count;

    public override void Initialize(FireContext context) => _next = context.Node.State("next", SnapshotJson.Default.Int64, 0L);

    public override void Open(FireContext context) => node.Fired = 0;

    public override bool TryFire(FireContext context)
    {
        if (IsExhausted) return false;
        _output.Write(_next!.Value++);
        node.Fired++;
        return true;
    }
}
