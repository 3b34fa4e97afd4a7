using Daedalus.Generators.Common;

namespace Daedalus.Generators.Model;

/// <summary>A type that encloses a generated partial declaration (namespace-less nesting).</summary>
/// <param name="Keyword">class, struct, record, interface.</param>
/// <param name="NameWithTypeParameters">For example <c>Outer&lt;T&gt;</c>.</param>
internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);

/// <summary>A partial port property the generator implements.</summary>
/// <param name="WrongShape">
/// For a partial port property of the wrong shape (DAE0104), its static-ness and accessors (<c>get</c>,
/// <c>private set</c>...): the generator still implements it, with throwing bodies, so the compiler does not
/// add "partial property must have an implementation part" to the DAE0104 error. Null for a well-formed port.
/// </param>
internal sealed record PortPropertyModel(string Name, string Accessibility, string PortType, string PortTypeConstructor, WrongShapePort? WrongShape = null);

/// <summary>How a wrongly shaped partial port property is declared, so its implementation part matches.</summary>
internal sealed record WrongShapePort(bool IsStatic, EquatableArray<string> Accessors);

/// <summary>The ports of a node, for its generated <c>Ports</c> class.</summary>
internal sealed record PortList(EquatableArray<PortModel> Inputs, EquatableArray<PortModel> Outputs)
{
    public static PortList None { get; } = new(EquatableArray<PortModel>.Empty, EquatableArray<PortModel>.Empty);
}

/// <summary>A node's code hash, for its adapter's <c>CodeHash</c> (see <c>NodeCodeHash</c>).</summary>
/// <param name="Hash">32 lower-case hex digits.</param>
/// <param name="PerClosedType">
/// Whether the class or a class enclosing it is generic: one adapter serves every closed type, so it hashes
/// <paramref name="Hash"/> with the closed type's name once per closed type, at run time.
/// </param>
internal sealed record NodeCode(string Hash, bool PerClosedType);

/// <summary>Everything needed to emit the partial half of one <c>[Node]</c> class.</summary>
internal sealed record NodeDeclaration(
    string? Namespace,
    EquatableArray<ContainingType> Containers,
    string ClassName,
    string TypeParameters,
    string HintName,
    NodeModel? Node,
    EquatableArray<PortPropertyModel> PortProperties,
    EquatableArray<Problem> Problems)
{
    /// <summary>How the class is declared: <c>class</c> or <c>record</c>.</summary>
    public string Keyword { get; init; } = "class";

    /// <summary>
    /// The ports the declaration gives when <see cref="Node"/> is null (the node has errors), read leniently so that
    /// graphs that add the node still compile; see <c>DeclaredPorts</c>.
    /// </summary>
    public PortList PortsOfInvalidNode { get; init; } = PortList.None;

    /// <summary>Names the generator would add that the user already declared (DAE0108): the emitter leaves those members out.</summary>
    public EquatableArray<string> Taken { get; init; } = EquatableArray<string>.Empty;

    /// <summary>What the generated node catalogue needs to create the class; null when it cannot (see <c>CatalogReader</c>).</summary>
    public CatalogNode? Catalog { get; init; }

    /// <summary>The node's code hash; null when the node has errors or the hash could not be computed.</summary>
    public NodeCode? Code { get; init; }
}
