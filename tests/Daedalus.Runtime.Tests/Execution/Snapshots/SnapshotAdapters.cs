namespace Daedalus.Runtime.Tests.Execution.Snapshots;

// Adapters written by hand as the source generator emits them; the stateful ones declare their state
// slots in Initialize, where a resumed run finds the restored values waiting.

internal sealed class RunningSumAdapter(RunningSum node) : NodeAdapter(node, NodeKind.Function, "RunningSum")
{
    private readonly AdapterInput<long> _in = new("In", "long");
    private readonly AdapterOutput<Reading> _out = new("Out", "Reading");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_out];

    public override bool HasLifecycleHooks => true;

    public override void Initialize(FireContext context)
    {
        node.Sum = context.Node.State("sum", SnapshotJson.Default.Int64, 0L);
        if (node.FailInitialize) throw new InvalidOperationException("initialize failed");
    }

    public override bool TryFire(FireContext context)
    {
        if (!_in.HasItem) return false;
        _out.Write(node.Add(_in.Take()));
        return true;
    }
}

internal sealed class RelayAdapter(Relay node) : NodeAdapter(node, NodeKind.Function, "Relay")
{
    private readonly AdapterInput<Reading> _in = new("In", "Reading");
    private readonly AdapterOutput<Reading> _out = new("Out", "Reading");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_out];

    public override bool TryFire(FireContext context)
    {
        if (!_in.HasItem) return false;
        _out.Write(_in.Take());
        return true;
    }
}

internal sealed class ReadingSinkAdapter(ReadingSink node) : NodeAdapter(node, NodeKind.Sink, "ReadingSink")
{
    private readonly AdapterInput<Reading> _in = new("In", "Reading");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => [];

    public override bool HasLifecycleHooks => true;

    public override void Initialize(FireContext context)
    {
        node.Count = context.Node.State("count", SnapshotJson.Default.Int64, 0L);
        node.Total = context.Node.State("total", SnapshotJson.Default.Int64, 0L);
    }

    public override bool TryFire(FireContext context)
    {
        if (!_in.HasItem) return false;
        node.Add(_in.Take());
        return true;
    }
}
