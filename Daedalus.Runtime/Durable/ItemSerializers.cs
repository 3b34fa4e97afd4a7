using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Daedalus.Runtime;

/// <summary>
/// The serializers a durable run writes items with, looked up by the edge's item type, never by anything stored:
/// first those added with <see cref="With{T}"/>, then the built-in ones (numbers, <see cref="bool"/>, <see cref="char"/>,
/// <see cref="string"/>, <c>byte[]</c>, <see cref="Guid"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/>,
/// <see cref="TimeSpan"/>), then the JSON type infos of the resolver given (usually your source-generated
/// <see cref="JsonSerializerContext"/>). Immutable: <see cref="With{T}"/> returns a new set.
/// </summary>
public sealed class ItemSerializers
{
    private readonly IJsonTypeInfoResolver? _json;
    private readonly JsonSerializerOptions? _options;
    private readonly FrozenDictionary<Type, object> _added;

    /// <summary>The built-in serializers only.</summary>
    public static ItemSerializers Default { get; } = new();

    /// <summary>The built-in serializers, then <paramref name="json"/>'s type infos (when given).</summary>
    public ItemSerializers(IJsonTypeInfoResolver? json = null) : this(json, FrozenDictionary<Type, object>.Empty) { }

    private ItemSerializers(IJsonTypeInfoResolver? json, FrozenDictionary<Type, object> added)
    {
        _json = json;
        _options = json switch
        {
            null => null,
            JsonSerializerContext context => context.Options,
            _ => new JsonSerializerOptions { TypeInfoResolver = json },
        };
        _added = added;
    }

    /// <summary>A set that writes <typeparamref name="T"/> items with <paramref name="serializer"/>, and the rest as this one.</summary>
    public ItemSerializers With<T>(IItemSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        var added = new Dictionary<Type, object>(_added) { [typeof(T)] = serializer };
        return new ItemSerializers(_json, added.ToFrozenDictionary());
    }

    /// <summary>The serializer of <typeparamref name="T"/> items, or <see langword="null"/> when this set has none.</summary>
    public IItemSerializer<T>? Find<T>()
    {
        if (_added.TryGetValue(typeof(T), out var added)) return (IItemSerializer<T>)added;
        if (BuiltInSerializers.Find<T>() is { } builtIn) return builtIn;
        if (_options is not null && _options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed) return new JsonItemSerializer<T>(typed);
        return null;
    }

    private sealed class JsonItemSerializer<T>(JsonTypeInfo<T> info) : IItemSerializer<T>
    {
        public void Write(T item, IBufferWriter<byte> output)
        {
            using var writer = new Utf8JsonWriter(output);
            JsonSerializer.Serialize(writer, item, info);
        }

        public T Read(ReadOnlySpan<byte> data) => JsonSerializer.Deserialize(data, info)!;
    }
}
