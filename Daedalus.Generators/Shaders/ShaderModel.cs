using Daedalus.Generators.Common;

namespace Daedalus.Generators.Shaders;

/// <summary>Everything the C# emitter needs about one shader, as plain values.</summary>
internal sealed record ShaderModel(
    string? Namespace,
    EquatableArray<Model.ContainingType> ContainingTypes,
    string Name,
    string FullName,
    string HintName,
    bool IsReadOnly,
    int GroupX,
    int GroupY,
    int GroupZ,
    string Hlsl,
    string? TranspileError,
    EquatableArray<ResourceModel> Resources,
    EquatableArray<ConstantModel> Constants,
    int ConstantsSize);

/// <summary>A buffer field; <paramref name="Kind"/> is the Daedalus.Shaders.ResourceKind member name.</summary>
internal sealed record ResourceModel(string FieldName, string Kind);

/// <summary>A slot of the constant block: a value field, a buffer length, written at <paramref name="Offset"/>.</summary>
internal sealed record ConstantModel(string FieldName, ConstantSource Source, string CSharpType, int Offset);

internal enum ConstantSource
{
    Value,
    Bool,
    BufferLength,
}
