using System.Linq;
using Daedalus.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

internal sealed partial class ShaderTranspiler
{
    // The constant block starts with the int3 dispatch size at offset 0.
    private int _constantsEnd = 12;

    private int ConstantsSize => HlslTypes.Round(_constantsEnd, 16);

    /// <summary>The ResourceKind member name for a buffer type of the shader model, or null.</summary>
    public static string? ResourceKindOf(INamedTypeSymbol type)
    {
        if (!type.IsGenericType || !KnownNames.IsInShadersNamespace(type)) return null;
        return type.Name switch
        {
            "ReadWriteBuffer" => "ReadWrite",
            "ReadOnlyBuffer" => "ReadOnly",
            "ConstantBuffer" => "Constant",
            _ => null,
        };
    }

    private void ReadFields()
    {
        foreach (var field in _shader.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.IsConst || field.IsImplicitlyDeclared) continue;
            var location = FirstLocation(field);
            if (field.GetAttributes().Any(a => a.AttributeClass?.Name == KnownNames.GroupSharedAttribute))
            {
                Report(ShaderDiagnostics.GroupShared, location, "[GroupShared] " + field.Name);
                continue;
            }
            if (field.IsStatic)
            {
                Report(ShaderDiagnostics.UnsupportedType, location, $"Static field '{field.Name}' (use const)", field.Type.ToDisplayString());
                continue;
            }
            var name = KnownNames.Escape(field.Name);
            if (field.Type is INamedTypeSymbol named && ResourceKindOf(named) is { } kind)
            {
                AddResource(field, named, kind, name, location);
                continue;
            }
            var primitive = HlslTypes.Primitive(field.Type);
            if (primitive is null || primitive == "void")
            {
                Report(ShaderDiagnostics.UnsupportedType, location, $"Field '{field.Name}'", field.Type.ToDisplayString());
                continue;
            }
            _fieldNames[field] = name;
            var source = primitive == "bool" ? ConstantSource.Bool : ConstantSource.Value;
            AddConstant(field.Name, name, primitive == "bool" ? "uint" : primitive, source,
                primitive == "bool" ? "uint" : field.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }
        foreach (var resource in _resources.ToArray())
            AddConstant(resource.FieldName, "__Length_" + resource.HlslName, "int", ConstantSource.BufferLength, "int");
    }

    private void AddResource(IFieldSymbol field, INamedTypeSymbol buffer, string kind, string name, Location? location)
    {
        var element = buffer.TypeArguments[0];
        var primitive = HlslTypes.Primitive(element);
        string elementName;
        if (kind == "Constant")
        {
            if (primitive is null or "void" or "bool")
            {
                Report(ShaderDiagnostics.UnsupportedType, location, $"Constant buffer '{field.Name}' element", element.ToDisplayString());
                return;
            }
            elementName = primitive;
        }
        else
        {
            if (HlslTypes.Std430(element) is null)
            {
                Report(ShaderDiagnostics.UnsupportedType, location, $"Buffer '{field.Name}' element", element.ToDisplayString());
                return;
            }
            if (HlslTypes.LayoutMismatch(element) is { } why)
            {
                Report(ShaderDiagnostics.BufferLayout, location, element.ToDisplayString(), field.Name, why);
                return;
            }
            elementName = TypeName(element, location, $"Buffer '{field.Name}' element");
        }
        _fieldNames[field] = name;
        _resources.Add(new ShaderResource(field.Name, name, kind, elementName));
    }

    private void AddConstant(string fieldName, string hlslName, string hlslType, ConstantSource source, string csharpType)
    {
        var components = HlslTypes.Components(hlslType);
        var align = components switch { 1 => 4, 2 => 8, _ => 16 };
        var offset = HlslTypes.Round(_constantsEnd, align);
        _constantsEnd = offset + 4 * components;
        _constants.Add(new ShaderConstant(fieldName, hlslName, hlslType, source, csharpType, offset));
    }

    /// <summary>The HLSL type for <paramref name="type"/>; reports and returns "int" when it has none.</summary>
    public string TypeName(ITypeSymbol type, Location? location, string what)
    {
        if (HlslTypes.Primitive(type) is { } primitive) return primitive;
        if (HlslTypes.IsUserStruct(type))
        {
            RegisterStruct((INamedTypeSymbol)type);
            return KnownNames.Escape(type.Name);
        }
        if (type.IsReferenceType)
            Report(ShaderDiagnostics.ReferenceTypeOrAllocation, location, $"{what} of type {type.ToDisplayString()}");
        else
            Report(ShaderDiagnostics.UnsupportedType, location, what, type.ToDisplayString());
        return "int";
    }

    private void RegisterStruct(INamedTypeSymbol type)
    {
        if (!_knownStructs.Add(type)) return;
        var writer = new CodeWriter();
        var fields = HlslTypes.InstanceFields(type)
            .Select(f => $"{TypeName(f.Type, FirstLocation(f), $"Field '{type.Name}.{f.Name}'")} {KnownNames.Escape(f.Name)};")
            .ToList();
        using (writer.Block($"struct {KnownNames.Escape(type.Name)}"))
        {
            foreach (var field in fields) writer.Line(field);
        }
        // Dependencies registered above land first; the closing brace of an HLSL struct needs a semicolon.
        _structs.Add(writer.ToString().TrimEnd('\n') + ";\n");
    }

    /// <summary>How HLSL names a field read in the body.</summary>
    public string FieldReference(IFieldSymbol field, SyntaxNode node)
    {
        if (_fieldNames.TryGetValue(field, out var name)) return name;
        if (SymbolEqualityComparer.Default.Equals(field.ContainingType, _shader))
            return KnownNames.Escape(field.Name); // its declaration was reported already
        Report(ShaderDiagnostics.UnsupportedSyntax, node.GetLocation(), $"Reading field '{field.ContainingType.Name}.{field.Name}' (only the shader's own fields and constants)");
        return "0";
    }

    /// <summary><c>buffer.Length</c>: the length travels in the constant block.</summary>
    public string BufferLength(ExpressionSyntax buffer, SemanticModel model)
    {
        if (model.GetSymbolInfo(buffer).Symbol is IFieldSymbol field && _fieldNames.TryGetValue(field, out var name))
            return "__Length_" + name;
        Report(ShaderDiagnostics.UnsupportedSyntax, buffer.Parent?.GetLocation(), "'.Length' of something other than a buffer field");
        return "0";
    }
}
