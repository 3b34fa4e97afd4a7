using Daedalus;

namespace Daedalus.Tests.Nodes;

/// <summary>Counts 0 .. Count-1; the count may change between runs.</summary>
[Node]
public sealed partial class Counter
{
    public int Count { get; set; } = 5;

    [Process]
    public IEnumerable<int> Numbers()
    {
        for (var i = 0; i < Count; i++) yield return i;
    }
}

/// <summary>
/// Collects items and cancels <see cref="Cancellation"/> when it has received <see cref="CancelAt"/> of them;
/// with <see cref="ThrowWhenCancelled"/> it then stops mid-firing, as a node observing its token does.
/// </summary>
[Node]
public sealed partial class CancellingSink
{
    public List<int> Items { get; } = [];

    public int CancelAt { get; set; } = int.MaxValue;

    public bool ThrowWhenCancelled { get; set; }

    public CancellationTokenSource? Cancellation { get; set; }

    [Process]
    public void Add(int item, CancellationToken cancellationToken)
    {
        Items.Add(item);
        if (Items.Count != CancelAt) return;
        Cancellation?.Cancel();
        if (ThrowWhenCancelled) cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>A port node that never reads its input: what reaches it is left queued.</summary>
[Node]
public sealed partial class IgnoreAll
{
    [Input] public partial InPort<int> Numbers { get; }

    [Process]
    public void Run() { }
}
