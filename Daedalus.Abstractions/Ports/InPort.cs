namespace Daedalus;

/// <summary>
/// An input port of a port node. The generated graph binds it to the edges connected to it;
/// with several producers (fan-in) items are read edge by edge in declaration order.
/// </summary>
public sealed class InPort<T>
{
    private IItemReader<T>[] _sources = [];

    /// <summary>Creates an unbound port; generated code binds it to its edges.</summary>
    public InPort(string name) => Name = name;

    /// <summary>The port's name, as declared.</summary>
    public string Name { get; }

    /// <summary>Items waiting on every edge into this port.</summary>
    public int Count
    {
        get
        {
            var total = 0;
            foreach (var source in _sources) total += source.Count;
            return total;
        }
    }

    /// <summary>Whether any edge into this port has an item waiting.</summary>
    public bool HasItems => Count > 0;

    /// <summary>Reads the next waiting item, if any.</summary>
    public bool TryRead(out T item)
    {
        foreach (var source in _sources)
        {
            if (source.TryRead(out item)) return true;
        }
        item = default!;
        return false;
    }

    /// <summary>Connects the port to the edges that feed it. Called by generated code.</summary>
    public void Bind(params IItemReader<T>[] sources) => _sources = sources;
}
