using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Daedalus.Runtime;

/// <summary>
/// One typed slot of a node's state, from <see cref="NodeContext.State{T}(string, JsonTypeInfo{T})"/>.
/// Keep it in a field at initialization and read or write <see cref="Value"/> in each firing: no lookup,
/// no boxing. It lives in memory during the run and is saved and restored as JSON with the type info it
/// was declared with. Not synchronized: the node's own firings use it, which never overlap.
/// </summary>
public sealed class NodeState<T> : IStateSlot
{
    private readonly NodeStateStore _store;
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly bool _hasInitial;
    private readonly T _initial;
    private T _value;
    private bool _hasValue;

    internal NodeState(NodeStateStore store, string key, JsonTypeInfo<T> typeInfo, bool hasInitial, T initial)
    {
        _store = store;
        Key = key;
        _typeInfo = typeInfo;
        _hasInitial = hasInitial;
        _initial = initial;
        _value = initial;
        _hasValue = hasInitial;
    }

    /// <summary>The slot's key, unique within its node.</summary>
    public string Key { get; }

    /// <summary>The type of the slot's value.</summary>
    public Type ValueType => typeof(T);

    /// <summary>Whether the slot holds a value (which may be <see langword="null"/>).</summary>
    public bool HasValue => _hasValue;

    /// <summary>
    /// The slot's value. Reading a slot that has none (declared without an initial value, never set nor
    /// restored) throws <see cref="NodeStateException"/>; use <see cref="TryGetValue"/> or
    /// <see cref="GetValueOrDefault"/> where that is expected.
    /// </summary>
    public T Value
    {
        get
        {
            if (!_hasValue) ThrowNoValue();
            return _value;
        }
        set
        {
            _value = value;
            _hasValue = true;
        }
    }

    /// <summary>The value, when the slot has one.</summary>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return _hasValue;
    }

    /// <summary>The value, or <paramref name="fallback"/> when the slot has none.</summary>
    public T GetValueOrDefault(T fallback) => _hasValue ? _value : fallback;

    /// <summary>Removes the value; a cleared slot is not saved.</summary>
    public void Clear()
    {
        _value = default!;
        _hasValue = false;
    }

    JsonElement IStateSlot.Write()
    {
        try
        {
            return JsonSerializer.SerializeToElement(_value, _typeInfo);
        }
        catch (Exception error)
        {
            throw _store.Error(Key, $"its {Describe(_value)} could not be written with the JsonTypeInfo<{TypeNames.Display(typeof(T))}> it was declared with: {error.Message}", error);
        }
    }

    Action IStateSlot.Read(JsonElement json)
    {
        T value;
        try
        {
            value = json.Deserialize(_typeInfo)!;
        }
        catch (Exception error)
        {
            throw _store.Error(Key, $"the saved JSON could not be read as {TypeNames.Display(typeof(T))}: {ShortText.Why(error)}", error);
        }
        return () => Value = value;
    }

    void IStateSlot.Reset()
    {
        _value = _initial;
        _hasValue = _hasInitial;
    }

    Action IStateSlot.Capture()
    {
        var (value, hasValue) = (_value, _hasValue);
        return () => (_value, _hasValue) = (value, hasValue);
    }

    [DoesNotReturn]
    private void ThrowNoValue() =>
        throw _store.Error(Key, "has no value and no initial value; set it first, or check HasValue or use GetValueOrDefault.");

    private static string Describe(T value) => value is null ? "null value" : $"value of type {TypeNames.Display(value.GetType())}";
}
