using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Writes how an adapter fires its node, per shape: a function or sink node takes one item from every
/// input and retries the call under the run's retry policy; a source moves its enumerator once; a port
/// node is bound to the executor's edges in <c>Open</c> and called while its inputs have items.
/// </summary>
internal sealed class AdapterFiring(CodeWriter writer, NodeModel node)
{
    /// <summary>
    /// Names the firing code uses for its own locals; an input with one of these names, or starting with an
    /// underscore like the adapter's fields, gets a suffix.
    /// </summary>
    private static readonly HashSet<string> Reserved = ["context", "attempt", "error", "result", "waiting", "accumulator"];

    private const string Context = "global::Daedalus.Runtime.FireContext";

    /// <summary>Per-run state fields of sources and of port nodes without inputs.</summary>
    public static void EmitStateFields(CodeWriter writer, NodeModel node)
    {
        if (node.PublishesWhenInputsFinish)
        {
            WindowFiring.EmitStateFields(writer, node);
            return;
        }
        switch (node.Result)
        {
            case ResultShape.Enumerable:
                writer.Line($"private global::System.Collections.Generic.IEnumerator<{node.Outputs[0].ItemType}>? _items;");
                writer.Line("private bool _exhausted;");
                return;
            case ResultShape.AsyncEnumerable:
                writer.Line($"private global::System.Collections.Generic.IAsyncEnumerator<{node.Outputs[0].ItemType}>? _items;");
                writer.Line("private bool _exhausted;");
                return;
            case ResultShape.Batch:
                writer.Line($"private readonly {node.Outputs[0].ItemType}[] _buffer = new {ArrayOf(node.Outputs[0].ItemType, BatchSize)};");
                writer.Line("private int _next, _filled;");
                writer.Line("private bool _exhausted;");
                return;
        }
        if (node.FiresOnce) writer.Line("private bool _fired;");
        if (node.RunsConcurrently) ConcurrentFiring.EmitStateFields(writer, node);
    }

    /// <summary>Items a batch source's adapter asks for at a time.</summary>
    private const int BatchSize = 256;

    /// <summary><c>T[n]</c>, also for array item types (<c>int[]</c> becomes <c>int[n][]</c>).</summary>
    private static string ArrayOf(string itemType, int length)
    {
        var bracket = itemType.IndexOf('[');
        return bracket < 0 ? $"{itemType}[{length}]" : $"{itemType.Substring(0, bracket)}[{length}]{itemType.Substring(bracket)}";
    }

    public void Emit()
    {
        if (node.PublishesWhenInputsFinish) new WindowFiring(writer, node).Emit();
        else if (node.Result == ResultShape.Batch) EmitBatchSource();
        else if (node.IsEnumerableSource) EmitSource();
        else if (node.Shape == NodeShape.Ports) EmitPortNode();
        else if (node.RunsConcurrently) new ConcurrentFiring(writer, node, InputLocals(), ProcessCall(InputLocals())).Emit();
        else EmitFunction();
    }

    private void EmitFunction()
    {
        if (node.IsFlatMap) EmitOutPortBinding();
        writer.Line();
        writer.Line($"/// <summary>Takes one item from every input and calls the node (again, while the retry policy allows){WhatItWrites()}.</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            var ready = string.Join(" || ", node.Inputs.Select(input => $"!{AdapterEmitter.Input(input)}.HasItem"));
            writer.Line($"if ({ready}) return false;");
            var locals = InputLocals();
            for (var k = 0; k < node.Inputs.Count; k++)
            {
                writer.Line($"var {locals[k]} = {AdapterEmitter.Input(node.Inputs[k])}.Take();");
            }
            if (node.Result == ResultShape.TryMap) writer.Line($"{node.Outputs[0].ItemType} {OutValueLocal(node)};");
            var call = AdapterEmitter.Bridge(ProcessCall(locals), node.IsAwaitable);
            var resultType = ResultType();
            if (resultType is not null) writer.Line($"{resultType} result;");
            using (writer.Block("for (var attempt = 1; ; attempt++)"))
            {
                writer.Line(resultType is null ? $"try {{ {call}; break; }}" : $"try {{ result = {call}; break; }}");
                writer.Line("catch (global::System.Exception error) when (context.ShouldRetry(error, attempt)) { }");
            }
            switch (node.Result)
            {
                case ResultShape.Value:
                    writer.Line($"{AdapterEmitter.Output(node.Outputs[0])}.Write(result);");
                    break;
                case ResultShape.Tuple:
                    for (var k = 0; k < node.Outputs.Count; k++) writer.Line($"{AdapterEmitter.Output(node.Outputs[k])}.Write(result.Item{k + 1});");
                    break;
                case ResultShape.Filter:
                    writer.Line($"if (result) {AdapterEmitter.Output(node.Outputs[0])}.Write({locals[0]});");
                    break;
                case ResultShape.TryMap:
                    writer.Line($"if (result) {AdapterEmitter.Output(node.Outputs[0])}.Write({OutValueLocal(node)});");
                    break;
            }
            writer.Line("return true;");
        }
    }

    private string WhatItWrites() => node.Result switch
    {
        ResultShape.None => "",
        ResultShape.Filter => " and passes the item on if it returns true",
        ResultShape.TryMap => " and writes the out value if it returns true",
        ResultShape.FlatMap => "; the node writes to its output ports itself",
        _ => " and writes its result",
    };

    /// <summary>
    /// A flat-map's <c>OutPort&lt;T&gt;</c> arguments, one per output, created with the adapter and bound to the
    /// run's edges in <c>Open</c>: a write goes straight to the edges, as a port node's does.
    /// </summary>
    public static void EmitOutPortFields(CodeWriter writer, NodeModel node)
    {
        if (!node.IsFlatMap) return;
        foreach (var output in node.Outputs)
        {
            writer.Line($"private readonly global::Daedalus.OutPort<{output.ItemType}> {OutPortField(output)} = new({SourceFile.Literal(output.Name)});");
        }
    }

    private static string OutPortField(PortModel output) => "_port" + output.Name;

    private void EmitOutPortBinding()
    {
        writer.Line();
        writer.Line("/// <summary>Binds the OutPort arguments to the edges the executor bound to this adapter.</summary>");
        using (writer.Block($"public override void Open({Context} context)"))
        {
            foreach (var output in node.Outputs)
            {
                var slot = AdapterEmitter.Output(output);
                writer.Line($"{OutPortField(output)}.Bind({slot}.FanOut, {slot}.Targets);");
            }
        }
    }

    private void EmitBatchSource()
    {
        var output = AdapterEmitter.Output(node.Outputs[0]);
        var name = SourceFile.Literal(SourceFile.Readable(node.TypeName));
        writer.Line();
        using (writer.Block($"public override void Open({Context} context)"))
        {
            writer.Line("_next = _filled = 0;");
            writer.Line("_exhausted = false;");
        }
        writer.Line();
        writer.Line("/// <summary>Writes the next buffered item, refilling the buffer from the node when it is used up.</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            writer.Line("if (_exhausted) return false;");
            using (writer.Block("if (_next == _filled)"))
            {
                writer.Line($"_filled = global::Daedalus.Runtime.BatchSources.Checked({ProcessCall(new List<string>())}, _buffer.Length, {name});");
                writer.Line("_next = 0;");
                writer.Line("if (_filled == 0)");
                writer.Line("{");
                writer.Line("    _exhausted = true;");
                writer.Line("    return false;");
                writer.Line("}");
            }
            writer.Line($"{output}.Write(_buffer[_next++]);");
            writer.Line("return true;");
        }
        writer.Line();
        writer.Line("public override bool IsExhausted => _exhausted;");
    }

    private void EmitSource()
    {
        var isAsync = node.Result == ResultShape.AsyncEnumerable;
        var output = AdapterEmitter.Output(node.Outputs[0]);
        var call = ProcessCall(new List<string>());
        writer.Line();
        writer.Line("/// <summary>Starts the node's enumeration for this run.</summary>");
        using (writer.Block($"public override void Open({Context} context)"))
        {
            writer.Line("_exhausted = false;");
            writer.Line($"_items = {call}.{(isAsync ? "GetAsyncEnumerator(context.CancellationToken)" : "GetEnumerator()")};");
        }
        writer.Line();
        writer.Line("/// <summary>Moves the enumeration once and writes the item, or notes the end.</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            writer.Line("if (_exhausted || _items is null) return false;");
            var moveNext = AdapterEmitter.Bridge("_items.MoveNextAsync()", isAsync);
            writer.Line($"if (!{(isAsync ? moveNext : "_items.MoveNext()")})");
            writer.Line("{");
            writer.Line("    _exhausted = true;");
            writer.Line("    return false;");
            writer.Line("}");
            writer.Line($"{output}.Write(_items.Current);");
            writer.Line("return true;");
        }
        writer.Line();
        writer.Line("public override bool IsExhausted => _exhausted;");
        writer.Line();
        writer.Line("/// <summary>Disposes the enumeration, also after a failed run.</summary>");
        using (writer.Block("public override void Close()"))
        {
            writer.Line("var items = _items;");
            writer.Line("_items = null;");
            writer.Line(isAsync ? "if (items is not null) global::Daedalus.Runtime.AsyncBridge.Wait(items.DisposeAsync());" : "items?.Dispose();");
        }
    }

    private void EmitPortNode()
    {
        var call = AdapterEmitter.Bridge(ProcessCall(new List<string>()), node.IsAwaitable);
        writer.Line();
        writer.Line("/// <summary>Binds the node's port properties to the edges the executor bound to this adapter.</summary>");
        using (writer.Block($"public override void Open({Context} context)"))
        {
            foreach (var input in node.Inputs)
            {
                var slot = AdapterEmitter.Input(input);
                writer.Line(input.IsByteStream ? $"_node.{SourceFile.Identifier(input.Member)}.Bind({slot}.Reader);" : $"_node.{SourceFile.Identifier(input.Member)}.Bind({slot}.Sources);");
            }
            foreach (var output in node.Outputs)
            {
                var slot = AdapterEmitter.Output(output);
                writer.Line(output.IsByteStream ? $"_node.{SourceFile.Identifier(output.Member)}.Bind({slot}.Writer);" : $"_node.{SourceFile.Identifier(output.Member)}.Bind({slot}.FanOut, {slot}.Targets);");
            }
            if (node.FiresOnce) writer.Line("_fired = false;");
        }
        writer.Line();
        if (node.FiresOnce)
        {
            writer.Line(node.IsStreaming
                ? "/// <summary>A node with byte streams fires once per run and streams until its pipes end.</summary>"
                : "/// <summary>A port node without inputs fires once per run.</summary>");
            using (writer.Block($"public override bool TryFire({Context} context)"))
            {
                writer.Line("if (_fired) return false;");
                writer.Line("_fired = true;");
                writer.Line($"{call};");
                writer.Line("return true;");
            }
            writer.Line();
            writer.Line("public override bool IsExhausted => _fired;");
            return;
        }
        var waiting = string.Join(" + ", node.Inputs.Select(input => $"{AdapterEmitter.Input(input)}.Count"));
        writer.Line("/// <summary>Calls the node when any input has items; it fired usefully when it took some.</summary>");
        using (writer.Block($"public override bool TryFire({Context} context)"))
        {
            writer.Line($"var waiting = {waiting};");
            writer.Line("if (waiting == 0) return false;");
            writer.Line($"{call};");
            writer.Line($"return {waiting} != waiting;");
        }
    }

    /// <summary>
    /// The process call: inputs from <paramref name="inputs"/>, an aggregate's accumulator from the local
    /// <c>accumulator</c>, tokens and contexts from the <c>FireContext</c>.
    /// </summary>
    private string ProcessCall(List<string> inputs) => Call(node, inputs);

    /// <inheritdoc cref="ProcessCall"/>
    internal static string Call(NodeModel node, List<string> inputs)
    {
        var next = 0;
        var arguments = node.Parameters.Select(p => p.Kind switch
        {
            ParameterKind.Input => inputs[next++],
            ParameterKind.OutValue => "out " + OutValueLocal(node),
            ParameterKind.OutPort => OutPortField(node.Outputs.First(o => o.Member == p.Name)),
            ParameterKind.Accumulator => "ref accumulator",
            _ => AdapterEmitter.Service(p.Kind),
        });
        return $"_node.{SourceFile.Identifier(node.ProcessMethod)}({string.Join(", ", arguments)})";
    }

    /// <summary>The local a try-map's out value lands in, named after its parameter.</summary>
    private static string OutValueLocal(NodeModel node) => Local(node.Parameters.First(p => p.Kind == ParameterKind.OutValue).Name);

    /// <summary>The local holding each input's item, named after its parameter.</summary>
    private List<string> InputLocals() => InputLocals(node);

    /// <inheritdoc cref="InputLocals()"/>
    internal static List<string> InputLocals(NodeModel node) =>
        node.Parameters.Where(p => p.IsInput).Select(p => Local(p.Name)).ToList();

    private static string Local(string name)
    {
        if (Reserved.Contains(name) || name.StartsWith("_")) return name + "Item";
        return SourceFile.Identifier(name);
    }

    /// <summary>The type of the local that keeps the result across retries, or null when the node returns nothing.</summary>
    private string? ResultType() => ResultType(node);

    /// <inheritdoc cref="ResultType()"/>
    internal static string? ResultType(NodeModel node) => node.Result switch
    {
        ResultShape.Value => node.Outputs[0].ItemType,
        ResultShape.Filter or ResultShape.TryMap => "bool",
        ResultShape.Tuple => "(" + string.Join(", ", node.Outputs.Select(o => o.ItemType)) + ")",
        _ => null,
    };
}
