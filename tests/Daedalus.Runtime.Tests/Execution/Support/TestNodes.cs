namespace Daedalus.Runtime.Tests.Execution;

// Tiny [Node]-like classes, each implementing IRuntimeNode<TPorts> as generated code would.

/// <summary>A source of 0 … count − 1.</summary>
public sealed class Numbers(long count) : IRuntimeNode<SourcePorts>
{
    public long Count { get; } = count;

    public SourcePorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new SourceAdapter(this);
}

/// <summary>A function node computing <c>x * 3 + 1</c>, or any function given.</summary>
public sealed class Map(Func<long, CancellationToken, long>? function = null) : IRuntimeNode<MapPorts>
{
    public Map(Func<long, long> function) : this((x, _) => function(x)) { }

    public long Process(long x, CancellationToken token) => function is null ? x * 3 + 1 : function(x, token);

    public MapPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new MapAdapter(this);

    /// <summary>Throws on <paramref name="poison"/>, maps everything else.</summary>
    public static Map ThrowingOn(long poison) =>
        new(x => x == poison ? throw new InvalidOperationException($"poisoned by {x}") : x * 3 + 1);

    /// <summary>Fails its first <paramref name="failures"/> attempts, then maps.</summary>
    public static Map Flaky(int failures)
    {
        var left = failures;
        return new(x => left-- > 0 ? throw new TimeoutException("flaky") : x * 3 + 1);
    }

    /// <summary>Waits on the run's token for up to a minute per item (cancellation ends it), setting <paramref name="started"/> first.</summary>
    public static Map Slow(ManualResetEventSlim? started = null) => new((x, token) =>
    {
        started?.Set();
        token.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
        token.ThrowIfCancellationRequested();
        return x;
    });
}

/// <summary>A function node of two inputs: <c>left * 1000 + right</c>.</summary>
public sealed class Zip : IRuntimeNode<ZipPorts>
{
    public ZipPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new ZipAdapter(this);
}

/// <summary>A sink collecting what it receives.</summary>
public sealed class Collect : IRuntimeNode<SinkPorts>
{
    private readonly List<long> _items = [];

    public List<long> Items
    {
        get
        {
            lock (_items) return [.. _items];
        }
    }

    public void Add(long item)
    {
        lock (_items) _items.Add(item);
    }

    public SinkPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new SinkAdapter(this);
}

/// <summary>A sink of strings, for item-type mismatches.</summary>
public sealed class TextSink : IRuntimeNode<TextSinkPorts>
{
    public TextSinkPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new TextSinkAdapter(this);
}

/// <summary>A port node sending even items one way and odd items the other.</summary>
public sealed class Router : IRuntimeNode<RouterPorts>
{
    public RouterPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new RouterAdapter(this);
}

/// <summary>A port node without inputs: writes <c>0 … count − 1</c> in one firing.</summary>
public sealed class Burst(long count) : IRuntimeNode<SourcePorts>
{
    public long Count { get; } = count;

    public SourcePorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new BurstAdapter(this);
}

/// <summary>A map with lifecycle hooks that counts them (and can fail its initialize).</summary>
public sealed class Hooked(Map? inner = null, bool failInitialize = false, string label = "") : IRuntimeNode<MapPorts>
{
    public int Initialized;
    public int CleanedUp;

    public Map Inner { get; } = inner ?? new Map();

    public bool FailInitialize { get; } = failInitialize;

    /// <summary>Its configuration, as far as live graphs can tell: two instances with the same label are the same node to them.</summary>
    public string Label { get; } = label;

    public MapPorts CreatePorts(object owner) => new(owner);

    public NodeAdapter CreateAdapter() => new HookedAdapter(this);
}
