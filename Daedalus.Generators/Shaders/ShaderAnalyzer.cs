using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Daedalus.Generators.Shaders;

/// <summary>Reports the DAE1xxx diagnostics for every struct implementing IComputeShader.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShaderAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. ShaderDiagnostics.All];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Struct } type || !KnownNames.IsComputeShader(type)) return;
        TranspileResult result;
        try
        {
            result = ShaderTranspiler.Transpile(type, context.Compilation, context.CancellationToken);
        }
        catch (System.OperationCanceledException)
        {
            throw;
        }
        foreach (var problem in result.Problems) context.ReportDiagnostic(problem.ToDiagnostic());
    }
}
