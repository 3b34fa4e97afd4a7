using System.Text.Json;

namespace Daedalus.Runtime;

/// <summary>
/// The items an edge held when its run paused, oldest first: typed, as captured from the run, or as JSON,
/// as loaded from a stream. Either way only the producer's typed output port turns them into items again.
/// </summary>
internal abstract class EdgeItems
{
    /// <summary>How many items the edge held.</summary>
    public abstract int Count { get; }

    /// <summary>The items as JSON, each written with the item type's own type info from <paramref name="types"/>.</summary>
    public abstract List<JsonElement> ToJson(SnapshotEdge edge, SnapshotTypes types);

    /// <summary>The items as <typeparamref name="T"/>, for the resumed run's queue.</summary>
    public abstract IReadOnlyList<T> Read<T>(SnapshotEdge edge);
}

/// <summary>Items captured from a paused run, as the run held them.</summary>
internal sealed class TypedEdgeItems<TItem>(List<TItem> items) : EdgeItems
{
    /// <inheritdoc/>
    public override int Count => items.Count;

    /// <inheritdoc/>
    public override List<JsonElement> ToJson(SnapshotEdge edge, SnapshotTypes types)
    {
        var info = types.For<TItem>(edge);
        var json = new List<JsonElement>(items.Count);
        foreach (var item in items) json.Add(types.Convert(edge, () => JsonSerializer.SerializeToElement(item, info)));
        return json;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<T> Read<T>(SnapshotEdge edge) => items as IReadOnlyList<T> ?? throw new GraphSnapshotException(edge.Graph,
        $"edge '{edge.Id}' held {TypeNames.Display(typeof(TItem))} items, but the graph's edge carries {TypeNames.Display(typeof(T))}.");
}

/// <summary>Items loaded from a stream, read as their edge's item type when the snapshot is resumed.</summary>
internal sealed class JsonEdgeItems(List<JsonElement> items, SnapshotTypes types) : EdgeItems
{
    /// <inheritdoc/>
    public override int Count => items.Count;

    /// <inheritdoc/>
    public override List<JsonElement> ToJson(SnapshotEdge edge, SnapshotTypes types) => items;

    /// <inheritdoc/>
    public override IReadOnlyList<T> Read<T>(SnapshotEdge edge)
    {
        var info = types.For<T>(edge);
        var result = new List<T>(items.Count);
        foreach (var item in items) result.Add(types.Convert(edge, () => item.Deserialize(info)!));
        return result;
    }
}
