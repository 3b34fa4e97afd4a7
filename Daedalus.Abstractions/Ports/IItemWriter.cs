namespace Daedalus;

/// <summary>The producer side of an edge, as seen by a port node's <see cref="OutPort{T}"/>.</summary>
public interface IItemWriter<T>
{
    /// <summary>
    /// How many more items the edge accepts before its overflow strategy applies;
    /// <see cref="int.MaxValue"/> for unbounded edges.
    /// </summary>
    int FreeSpace { get; }

    /// <summary>Writes one item, applying the edge's overflow strategy when it is full.</summary>
    void Write(T item);
}
