using System.Runtime.CompilerServices;

namespace Daedalus.Runtime;

/// <summary>An input port of a <see cref="NodeAdapter"/>, bound by the executor to the edges into it.</summary>
public abstract class AdapterInput
{
    private protected AdapterInput(string name) => Name = name;

    /// <summary>The port's name, as declared.</summary>
    public string Name { get; }

    /// <summary>The item type, as written in C# (for plans and messages).</summary>
    public abstract string ItemTypeName { get; }

    /// <summary>Items waiting on every edge into this port.</summary>
    public abstract int Count { get; }

    /// <summary>Binds the port to the run's edges into it, in connection order.</summary>
    internal abstract void BindRun(RunEdge[] edges);

    /// <summary>Starts another run on the edges bound last run; queues need nothing here, byte streams a fresh reader.</summary>
    internal virtual void ResetRun() { }

    /// <summary>Whether <paramref name="output"/> carries what this input takes (the exact item type, not its name).</summary>
    internal abstract bool Accepts(AdapterOutput output);
}

/// <summary>
/// A typed input port of a <see cref="NodeAdapter"/>. With several edges (fan-in) items are taken edge by
/// edge in the order the edges were bound, like <see cref="InPort{T}"/>.
/// </summary>
public sealed class AdapterInput<T>(string name, string itemTypeName) : AdapterInput(name)
{
    private IItemReader<T>[] _sources = [];

    /// <inheritdoc/>
    public override string ItemTypeName { get; } = itemTypeName;

    /// <summary>The edges into this port, as bound by the executor.</summary>
    public IItemReader<T>[] Sources => _sources;

    /// <inheritdoc/>
    public override int Count
    {
        get
        {
            var total = 0;
            foreach (var source in _sources) total += source.Count;
            return total;
        }
    }

    /// <summary>Whether any edge into this port has an item waiting.</summary>
    /// <remarks>
    /// Only this port's consumer takes items, and no edge ever empties but by its consumer's takes, even
    /// across threads (a newest-wins slot replaces its item, a drop-oldest ring publishes the newer item
    /// before it evicts the oldest), so once this is true the next <see cref="Take"/> finds an item.
    /// </remarks>
    public bool HasItem
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var sources = _sources;
            if (sources.Length == 1) return sources[0].Count > 0;
            foreach (var source in sources)
            {
                if (source.Count > 0) return true;
            }
            return false;
        }
    }

    /// <summary>Takes the next item; the caller has checked <see cref="HasItem"/>.</summary>
    public T Take()
    {
        foreach (var source in _sources)
        {
            if (source.TryRead(out var item)) return item;
        }
        throw new InvalidOperationException($"Input '{Name}' has no item waiting.");
    }

    /// <summary>Binds the port to the edges that feed it. Called by executors.</summary>
    public void Bind(params IItemReader<T>[] sources) => _sources = sources;

    internal override bool Accepts(AdapterOutput output) => output is AdapterOutput<T>;

    internal override void BindRun(RunEdge[] edges)
    {
        var sources = new IItemReader<T>[edges.Length];
        for (var i = 0; i < edges.Length; i++) sources[i] = (IItemReader<T>)edges[i].Reader;
        Bind(sources);
    }
}
