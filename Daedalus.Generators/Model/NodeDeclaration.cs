using Daedalus.Generators.Common;

namespace Daedalus.Generators.Model;

/// <summary>A type that encloses a generated partial declaration (namespace-less nesting).</summary>
/// <param name="Keyword">class, struct, record, interface.</param>
/// <param name="NameWithTypeParameters">For example <c>Outer&lt;T&gt;</c>.</param>
internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);

/// <summary>A partial port property the generator implements.</summary>
internal sealed record PortPropertyModel(string Name, string Accessibility, string PortType, string PortTypeConstructor);

/// <summary>Everything needed to emit the partial half of one <c>[Node]</c> class.</summary>
internal sealed record NodeDeclaration(
    string? Namespace,
    EquatableArray<ContainingType> Containers,
    string ClassName,
    string TypeParameters,
    string HintName,
    NodeModel? Node,
    EquatableArray<PortPropertyModel> PortProperties,
    EquatableArray<Problem> Problems);
