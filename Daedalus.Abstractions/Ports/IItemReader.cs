namespace Daedalus;

/// <summary>The consumer side of an edge, as seen by a port node's <see cref="InPort{T}"/>.</summary>
public interface IItemReader<T>
{
    /// <summary>Items waiting to be read.</summary>
    int Count { get; }

    /// <summary>Takes the oldest waiting item, if any.</summary>
    bool TryRead(out T item);
}
