using Daedalus.Generators.Common;

namespace Daedalus.Generators.Model;

/// <summary>How the node catalogue reads a configuration value of a member's or parameter's type.</summary>
internal enum ValueKind
{
    /// <summary>Not parsed: a constructor parameter of this type is a service; a member is described but never set.</summary>
    Other,

    /// <summary>A string, taken as it is.</summary>
    String,

    /// <summary>bool, an integer type, float, double, decimal, TimeSpan or Guid: <c>T.Parse(value, InvariantCulture)</c>.</summary>
    Parsable,

    /// <summary>An enum: <c>Enum.Parse&lt;T&gt;(value)</c>.</summary>
    Enum,

    /// <summary>A nullable <see cref="Parsable"/> value type; a null value reads as null.</summary>
    NullableParsable,

    /// <summary>A nullable enum; a null value reads as null.</summary>
    NullableEnum,
}

/// <summary>How the node catalogue can write a configuration member.</summary>
internal enum MemberWrite
{
    /// <summary>Get-only, read-only or not publicly settable: described, never set.</summary>
    None,

    /// <summary>A public setter or a writable field: set after construction when the configuration has it.</summary>
    Set,

    /// <summary>A public <c>init</c> accessor: set in the object initializer.</summary>
    Init,
}

/// <summary>
/// A configuration member of a node class: a public instance property with a public getter, or a public instance field,
/// that is not a port, a <c>[PerRun]</c> field, a delegate, a token or a context.
/// </summary>
/// <param name="Name">The member's name, as declared.</param>
/// <param name="Type">Its type, <c>global::</c>-qualified, with nullable annotations.</param>
/// <param name="IsRequired">Declared <c>required</c>.</param>
internal sealed record ConfigurationMember(string Name, string Type, ValueKind Kind, MemberWrite Write, bool IsRequired);

/// <summary>A parameter of the constructor the node catalogue calls.</summary>
/// <param name="Default">The default value as a C# expression; null when the parameter has none.</param>
internal sealed record CatalogParameter(string Name, string Type, ValueKind Kind, string? Default);

/// <summary>A node class the generated catalogue can create: its constructor and its configuration members.</summary>
/// <param name="TypeName">The name its adapter reports (<c>NodeAdapter.TypeName</c>), under which it is registered.</param>
/// <param name="Type">The <c>global::</c>-qualified type.</param>
/// <param name="ClassName">The class's own name, for the factory method's name.</param>
internal sealed record CatalogNode(
    string TypeName,
    string Type,
    string ClassName,
    EquatableArray<CatalogParameter> Parameters,
    EquatableArray<ConfigurationMember> Members);
