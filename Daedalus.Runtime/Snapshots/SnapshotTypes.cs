using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Daedalus.Runtime;

/// <summary>
/// The type infos a snapshot's items are written and read with, from the resolver the caller gave (usually
/// the application's source-generated <see cref="JsonSerializerContext"/>). A missing type info is a
/// <see cref="GraphSnapshotException"/> naming the edge and the item type.
/// </summary>
internal sealed class SnapshotTypes
{
    private readonly JsonSerializerOptions _options;

    public SnapshotTypes(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _options = resolver as JsonSerializerContext is { } context ? context.Options : new JsonSerializerOptions { TypeInfoResolver = resolver };
    }

    /// <summary>The type info for the items of <paramref name="edge"/>.</summary>
    public JsonTypeInfo<T> For<T>(SnapshotEdge edge)
    {
        if (_options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed) return typed;
        var type = TypeNames.Display(typeof(T));
        throw new GraphSnapshotException(edge.Graph,
            $"edge '{edge.Id}' carries {type} items, and the JSON type info resolver has none for {type}; add [JsonSerializable(typeof({type}))] to your JsonSerializerContext.");
    }

    /// <summary>Runs one item's conversion, turning what System.Text.Json throws into an error naming the edge.</summary>
    public T Convert<T>(SnapshotEdge edge, Func<T> convert)
    {
        try
        {
            return convert();
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new GraphSnapshotException(edge.Graph, $"an item of edge '{edge.Id}' ({edge.ItemType}) could not be converted: {error.Message}", error);
        }
    }
}
