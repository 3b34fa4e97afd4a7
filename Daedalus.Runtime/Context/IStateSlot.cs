using System.Text.Json;

namespace Daedalus.Runtime;

/// <summary>
/// What <see cref="NodeStateStore"/> needs of a slot whatever its type: its key and type, and its value
/// as JSON both ways, through the slot's own type info.
/// </summary>
internal interface IStateSlot
{
    /// <summary>The slot's key, unique within its node.</summary>
    string Key { get; }

    /// <summary>The type of the slot's value.</summary>
    Type ValueType { get; }

    /// <summary>Whether the slot holds a value (which may be <see langword="null"/>).</summary>
    bool HasValue { get; }

    /// <summary>The value as JSON; only called when <see cref="HasValue"/>. Throws <see cref="NodeStateException"/>.</summary>
    JsonElement Write();

    /// <summary>Reads a value from JSON without taking it yet; throws <see cref="NodeStateException"/>.</summary>
    /// <returns>An action that makes it the slot's value.</returns>
    Action Read(JsonElement json);

    /// <summary>Puts the slot back as it was declared (its initial value, or none).</summary>
    void Reset();

    /// <summary>Remembers the slot's value (or that it has none).</summary>
    /// <returns>An action that puts that value back.</returns>
    Action Capture();
}
