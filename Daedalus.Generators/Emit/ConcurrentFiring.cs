using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Writes how an adapter fires a function node or sink with <c>[Node(MaxDegreeOfParallelism = N)]</c>: each
/// firing starts invocations while every input has an item and fewer than the run's degree are in flight (a
/// synchronous method on the thread pool, an awaitable one simply called), then writes one result: the oldest
/// invocation's when ordered, else the first to complete. Each invocation retries under the run's policy.
/// </summary>
internal sealed class ConcurrentFiring(CodeWriter writer, NodeModel node, List<string> locals, string call)
{
    private const string Context = "global::Daedalus.Runtime.FireContext";
    private const string Task = "global::System.Threading.Tasks.Task";

    /// <summary>The field holding the invocations in flight.</summary>
    public static void EmitStateFields(CodeWriter writer, NodeModel node) =>
        writer.Line($"private readonly global::Daedalus.Runtime.ConcurrentInvocations<{ResultType(node)}> _invocations = new(ordered: {(node.EnsureOrdered ? "true" : "false")});");

    /// <summary>The invocation's result type: the process method's, or <c>ValueTuple</c> for a sink.</summary>
    public static string ResultType(NodeModel node) => node.Result switch
    {
        ResultShape.Value => node.Outputs[0].ItemType,
        ResultShape.Tuple => "(" + string.Join(", ", node.Outputs.Select(o => o.ItemType)) + ")",
        _ => "global::System.ValueTuple",
    };

    public void Emit()
    {
        var resultType = ResultType(node);
        writer.Line();
        writer.Line($"public override int MaxDegreeOfParallelism => {node.MaxDegreeOfParallelism};");
        EmitTryFire(resultType);
        EmitInvoke(resultType);
        writer.Line();
        writer.Line("/// <summary>Waits for invocations still in flight after a failure or cancellation; their results are dropped.</summary>");
        writer.Line("public override void Close() => _invocations.Abandon();");
    }

    private void EmitTryFire(string resultType)
    {
        var order = node.EnsureOrdered ? "the oldest invocation's result" : "the first result to complete";
        var ready = string.Join(" && ", node.Inputs.Select(input => $"{AdapterEmitter.Input(input)}.HasItem"));
        writer.Line();
        writer.Line($"/// <summary>Starts invocations while every input has an item and there is room, then writes {order}.</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            writer.Line($"{resultType} result;");
            using (writer.Block("while (true)"))
            {
                using (writer.Block($"while (_invocations.HasRoom(context) && {ready})"))
                {
                    for (var k = 0; k < node.Inputs.Count; k++)
                        writer.Line($"var {locals[k]} = {AdapterEmitter.Input(node.Inputs[k])}.Take();");
                    EmitStart();
                }
                writer.Line("if (_invocations.Count == 0) return false;");
                writer.Line("if (_invocations.TryTakeNext(_invocations.HasRoom(context), context.CancellationToken, out result)) break;");
            }
            if (node.Result == ResultShape.Value) writer.Line($"{AdapterEmitter.Output(node.Outputs[0])}.Write(result);");
            if (node.Result == ResultShape.Tuple)
            {
                for (var k = 0; k < node.Outputs.Count; k++) writer.Line($"{AdapterEmitter.Output(node.Outputs[k])}.Write(result.Item{k + 1});");
            }
            writer.Line("return true;");
        }
    }

    /// <summary>
    /// Starts one invocation: an awaitable one is called; a synchronous one runs on the thread pool, or right here
    /// where the executor allows one invocation at a time (the serial executor).
    /// </summary>
    private void EmitStart()
    {
        var invoke = $"Invoke({string.Join(", ", locals.Append("context"))})";
        if (node.IsAwaitable)
        {
            writer.Line($"_invocations.Start({invoke});");
            return;
        }
        writer.Line("_invocations.Start(context.MaxDegreeOfParallelism == 1");
        writer.Line($"    ? {Task}.FromResult({invoke})");
        writer.Line($"    : {Task}.Run(() => {invoke}));");
    }

    private void EmitInvoke(string resultType)
    {
        var parameters = node.Parameters.Where(p => p.IsInput).Select((_, k) => locals[k]).ToList();
        var types = node.Inputs.Select(input => input.ItemType).ToList();
        var signature = string.Join(", ", parameters.Select((name, k) => $"{types[k]} {name}").Append($"{Context} context"));
        var isVoid = node.Result == ResultShape.None;
        writer.Line();
        writer.Line("/// <summary>One invocation: calls the node (again, while the retry policy allows).</summary>");
        var header = node.IsAwaitable
            ? $"private async {Task}<{resultType}> Invoke({signature})"
            : $"private {resultType} Invoke({signature})";
        using (writer.Block(header))
        {
            var called = node.IsAwaitable ? $"await {call}.ConfigureAwait(false)" : call;
            using (writer.Block("for (var attempt = 1; ; attempt++)"))
            {
                writer.Line(isVoid ? $"try {{ {called}; return default; }}" : $"try {{ return {called}; }}");
                writer.Line("catch (global::System.Exception error) when (context.ShouldRetry(error, attempt)) { }");
            }
        }
    }
}
