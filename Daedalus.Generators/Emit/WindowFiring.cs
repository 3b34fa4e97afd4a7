using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Writes how an adapter fires an aggregate or window node. Each firing takes one item from every input: an
/// aggregate adds it to its accumulator field (each retry starts again from the accumulator as it was before
/// the item), a window node adds it to its window buffer. The accumulator or the window is published (and
/// reset) when a window closes and, for what is left, in <c>InputsFinished</c>.
/// </summary>
internal sealed class WindowFiring(CodeWriter writer, NodeModel node)
{
    private const string Context = "global::Daedalus.Runtime.FireContext";

    /// <summary>The accumulator field, or the window buffer; and the window's counter when an aggregate has one.</summary>
    public static void EmitStateFields(CodeWriter writer, NodeModel node)
    {
        if (node.IsAggregate) writer.Line($"private {node.Outputs[0].ItemType} _accumulator = default!;");
        if (node.Window is not { } window) return;
        var type = node.IsAggregate ? "global::Daedalus.Runtime.WindowCounter" : $"global::Daedalus.Runtime.WindowBuffer<{node.Inputs[0].ItemType}>";
        writer.Line($"private readonly {type} _window = new({window.Count}, {window.Milliseconds});");
    }

    public void Emit()
    {
        EmitOpen();
        writer.Line();
        if (node.IsAggregate) EmitAggregateFiring();
        else EmitWindowFiring();
        writer.Line();
        writer.Line("public override bool PublishesWhenInputsFinish => true;");
        writer.Line();
        writer.Line(node.Window is null
            ? "/// <summary>The inputs are finished: publishes the accumulator, also when no item came (it is then <c>default</c>).</summary>"
            : "/// <summary>The inputs are finished: publishes the last window, unless no item came since the previous one.</summary>");
        using (writer.Block($"public override void InputsFinished({Context} context)"))
        {
            var publish = node.IsAggregate ? "Publish();" : "Publish(context);";
            writer.Line(node.Window is null ? publish : $"if (!_window.IsEmpty) {publish}");
        }
        writer.Line();
        if (node.IsAggregate) EmitPublishAccumulator();
        else EmitPublishWindow();
    }

    /// <summary>Fresh state for each run: a failed or cancelled run may have left a total or items behind.</summary>
    private void EmitOpen()
    {
        writer.Line();
        writer.Line(node.IsAggregate && node.Window is not null ? "/// <summary>Starts the run with a <c>default</c> accumulator and an empty window.</summary>"
            : node.IsAggregate ? "/// <summary>Starts the run with a <c>default</c> accumulator.</summary>"
            : "/// <summary>Starts the run with an empty window.</summary>");
        using (writer.Block($"public override void Open({Context} context)"))
        {
            if (node.IsAggregate) writer.Line("_accumulator = default!;");
            if (node.Window is not null) writer.Line("_window.Clear();");
        }
        if (node.TakesWindows)
        {
            writer.Line();
            writer.Line("/// <summary>Lets go of the items of a window the run did not publish.</summary>");
            writer.Line("public override void Close() => _window.Clear();");
        }
    }

    private void EmitAggregateFiring()
    {
        writer.Line("/// <summary>Takes one item from every input and adds it to the accumulator (again from its value before the item, while the retry policy allows).</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            var locals = TakeInputs();
            if (node.Window is { Milliseconds: > 0 }) writer.Line("if (_window.IsDue) Publish();");
            using (writer.Block("for (var attempt = 1; ; attempt++)"))
            {
                writer.Line("var accumulator = _accumulator;");
                writer.Line($"try {{ {AdapterFiring.Call(node, locals)}; _accumulator = accumulator; break; }}");
                writer.Line("catch (global::System.Exception error) when (context.ShouldRetry(error, attempt)) { }");
            }
            if (node.Window is not null) writer.Line("if (_window.Add()) Publish();");
            writer.Line("return true;");
        }
    }

    private void EmitWindowFiring()
    {
        writer.Line(node.Window is { Milliseconds: > 0 }
            ? "/// <summary>Takes one item into the window; a window that is due or full is published.</summary>"
            : "/// <summary>Takes one item into the window; a full window is published.</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            var locals = TakeInputs();
            if (node.Window is { Milliseconds: > 0 }) writer.Line("if (_window.IsDue) Publish(context);");
            writer.Line($"if (_window.Add({locals[0]})) Publish(context);");
            writer.Line("return true;");
        }
    }

    private List<string> TakeInputs()
    {
        var ready = string.Join(" || ", node.Inputs.Select(input => $"!{AdapterEmitter.Input(input)}.HasItem"));
        writer.Line($"if ({ready}) return false;");
        var locals = AdapterFiring.InputLocals(node);
        for (var k = 0; k < node.Inputs.Count; k++) writer.Line($"var {locals[k]} = {AdapterEmitter.Input(node.Inputs[k])}.Take();");
        return locals;
    }

    private void EmitPublishAccumulator()
    {
        writer.Line("/// <summary>Writes the accumulator and starts the next one at <c>default</c>.</summary>");
        using (writer.Block("private void Publish()"))
        {
            writer.Line($"{AdapterEmitter.Output(node.Outputs[0])}.Write(_accumulator);");
            writer.Line("_accumulator = default!;");
            if (node.Window is not null) writer.Line("_window.Clear();");
        }
    }

    /// <summary>Calls the node with the window's items (again, while the retry policy allows) and writes its result.</summary>
    private void EmitPublishWindow()
    {
        writer.Line("/// <summary>Calls the node with the window's items (again, while the retry policy allows), then starts the next window.</summary>");
        using (writer.Block($"private void Publish({Context} context)"))
        {
            var call = AdapterFiring.Call(node, new List<string> { "_window.Items" });
            var resultType = AdapterFiring.ResultType(node);
            if (resultType is not null) writer.Line($"{resultType} result;");
            using (writer.Block("for (var attempt = 1; ; attempt++)"))
            {
                writer.Line(resultType is null ? $"try {{ {call}; break; }}" : $"try {{ result = {call}; break; }}");
                writer.Line("catch (global::System.Exception error) when (context.ShouldRetry(error, attempt)) { }");
            }
            writer.Line("_window.Clear();");
            if (node.Result == ResultShape.Value) writer.Line($"{AdapterEmitter.Output(node.Outputs[0])}.Write(result);");
            if (node.Result == ResultShape.Tuple)
            {
                for (var k = 0; k < node.Outputs.Count; k++) writer.Line($"{AdapterEmitter.Output(node.Outputs[k])}.Write(result.Item{k + 1});");
            }
        }
    }
}
