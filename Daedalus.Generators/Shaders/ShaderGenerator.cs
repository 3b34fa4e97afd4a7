using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Daedalus.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Shaders;

/// <summary>
/// For every <c>[ThreadGroupSize]</c> struct implementing IComputeShader: its HLSL as a constant, its
/// bindings and constant block, and the generated CPU fallback. Silent on bad input (the analyzer reports).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ShaderGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var shaders = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ThreadGroupSizeAttribute,
                static (node, _) => node is StructDeclarationSyntax,
                static (ctx, ct) => Read(ctx, ct))
            .Where(static model => model is not null)
            .WithTrackingName("ShaderModels");

        context.RegisterSourceOutput(shaders, static (spc, model) =>
        {
            var source = ShaderSourceEmitter.Emit(model!);
            spc.AddSource(model!.HintName + ".Shader.g.cs", source);
        });
    }

    private static ShaderModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        if (context.TargetSymbol is not INamedTypeSymbol shader || !KnownNames.IsComputeShader(shader)) return null;
        if (!Reading.PartialDeclarations.AllPartial(shader) || shader.IsGenericType) return null;
        TranspileResult result;
        try
        {
            result = ShaderTranspiler.Transpile(shader, context.SemanticModel.Compilation, cancellation);
        }
        catch (System.OperationCanceledException)
        {
            throw;
        }
        catch (System.Exception exception)
        {
            // The generator must never fail the build; the shader keeps its CPU path and says why the GPU one is missing.
            result = new TranspileResult("", [new ShaderProblem(ShaderDiagnostics.UnsupportedSyntax, null, "internal transpiler error: " + exception.Message)],
                [], [], (1, 1, 1), 16);
        }

        var error = result.Problems.Count == 0
            ? null
            : $"{shader.ToDisplayString()} cannot run on a GPU: " + string.Join("; ", result.Problems.Take(3).Select(p => $"{p.Descriptor.Id} {p.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        var valid = result.Problems.Count == 0;
        return new ShaderModel(
            Reading.Declarations.Namespace(shader),
            Reading.Declarations.Containers(shader),
            shader.Name,
            shader.ToDisplayString(),
            Reading.HintNames.For(shader),
            shader.IsReadOnly,
            result.GroupSize.X, result.GroupSize.Y, result.GroupSize.Z,
            result.Hlsl,
            error,
            (valid ? result.Resources.Select(r => new ResourceModel(r.FieldName, r.Kind)) : []).ToEquatableArray(),
            (valid ? result.Constants.Select(c => new ConstantModel(c.FieldName, c.Source, c.CSharpType, c.Offset)) : []).ToEquatableArray(),
            valid ? result.ConstantsSize : 16);
    }
}
