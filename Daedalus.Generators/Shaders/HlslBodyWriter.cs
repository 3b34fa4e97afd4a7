using System.Collections.Generic;
using Daedalus.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

/// <summary>
/// Writes one C# method body as HLSL. Anything it cannot translate becomes a <see cref="ShaderProblem"/>
/// and a harmless placeholder, so the walk always completes.
/// </summary>
internal sealed partial class HlslBodyWriter(ShaderTranspiler owner, SemanticModel model, IMethodSymbol method)
{
    private readonly CodeWriter _out = new();

    public HashSet<IMethodSymbol> Callees { get; } = new(SymbolEqualityComparer.Default);

    public string WriteFunction(BaseMethodDeclarationSyntax declaration, string name, bool isEntry)
    {
        var parameters = new List<string>();
        foreach (var parameter in method.Parameters)
        {
            var type = owner.TypeName(parameter.Type, parameter.Locations.Length > 0 ? parameter.Locations[0] : null, $"Parameter '{parameter.Name}'");
            var modifier = parameter.RefKind switch
            {
                RefKind.Ref => "inout ",
                RefKind.Out => "out ",
                _ => "",
            };
            parameters.Add($"{modifier}{type} {KnownNames.Escape(parameter.Name)}");
        }
        var returnType = isEntry ? "void" : owner.TypeName(method.ReturnType, declaration.GetLocation(), $"The return value of '{method.Name}'");
        if (method.IsAsync) owner.Report(ShaderDiagnostics.AsyncOrIterator, declaration.GetLocation(), "async");
        if (method.IsGenericMethod) owner.Report(ShaderDiagnostics.UnsupportedSyntax, declaration.GetLocation(), "A generic method");

        using (_out.Block($"{returnType} {name}({string.Join(", ", parameters)})"))
        {
            if (declaration.Body is { } body)
            {
                foreach (var statement in body.Statements) Statement(statement);
            }
            else if (declaration.ExpressionBody is { } arrow)
            {
                var value = Expression(arrow.Expression);
                _out.Line(method.ReturnsVoid ? value + ";" : $"return {value};");
            }
        }
        return _out.ToString();
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments) =>
        owner.Report(descriptor, node.GetLocation(), arguments);

    private static string Describe(SyntaxNode node)
    {
        var text = node.ToString();
        var newline = text.IndexOf('\n');
        if (newline >= 0) text = text.Substring(0, newline).TrimEnd() + " ...";
        return text.Length > 60 ? text.Substring(0, 57) + "..." : text;
    }

    private static string Keyword(SyntaxNode node) => node.GetFirstToken().Text;
}
