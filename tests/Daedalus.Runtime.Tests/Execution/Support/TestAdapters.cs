namespace Daedalus.Runtime.Tests.Execution;

// Adapters written by hand exactly as the source generator emits them (see the brief in NodeAdapter):
// function nodes check every input, take each, call the node in a retry loop and write the result;
// sources enumerate, one item per firing; port nodes fire when any input has items (or once without).

internal sealed class SourceAdapter(Numbers node) : NodeAdapter(node, NodeKind.Source, "Numbers")
{
    private readonly AdapterOutput<long> _output = new("Output", "long");
    private IEnumerator<long>? _items;
    private bool _exhausted;

    public override IReadOnlyList<AdapterInput> Inputs => [];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_output];

    public override bool IsExhausted => _exhausted;

    public override void Open(FireContext context)
    {
        _items = Enumerate(node.Count).GetEnumerator();
        _exhausted = false;
    }

    public override bool TryFire(FireContext context)
    {
        if (_exhausted || !_items!.MoveNext())
        {
            _exhausted = true;
            return false;
        }
        _output.Write(_items.Current);
        return true;
    }

    public override void Close() => _items?.Dispose();

    private static IEnumerable<long> Enumerate(long count)
    {
        for (long i = 0; i < count; i++) yield return i;
    }
}

internal class MapAdapter(object node, Map map) : NodeAdapter(node, NodeKind.Function, "Map")
{
    private readonly AdapterInput<long> _in = new("In", "long");
    private readonly AdapterOutput<long> _out = new("Out", "long");

    public MapAdapter(Map map) : this(map, map) { }

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_out];

    public override bool TryFire(FireContext context)
    {
        if (!_in.HasItem) return false;
        var x = _in.Take();
        long y;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                y = map.Process(x, context.CancellationToken);
                break;
            }
            catch (Exception error) when (context.ShouldRetry(error, attempt))
            {
            }
        }
        _out.Write(y);
        return true;
    }
}

internal sealed class HookedAdapter(Hooked node) : MapAdapter(node, node.Inner)
{
    public override bool HasLifecycleHooks => true;

    public override void Initialize(FireContext context)
    {
        Interlocked.Increment(ref node.Initialized);
        if (node.FailInitialize) throw new InvalidOperationException("initialize failed");
    }

    public override void Cleanup(FireContext context) => Interlocked.Increment(ref node.CleanedUp);

    public override void DescribeConfiguration(NodeConfigurationWriter writer)
    {
        writer.Add("FailInitialize", node.FailInitialize);
        writer.Add("Label", node.Label);
    }
}

internal sealed class ZipAdapter(Zip node) : NodeAdapter(node, NodeKind.Function, "Zip")
{
    private readonly AdapterInput<long> _left = new("Left", "long");
    private readonly AdapterInput<long> _right = new("Right", "long");
    private readonly AdapterOutput<long> _out = new("Out", "long");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_left, _right];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_out];

    public override bool TryFire(FireContext context)
    {
        if (!_left.HasItem || !_right.HasItem) return false;
        var left = _left.Take();
        var right = _right.Take();
        _out.Write(left * 1000 + right);
        return true;
    }
}

internal sealed class SinkAdapter(Collect node) : NodeAdapter(node, NodeKind.Sink, "Collect")
{
    private readonly AdapterInput<long> _in = new("In", "long");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => [];

    public override bool TryFire(FireContext context)
    {
        if (!_in.HasItem) return false;
        node.Add(_in.Take());
        return true;
    }
}

internal sealed class TextSinkAdapter(TextSink node) : NodeAdapter(node, NodeKind.Sink, "TextSink")
{
    private readonly AdapterInput<string> _in = new("In", "string");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => [];

    public override bool TryFire(FireContext context) => _in.HasItem && _in.Take() is not null;
}

internal sealed class RouterAdapter(Router node) : NodeAdapter(node, NodeKind.Port, "Router")
{
    private readonly AdapterInput<long> _in = new("In", "long");
    private readonly AdapterOutput<long> _even = new("Even", "long");
    private readonly AdapterOutput<long> _odd = new("Odd", "long");

    public override IReadOnlyList<AdapterInput> Inputs => field ??= [_in];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_even, _odd];

    // The node's own code: move what it can without writing past the outputs' free space.
    public override bool TryFire(FireContext context)
    {
        if (!_in.HasItem) return false;
        var before = _in.Count;
        while (_in.HasItem && _even.FreeSpace > 0 && _odd.FreeSpace > 0)
        {
            var x = _in.Take();
            (x % 2 == 0 ? _even : _odd).Write(x);
        }
        return _in.Count != before;
    }
}

internal sealed class BurstAdapter(Burst node) : NodeAdapter(node, NodeKind.Port, "Burst")
{
    private readonly AdapterOutput<long> _output = new("Output", "long");
    private bool _fired;

    public override IReadOnlyList<AdapterInput> Inputs => [];

    public override IReadOnlyList<AdapterOutput> Outputs => field ??= [_output];

    public override bool IsExhausted => _fired;

    public override void Open(FireContext context) => _fired = false;

    public override bool TryFire(FireContext context)
    {
        if (_fired) return false;
        _fired = true;
        for (long i = 0; i < node.Count; i++) _output.Write(i);
        return true;
    }
}
