using Daedalus.Runtime;
using Microsoft.Extensions.Logging;

namespace Daedalus.Hosting.Tests.Support;

/// <summary>Doubles each item, and logs through its node context (to the host's logger factory when hosted).</summary>
[Node]
public sealed partial class Doubler
{
    [Process]
    public long Run(long value, NodeContext context)
    {
        if (value == 0) context.Logger.LogInformation("first item through {Node}", context.Node);
        return value * 2;
    }
}

/// <summary>Passes each item on after <see cref="Delay"/>: a drain that takes a while.</summary>
[Node]
public sealed partial class Slow
{
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(20);

    [Process]
    public long Run(long value)
    {
        Thread.Sleep(Delay);
        return value;
    }
}

/// <summary>Passes each item on once <see cref="Gate"/> is open: a drain that waits for the test.</summary>
[Node]
public sealed partial class Gated
{
    public ManualResetEventSlim Gate { get; init; } = new(true);

    [Process]
    public long Run(long value)
    {
        Gate.Wait();
        return value;
    }
}

/// <summary>Keeps every item, the thread that fired it, and how often its hooks ran.</summary>
[Node]
public sealed partial class Collect
{
    private readonly List<long> _items = [];
    private int _initialized;
    private int _cleanedUp;

    /// <summary>A copy of the items so far.</summary>
    public IReadOnlyList<long> Items
    {
        get
        {
            lock (_items) return [.. _items];
        }
    }

    public int Count
    {
        get
        {
            lock (_items) return _items.Count;
        }
    }

    /// <summary>The worker thread that fired the node last.</summary>
    public Thread? Worker { get; private set; }

    public int Initialized => Volatile.Read(ref _initialized);

    public int CleanedUp => Volatile.Read(ref _cleanedUp);

    [Initialize] public void Start() => Interlocked.Increment(ref _initialized);

    [Process]
    public void Add(long value)
    {
        Worker = Thread.CurrentThread;
        lock (_items) _items.Add(value);
    }

    [Cleanup] public void Done() => Interlocked.Increment(ref _cleanedUp);
}

/// <summary>Passes items on, and throws on <see cref="Poison"/>: the node fails and stops taking items.</summary>
[Node]
public sealed partial class Poisoned
{
    public long Poison { get; init; } = 3;

    [Process] public long Run(long value) => value == Poison ? throw new InvalidOperationException($"poisoned by {value}") : value;
}
