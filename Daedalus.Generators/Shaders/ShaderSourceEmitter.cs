using System.Globalization;
using Daedalus.Generators.Common;
using Daedalus.Generators.Emit;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Generators.Shaders;

/// <summary>Writes the generated half of a shader struct: HLSL constant, descriptor and CPU fallback.</summary>
internal static class ShaderSourceEmitter
{
    private const string Ns = "global::Daedalus.Shaders";

    public static string Emit(ShaderModel model) =>
        SourceFile.Write(model.Namespace, model.ContainingTypes, EquatableArray<string>.Empty, w => EmitStruct(w, model));

    private static void EmitStruct(CodeWriter w, ShaderModel model)
    {
        var self = $"{Ns}.IComputeShaderDescriptor<{model.Name}>";
        w.Line(SourceFile.GeneratedCode);
        using (w.Block($"{(model.IsReadOnly ? "readonly " : "")}partial struct {model.Name} : {self}"))
        {
            w.Line("/// <summary>The HLSL this shader was transpiled to (empty when its C# cannot run on a GPU).</summary>");
            w.Line($"public const string HlslSource = {SymbolDisplay.FormatLiteral(model.Hlsl, quote: true)};");
            w.Line();
            w.Line($"private static readonly {Ns}.ShaderInfo __daedalusInfo = new(");
            w.Indent();
            w.Line($"{SymbolDisplay.FormatLiteral(model.FullName, true)},");
            w.Line("HlslSource,");
            w.Line((model.TranspileError is null ? "null" : SymbolDisplay.FormatLiteral(model.TranspileError, true)) + ",");
            w.Line($"new {Ns}.int3({I(model.GroupX)}, {I(model.GroupY)}, {I(model.GroupZ)}),");
            var kinds = new System.Collections.Generic.List<string>();
            foreach (var resource in model.Resources) kinds.Add($"{Ns}.ResourceKind.{resource.Kind}");
            w.Line($"new {Ns}.ResourceKind[] {{ {string.Join(", ", kinds)} }},");
            w.Line($"{I(model.ConstantsSize)});");
            w.Outdent();
            w.Line();
            w.Line($"static {Ns}.ShaderInfo {self}.Info => __daedalusInfo;");
            w.Line();
            EmitResources(w, model, self);
            EmitConstants(w, model, self);
            CpuFallbackEmitter.Emit(w, model, self);
        }
    }

    private static void EmitResources(CodeWriter w, ShaderModel model, string self)
    {
        using (w.Block($"void {self}.GetResources(global::System.Span<{Ns}.ShaderBuffer?> resources)"))
        {
            for (var i = 0; i < model.Resources.Count; i++)
                w.Line($"resources[{I(i)}] = this.{model.Resources[i].FieldName};");
        }
        w.Line();
    }

    private static void EmitConstants(CodeWriter w, ShaderModel model, string self)
    {
        using (w.Block($"void {self}.WriteConstants(global::System.Span<byte> destination, {Ns}.int3 dispatchSize)"))
        {
            w.Line("global::System.Runtime.InteropServices.MemoryMarshal.Write(destination, in dispatchSize);");
            foreach (var constant in model.Constants)
            {
                var slice = $"destination.Slice({I(constant.Offset)})";
                var value = constant.Source switch
                {
                    ConstantSource.Bool => $"this.{constant.FieldName} ? 1u : 0u",
                    ConstantSource.BufferLength => $"this.{constant.FieldName}?.Length ?? 0",
                    _ => $"this.{constant.FieldName}",
                };
                w.Line($"global::System.Runtime.InteropServices.MemoryMarshal.Write<{constant.CSharpType}>({slice}, {value});");
            }
        }
        w.Line();
    }

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
