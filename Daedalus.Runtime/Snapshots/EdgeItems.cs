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

    /// <summary>The items as <typeparamref name="T"/>, for the resumed run's queue; observes <paramref name="token"/> item by item.</summary>
    public abstract IReadOnlyList<T> Read<T>(SnapshotEdge edge, CancellationToken token);
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
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            json.Add(SnapshotTypes.Convert(edge, i, () => JsonSerializer.SerializeToElement(item, info)));
        }
        return json;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<T> Read<T>(SnapshotEdge edge, CancellationToken token) => items as IReadOnlyList<T> ?? throw new GraphSnapshotException(edge.Graph,
        $"edge '{ShortText.Name(edge.Id)}' held {TypeNames.Display(typeof(TItem))} items, but the graph's edge carries {TypeNames.Display(typeof(T))}.");
}

/// <summary>Items loaded from a stream, read as their edge's item type, strictly, when the snapshot is resumed.</summary>
internal sealed class JsonEdgeItems(List<JsonElement> items, SnapshotTypes types) : EdgeItems
{
    /// <inheritdoc/>
    public override int Count => items.Count;

    /// <inheritdoc/>
    public override List<JsonElement> ToJson(SnapshotEdge edge, SnapshotTypes types) => items;

    /// <inheritdoc/>
    public override IReadOnlyList<T> Read<T>(SnapshotEdge edge, CancellationToken token)
    {
        var info = types.ForReading<T>(edge);
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            token.ThrowIfCancellationRequested();
            var item = items[i];
            result.Add(SnapshotTypes.Convert(edge, i, () => item.Deserialize(info)!));
        }
        return result;
    }
}
