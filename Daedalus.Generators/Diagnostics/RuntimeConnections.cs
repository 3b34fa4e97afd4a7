using System.Linq;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Daedalus.Generators.Diagnostics;

/// <summary>
/// DAE0009 for run-time graphs: <c>RuntimeGraph.Connect&lt;TOut, TIn&gt;</c> takes the two item types separately,
/// like <c>GraphBuilder.Connect</c>, so a mismatch compiles; it is reported here, at the call, naming both types
/// (and again by the graph's validation, for a program built without the analyzer).
/// </summary>
internal static class RuntimeConnections
{
    private const string RuntimeGraph = "Daedalus.Runtime.RuntimeGraph";

    public static void Register(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(RuntimeGraph) is null) return;
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Connect" || method.TypeArguments.Length != 2 || !Names.IsNamed(method.ContainingType, RuntimeGraph)) return;
        var output = Names.Qualified(method.TypeArguments[0]);
        var input = Names.Qualified(method.TypeArguments[1]);
        if (output == input) return;
        var from = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "from")?.Value.Syntax.ToString();
        var to = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "to")?.Value.Syntax.ToString();
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PortTypeMismatch, invocation.Syntax.GetLocation(),
            $"Cannot connect '{from}' ({output.Replace("global::", "")}) to '{to}' ({input.Replace("global::", "")}): the item types differ"));
    }
}
