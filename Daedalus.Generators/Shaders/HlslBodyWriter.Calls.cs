using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

internal sealed partial class HlslBodyWriter
{
    /// <summary>Math/MathF methods with an HLSL intrinsic of the same meaning.</summary>
    private static readonly Dictionary<string, string> MathIntrinsics = new()
    {
        ["Abs"] = "abs", ["Min"] = "min", ["Max"] = "max", ["Clamp"] = "clamp", ["Sqrt"] = "sqrt", ["Pow"] = "pow",
        ["Exp"] = "exp", ["Log2"] = "log2", ["Log10"] = "log10", ["Sin"] = "sin", ["Cos"] = "cos",
        ["Tan"] = "tan", ["Asin"] = "asin", ["Acos"] = "acos", ["Atan"] = "atan", ["Atan2"] = "atan2", ["Sinh"] = "sinh",
        ["Cosh"] = "cosh", ["Tanh"] = "tanh", ["Floor"] = "floor", ["Ceiling"] = "ceil", ["Truncate"] = "trunc",
        ["Sign"] = "sign", ["FusedMultiplyAdd"] = "mad", ["ReciprocalSqrtEstimate"] = "rsqrt",
    };

    private string Invocation(InvocationExpressionSyntax invocation)
    {
        if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol target)
        {
            Report(ShaderDiagnostics.CallNotTranspilable, invocation, Describe(invocation.Expression));
            return Placeholder;
        }
        var type = target.ContainingType;
        var ns = type?.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns.StartsWith("System.Linq", StringComparison.Ordinal) || target.IsExtensionMethod && ns.StartsWith("System.Linq", StringComparison.Ordinal))
        {
            Report(ShaderDiagnostics.Linq, invocation, target.Name);
            return Placeholder;
        }

        string? name = null;
        if (type is not null && type.Name == "Hlsl" && KnownNames.IsInShadersNamespace(type))
        {
            if (target.Name.IndexOf("Barrier", StringComparison.Ordinal) >= 0)
            {
                Report(ShaderDiagnostics.GroupShared, invocation, "Hlsl." + target.Name);
                return Placeholder;
            }
            name = target.Name.StartsWith("Interlocked", StringComparison.Ordinal) ? target.Name : target.Name.ToLowerInvariant();
        }
        else if (type is not null && ns == "System" && type.Name is "Math" or "MathF")
        {
            if (MathIntrinsics.TryGetValue(target.Name, out var intrinsic) && !(target.Name == "Sign" && target.Parameters.Length != 1))
                name = intrinsic;
            else if (target.Name is "Log" or "Round" && target.Parameters.Length == 1)
                name = target.Name.ToLowerInvariant();
        }
        else if (owner.IsTranspilableMethod(target))
        {
            Callees.Add(target.OriginalDefinition);
            name = owner.MethodName(target);
        }

        if (name is null)
        {
            Report(ShaderDiagnostics.CallNotTranspilable, invocation, target.ContainingType is null ? target.Name : $"{target.ContainingType.Name}.{target.Name}");
            return Placeholder;
        }

        var arguments = new List<string>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is DeclarationExpressionSyntax)
            {
                Report(ShaderDiagnostics.UnsupportedSyntax, argument, "An 'out var' declaration (declare the local before the call)");
                arguments.Add(Placeholder);
                continue;
            }
            arguments.Add(Expression(argument.Expression));
        }
        return $"{name}({string.Join(", ", arguments)})";
    }
}
