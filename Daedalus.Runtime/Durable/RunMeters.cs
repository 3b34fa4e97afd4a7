using System.Collections.Concurrent;

namespace Daedalus.Runtime;

/// <summary>What the nodes of one durable run charged to each named meter in this session, from any thread.</summary>
internal sealed class RunMeters
{
    private readonly ConcurrentDictionary<string, StrongBox> _meters = new(StringComparer.Ordinal);

    public void Charge(string meter, long amount)
    {
        var box = _meters.GetOrAdd(meter, static _ => new StrongBox());
        Interlocked.Add(ref box.Value, amount);
    }

    /// <summary>What was charged to <paramref name="meter"/> in this session.</summary>
    public long Charged(string meter) => _meters.TryGetValue(meter, out var box) ? Volatile.Read(ref box.Value) : 0;

    /// <summary>Every meter's charges in this session added to <paramref name="before"/>.</summary>
    public Dictionary<string, long> AddTo(IReadOnlyDictionary<string, long> before)
    {
        var totals = new Dictionary<string, long>(before, StringComparer.Ordinal);
        foreach (var (meter, box) in _meters) totals[meter] = totals.GetValueOrDefault(meter) + Volatile.Read(ref box.Value);
        return totals;
    }

    private sealed class StrongBox
    {
        public long Value;
    }
}
