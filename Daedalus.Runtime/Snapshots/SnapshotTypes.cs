using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using static System.FormattableString;

namespace Daedalus.Runtime;

/// <summary>
/// The type infos a snapshot's items are written and read with, from the resolver the caller gave (usually
/// the application's source-generated <see cref="JsonSerializerContext"/>). A missing type info is a
/// <see cref="GraphSnapshotException"/> naming the edge and the item type.
/// </summary>
/// <remarks>
/// Items are read strictly, with a copy of the resolver's options: a member the item type does not have, or
/// one given twice, is an error, and so is a missing constructor parameter that the type info always writes
/// (one without a default value, on a type whose options and property omit nothing), so <c>{}</c> is not a
/// positional record. A type's own <c>[JsonUnmappedMemberHandling]</c> or <c>[JsonExtensionData]</c> still applies.
/// </remarks>
internal sealed class SnapshotTypes
{
    private readonly JsonSerializerOptions _options;
    private JsonSerializerOptions? _reading;

    public SnapshotTypes(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _options = resolver as JsonSerializerContext is { } context ? context.Options : new JsonSerializerOptions { TypeInfoResolver = resolver };
    }

    /// <summary>The type info that writes the items of <paramref name="edge"/>.</summary>
    public JsonTypeInfo<T> For<T>(SnapshotEdge edge) => Find<T>(_options, edge);

    /// <summary>The type info that reads the items of <paramref name="edge"/>, strictly.</summary>
    public JsonTypeInfo<T> ForReading<T>(SnapshotEdge edge) => Find<T>(_reading ??= Strict(_options), edge);

    /// <summary>Converts item <paramref name="index"/> of <paramref name="edge"/>, turning what System.Text.Json throws into an error naming the edge and the item.</summary>
    public static T Convert<T>(SnapshotEdge edge, int index, Func<T> convert)
    {
        try
        {
            return convert();
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new GraphSnapshotException(edge.Graph,
                Invariant($"item {index + 1} of edge '{ShortText.Name(edge.Id)}' ({ShortText.Name(edge.ItemType)}) could not be converted{ShortText.Explain(error)}"), error);
        }
    }

    private static JsonTypeInfo<T> Find<T>(JsonSerializerOptions options, SnapshotEdge edge)
    {
        if (options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed) return typed;
        var type = TypeNames.Display(typeof(T));
        throw new GraphSnapshotException(edge.Graph,
            $"edge '{ShortText.Name(edge.Id)}' carries {type} items, and the JSON type info resolver has none for {type}; add [JsonSerializable(typeof({type}))] to your JsonSerializerContext.");
    }

    private static JsonSerializerOptions Strict(JsonSerializerOptions options)
    {
        var omitsNothing = options.DefaultIgnoreCondition == JsonIgnoreCondition.Never && !options.IgnoreReadOnlyProperties;
        return new JsonSerializerOptions(options)
        {
            TypeInfoResolver = omitsNothing ? options.TypeInfoResolver!.WithAddedModifier(RequireWrittenParameters) : options.TypeInfoResolver,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
        };
    }

    /// <summary>A constructor parameter without a default value whose property is always written must be read back.</summary>
    private static void RequireWrittenParameters(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in info.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false } && property.ShouldSerialize is null && property.Get is not null)
                property.IsRequired = true;
        }
    }
}
