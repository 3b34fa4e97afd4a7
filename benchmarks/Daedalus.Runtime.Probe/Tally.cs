using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Probe;

/// <summary>A sink that counts what it receives and keeps the last item, so long streams allocate nothing.</summary>
internal sealed class Tally : IRuntimeNode<SinkPorts>
{
    public long Count;
    public long Last = -1;

    public SinkPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new Adapter(this);

    private sealed class Adapter(Tally node) : NodeAdapter(node, NodeKind.Sink, "Tally")
    {
        private readonly AdapterInput<long> _in = new("In", "long");

        public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

        public override IReadOnlyList<AdapterOutput> Outputs => [];

        public override bool TryFire(FireContext context)
        {
            if (!_in.HasItem) return false;
            node.Last = _in.Take();
            node.Count++;
            return true;
        }
    }
}
