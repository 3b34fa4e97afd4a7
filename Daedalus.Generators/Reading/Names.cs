using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>Metadata names and symbol formatting shared by the readers.</summary>
internal static class Names
{
    public const string NodeAttribute = "Daedalus.NodeAttribute";
    public const string GraphAttribute = "Daedalus.GraphAttribute";
    public const string ProcessAttribute = "Daedalus.ProcessAttribute";
    public const string InputAttribute = "Daedalus.InputAttribute";
    public const string OutputAttribute = "Daedalus.OutputAttribute";
    public const string InitializeAttribute = "Daedalus.InitializeAttribute";
    public const string CleanupAttribute = "Daedalus.CleanupAttribute";
    public const string WindowAttribute = "Daedalus.WindowAttribute";
    public const string ReadOnlySpan = "System.ReadOnlySpan`1";
    public const string PerRunAttribute = "Daedalus.PerRunAttribute";
    public const string InPort = "Daedalus.InPort`1";
    public const string OutPort = "Daedalus.OutPort`1";
    public const string ByteInPort = "Daedalus.ByteInPort";
    public const string ByteOutPort = "Daedalus.ByteOutPort";

    /// <summary>The item type byte-stream ports show in <c>Ports</c>, plans and edges.</summary>
    public const string ByteStreamItem = "global::Daedalus.ByteStream";
    public const string GraphBuilder = "Daedalus.GraphBuilder";
    public const string Edge = "Daedalus.Edge";
    public const string Overflow = "Daedalus.Overflow";
    public const string RuntimeNode = "Daedalus.Runtime.IRuntimeNode`1";

    /// <summary><c>global::</c>-qualified, with nullable annotations, as generated code writes types.</summary>
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Qualified(ITypeSymbol type) => type.ToDisplayString(FullyQualified);

    public static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsNamed(attribute.AttributeClass, metadataName)) return true;
        }
        return false;
    }

    /// <summary>Compares a type's namespace-qualified metadata name without needing the compilation.</summary>
    public static bool IsNamed(ITypeSymbol? type, string metadataName)
    {
        if (type is not INamedTypeSymbol named) return false;
        var original = named.OriginalDefinition;
        var dot = metadataName.LastIndexOf('.');
        if (original.MetadataName != metadataName.Substring(dot + 1)) return false;
        return original.ContainingNamespace?.ToDisplayString() == metadataName.Substring(0, dot);
    }

    public static bool IsCancellationToken(ITypeSymbol type) => IsNamed(type, "System.Threading.CancellationToken");

    public static bool IsNodeContext(ITypeSymbol type) => IsNamed(type, "Daedalus.Runtime.NodeContext");

    public const string GraphicsDevice = "Daedalus.Shaders.GraphicsDevice";

    /// <summary>
    /// What the executor passes for a parameter of this type, when it is not an input: a token, the node's
    /// context or its GPU segment's device.
    /// </summary>
    public static Model.ParameterKind? ServiceParameter(ITypeSymbol type) =>
        IsCancellationToken(type) ? Model.ParameterKind.CancellationToken
        : IsNodeContext(type) ? Model.ParameterKind.Context
        : IsNamed(type, GraphicsDevice) ? Model.ParameterKind.Device
        : null;

    /// <summary>The <c>Placement</c> named argument of the type's <c>[Node]</c> attribute; CPU when absent.</summary>
    public static Model.PlacementModel Placement(ISymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (!IsNamed(attribute.AttributeClass, NodeAttribute)) continue;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Placement" && argument.Value.Value is int value && value is >= 0 and <= 2)
                    return (Model.PlacementModel)value;
            }
        }
        return Model.PlacementModel.Cpu;
    }

    public static string Pascal(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    public static string Accessibility(Microsoft.CodeAnalysis.Accessibility accessibility) => accessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };
}
