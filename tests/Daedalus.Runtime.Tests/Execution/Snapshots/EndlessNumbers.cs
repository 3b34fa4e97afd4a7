namespace Daedalus.Runtime.Tests.Execution.Snapshots;

/// <summary>
/// 0, 1, 2, … without end, reported as a <c>Numbers</c> source so that it fits the pipeline's snapshots; it
/// cancels <paramref name="cancellation"/> when it produces item <paramref name="cancelAt"/>, as a caller giving up
/// while a resumed run is still skipping what the source had produced.
/// </summary>
public sealed class EndlessNumbers(CancellationTokenSource cancellation, long cancelAt) : IRuntimeNode<SourcePorts>
{
    /// <summary>How many items the source produced in its last run, skipped ones included.</summary>
    public long Produced { get; set; }

    public SourcePorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new EndlessNumbersAdapter(this, cancellation, cancelAt);
}

internal sealed class EndlessNumbersAdapter(EndlessNumbers node, CancellationTokenSource cancellation, long cancelAt)
    : NodeAdapter(node, NodeKind.Source, "Numbers")
{
    private readonly AdapterOutput<long> _output = new("Output", "long");

    public override IReadOnlyList<AdapterInput> Inputs => [];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_output];

    public override void Open(FireContext context) => node.Produced = 0;

    public override bool TryFire(FireContext context)
    {
        if (node.Produced == cancelAt) cancellation.Cancel();
        _output.Write(node.Produced++);
        return true;
    }
}
