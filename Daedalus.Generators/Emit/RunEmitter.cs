using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits the serial executor of a graph: initialize hooks in schedule order, then passes over the
/// schedule until no node can fire, then cleanup hooks in reverse order. Every node call is a direct
/// call on the concrete node type; every queued edge is a concrete queue field; a fused edge is a local.
/// </summary>
internal sealed class RunEmitter
{
    /// <summary>Items a source produces per pass, so downstream unbounded queues stay short.</summary>
    private const int SourceBatch = 1024;

    private readonly CodeWriter _w;
    private readonly GraphModel _graph;
    private readonly GraphAnalysisResult _analysis;
    private readonly bool _async;

    private RunEmitter(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis)
    {
        _w = writer;
        _graph = graph;
        _analysis = analysis;
        _async = graph.Nodes.Any(n => n.Node.IsAsync);
    }

    public static void Emit(CodeWriter writer, GraphModel graph, GraphAnalysisResult analysis) =>
        new RunEmitter(writer, graph, analysis).Emit();

    private IEnumerable<int> Schedule => _analysis.Schedule;

    /// <summary>Whether any node has a cleanup hook, and so whether the run tracks which nodes were initialized.</summary>
    private bool HasCleanup => _graph.Nodes.Any(n => n.Node.Cleanup is not null);

    private string Graph => SourceFile.Literal(_graph.ClassName);

    private string Await => _async ? "await " : "";

    private string ConfigureAwait => ".ConfigureAwait(false)";

    private void Emit()
    {
        if (_graph.HasByteStreams)
        {
            EmitStreaming();
            return;
        }
        _w.Line($"private static readonly string[] __nodeNames = {{ {string.Join(", ", _graph.Nodes.Select(n => SourceFile.Literal(n.Name)))} }};");
        _w.Line();
        if (_async)
        {
            _w.Line("/// <summary>Runs the graph to completion on the calling thread, blocking while asynchronous nodes wait.</summary>");
            _w.Line(SourceFile.GeneratedCode);
            _w.Line("public void Run(global::System.Threading.CancellationToken cancellationToken = default) =>");
            _w.Line("    RunAsync(cancellationToken).AsTask().GetAwaiter().GetResult();");
            _w.Line();
            _w.Line("/// <summary>Runs the graph to completion: sources exhausted, every queue drained.</summary>");
            _w.Line(SourceFile.GeneratedCode);
            using (_w.Block("public async global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default)"))
            {
                EmitBody();
            }
        }
        else
        {
            _w.Line("/// <summary>Runs the graph to completion on the calling thread: sources exhausted, every queue drained.</summary>");
            _w.Line(SourceFile.GeneratedCode);
            using (_w.Block("public void Run(global::System.Threading.CancellationToken cancellationToken = default)"))
            {
                EmitBody();
            }
            _w.Line();
            _w.Line("/// <summary>Runs the graph to completion on a thread-pool thread.</summary>");
            _w.Line(SourceFile.GeneratedCode);
            _w.Line("public global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default) =>");
            _w.Line("    new(global::System.Threading.Tasks.Task.Run(() => Run(cancellationToken), cancellationToken));");
        }
    }

    /// <summary>
    /// A graph with byte-stream edges has no compiled serial loop: a pipe's producer waits for its consumer,
    /// so both must run at once. <c>Run</c> runs it on the pipelined executor.
    /// </summary>
    private void EmitStreaming()
    {
        const string options = "new global::Daedalus.Runtime.RunOptions { Executor = global::Daedalus.Runtime.Executor.Pipelined() }";
        _w.Line("/// <summary>");
        _w.Line("/// Runs the graph to completion on the pipelined executor: its byte-stream edges need their producer and");
        _w.Line("/// consumer running at once. Throws <see cref=\"global::Daedalus.Runtime.GraphRunException\"/> if a node fails.");
        _w.Line("/// </summary>");
        _w.Line(SourceFile.GeneratedCode);
        _w.Line("public void Run(global::System.Threading.CancellationToken cancellationToken = default) =>");
        _w.Line($"    Run({options}, cancellationToken);");
        _w.Line();
        _w.Line("/// <summary>Runs the graph to completion on the pipelined executor without blocking the caller.</summary>");
        _w.Line(SourceFile.GeneratedCode);
        _w.Line("public global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default) =>");
        _w.Line($"    new(RunAsync({options}, cancellationToken));");
    }

    private void EmitBody()
    {
        _w.Line("__BeginRun();");
        if (GraphEmitter.BindsPorts(_graph)) _w.Line("__BindPorts();");
        for (var n = 0; n < _graph.Nodes.Count; n++)
        {
            if (_graph.Nodes[n].Node.UsesContext) _w.Line($"var __context{n} = {NodeContexts.Create(_graph, _analysis, n, "cancellationToken")};");
        }
        _w.Line("var __at = -1;");
        _w.Line("var __started = false;");
        if (HasCleanup) _w.Line("var __initialized = 0;");
        _w.Line("global::System.Exception? __failure = null;");
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n].Node;
            if (node.Result == ResultShape.Enumerable)
                _w.Line($"global::System.Collections.Generic.IEnumerator<{node.Outputs[0].ItemType}>? __items{n} = null;");
            else if (node.Result == ResultShape.AsyncEnumerable)
                _w.Line($"global::System.Collections.Generic.IAsyncEnumerator<{node.Outputs[0].ItemType}>? __items{n} = null;");
            else if (node.Result == ResultShape.Batch)
                _w.Line($"{node.Outputs[0].ItemType}[]? __buffer{n} = null;");
        }
        using (_w.Block("try"))
        {
            _w.Line("cancellationToken.ThrowIfCancellationRequested();");
            EmitInitialize();
            _w.Line("__started = true;");
            EmitSourceSetup();
            _w.Line("bool __progress;");
            _w.Line("do");
            _w.Line("{");
            _w.Indent();
            _w.Line("cancellationToken.ThrowIfCancellationRequested();");
            _w.Line("__progress = false;");
            foreach (var n in Schedule)
            {
                if (IsFusedConsumer(n)) continue;
                _w.Line();
                EmitUnit(n);
            }
            _w.Outdent();
            _w.Line("}");
            _w.Line("while (__progress);");
            _w.Line($"global::Daedalus.Runtime.RunFailures.ThrowIfItemsLeft({Graph}, __edges);");
        }
        using (_w.Block("catch (global::System.Exception __error)"))
        {
            _w.Line($"__failure = global::Daedalus.Runtime.RunFailures.Wrap({Graph}, __error, __at < 0 ? null : __nodeNames[__at], __started ? \"process\" : \"initialize\");");
        }
        EmitCleanup();
        _w.Line("__EndRun();");
        _w.Line("if (__failure is not null) global::Daedalus.Runtime.RunFailures.Throw(__failure);");
    }

    private void EmitInitialize()
    {
        var position = 0;
        foreach (var n in Schedule)
        {
            position++;
            var node = _graph.Nodes[n];
            if (node.Node.Initialize is null && node.Node.Cleanup is null) continue;
            if (node.Node.Initialize is { } hook)
            {
                _w.Line($"__at = {n};");
                _w.Line($"{Call(n, hook)};");
            }
            if (HasCleanup) _w.Line($"__initialized = {position};");
        }
    }

    private void EmitCleanup()
    {
        var positions = Schedule.Select((n, i) => (Node: n, Position: i + 1)).Reverse();
        foreach (var (n, position) in positions)
        {
            var node = _graph.Nodes[n];
            if (node.Node.Cleanup is not { } hook) continue;
            using (_w.Block($"if (__initialized >= {position})"))
            {
                _w.Line($"try {{ {Call(n, hook)}; }}");
                _w.Line($"catch (global::System.Exception __error) {{ __failure = global::Daedalus.Runtime.RunFailures.Combine(__failure, global::Daedalus.Runtime.RunFailures.Wrap({Graph}, __error, __nodeNames[{n}], \"cleanup\")); }}");
            }
        }
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n].Node;
            if (node.Result == ResultShape.Batch)
            {
                _w.Line($"if (__buffer{n} is not null) global::System.Buffers.ArrayPool<{node.Outputs[0].ItemType}>.Shared.Return(__buffer{n}, "
                    + $"global::System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<{node.Outputs[0].ItemType}>());");
            }
            if (!node.IsEnumerableSource) continue;
            var dispose = node.Result == ResultShape.AsyncEnumerable
                ? $"if (__items{n} is not null) await __items{n}.DisposeAsync(){ConfigureAwait};"
                : $"__items{n}?.Dispose();";
            _w.Line($"try {{ {dispose} }}");
            _w.Line($"catch (global::System.Exception __error) {{ __failure = global::Daedalus.Runtime.RunFailures.Combine(__failure, global::Daedalus.Runtime.RunFailures.Wrap({Graph}, __error, __nodeNames[{n}], \"cleanup\")); }}");
        }
    }

    private string Call(int n, HookModel hook)
    {
        var call = $"{_graph.Nodes[n].PropertyName}.{hook.Method}({string.Join(", ", hook.Parameters.Select(p => Service(n, p.Kind)))})";
        return hook.IsAwaitable ? $"await {call}{ConfigureAwait}" : call;
    }

    private void EmitSourceSetup()
    {
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n];
            if (node.Node.Result == ResultShape.Batch)
            {
                _w.Line($"__buffer{n} = global::System.Buffers.ArrayPool<{node.Node.Outputs[0].ItemType}>.Shared.Rent({SourceBatch});");
                _w.Line($"int __next{n} = 0, __filled{n} = 0;");
                _w.Line($"var __done{n} = false;");
                continue;
            }
            if (!node.Node.IsEnumerableSource) continue;
            var call = ProcessCall(n, new List<string>());
            var enumerator = node.Node.Result == ResultShape.AsyncEnumerable ? "GetAsyncEnumerator(cancellationToken)" : "GetEnumerator()";
            _w.Line($"__at = {n};");
            _w.Line($"__items{n} = {call}.{enumerator};");
            _w.Line($"var __done{n} = false;");
        }
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n].Node;
            if (node.Shape == NodeShape.Ports && node.Inputs.Count == 0) _w.Line($"var __fired{n} = false;");
        }
    }

    private void EmitUnit(int n)
    {
        var node = _graph.Nodes[n];
        _w.Line($"// {node.Name}: {node.Node.Kind.ToLowerInvariant()} {SourceFile.Readable(node.Node.TypeName)}{FusedSuffix(n)}");
        var space = BlockingSpace(n);
        if (node.Node.Result == ResultShape.Batch) EmitBatchSource(n, space);
        else if (node.Node.IsEnumerableSource) EmitSource(n, space);
        else if (node.Node.Shape == NodeShape.Ports) EmitPortNode(n, space);
        else EmitFunction(n, space);
    }

    private void EmitSource(int n, string space)
    {
        var node = _graph.Nodes[n].Node;
        using (_w.Block($"for (var __batch = 0; !__done{n} && __batch < {SourceBatch}{space}; __batch++)"))
        {
            _w.Line($"__at = {n};");
            var moveNext = node.Result == ResultShape.AsyncEnumerable ? $"await __items{n}!.MoveNextAsync(){ConfigureAwait}" : $"__items{n}!.MoveNext()";
            _w.Line($"if (!{moveNext}) {{ __done{n} = true; break; }}");
            _w.Line("__progress = true;");
            _w.Line($"var __r{n} = __items{n}!.Current;");
            Deliver(n, 0, $"__r{n}");
        }
    }

    /// <summary>A batch source refills its pooled buffer when it has handed out every item in it.</summary>
    private void EmitBatchSource(int n, string space)
    {
        using (_w.Block($"for (var __batch = 0; !__done{n} && __batch < {SourceBatch}{space}; __batch++)"))
        {
            using (_w.Block($"if (__next{n} == __filled{n})"))
            {
                _w.Line($"__at = {n};");
                _w.Line($"__filled{n} = global::Daedalus.Runtime.BatchSources.Checked({ProcessCall(n, new List<string>())}, __buffer{n}!.Length, {SourceFile.Literal(_graph.Nodes[n].Name)});");
                _w.Line($"__next{n} = 0;");
                _w.Line($"if (__filled{n} == 0) {{ __done{n} = true; break; }}");
            }
            _w.Line("__progress = true;");
            _w.Line($"var __r{n} = __buffer{n}![__next{n}++];");
            Deliver(n, 0, $"__r{n}");
        }
    }

    private void EmitFunction(int n, string space)
    {
        var node = _graph.Nodes[n];
        var ready = string.Join(" && ", node.Node.Inputs.Select(input => AnyWaiting(_graph.EdgesInto(n, input.Name).ToList(), node.Node.Inputs.Count > 1)));
        using (_w.Block($"while ({ready}{space})"))
        {
            _w.Line("__progress = true;");
            var arguments = new List<string>();
            for (var k = 0; k < node.Node.Inputs.Count; k++)
            {
                var local = $"__in{n}_{k}";
                _w.Line($"var {local} = {Take(_graph.EdgesInto(n, node.Node.Inputs[k].Name).ToList())};");
                arguments.Add(local);
            }
            Fire(n, arguments);
        }
    }

    private void EmitPortNode(int n, string space)
    {
        var node = _graph.Nodes[n];
        var call = ProcessCall(n, new List<string>());
        if (node.Node.Inputs.Count == 0)
        {
            using (_w.Block($"if (!__fired{n}{space})"))
            {
                _w.Line($"__fired{n} = true;");
                _w.Line("__progress = true;");
                _w.Line($"__at = {n};");
                _w.Line($"{call};");
            }
            return;
        }
        var inputEdges = Enumerable.Range(0, _graph.Edges.Count).Where(e => _graph.Edges[e].To == n).ToList();
        var waiting = string.Join(" + ", inputEdges.Select(e => $"{EdgeNames.Field(e)}.Count"));
        if (inputEdges.Count == 0)
        {
            _w.Line("// No edge feeds this port node, so it never fires.");
            return;
        }
        using (_w.Block($"if ({AnyWaiting(inputEdges, space.Length > 0)}{space})"))
        {
            _w.Line($"var __waiting{n} = {waiting};");
            _w.Line($"__at = {n};");
            _w.Line($"{call};");
            _w.Line($"if ({waiting} != __waiting{n}) __progress = true;");
        }
    }

    /// <summary>Calls a function node with its input values and delivers each of its outputs.</summary>
    private void Fire(int n, List<string> inputs)
    {
        var node = _graph.Nodes[n];
        var call = ProcessCall(n, inputs);
        _w.Line($"__at = {n};");
        switch (node.Node.Result)
        {
            case ResultShape.None:
                _w.Line($"{call};");
                break;
            case ResultShape.Value:
                _w.Line($"var __r{n} = {call};");
                Deliver(n, 0, $"__r{n}");
                break;
            case ResultShape.Tuple:
                _w.Line($"var __r{n} = {call};");
                for (var k = 0; k < node.Node.Outputs.Count; k++) Deliver(n, k, $"__r{n}.Item{k + 1}");
                break;
        }
    }

    /// <summary>Hands one output value to every edge of that port: a queue write, or the fused consumer's call.</summary>
    private void Deliver(int n, int output, string value)
    {
        var node = _graph.Nodes[n];
        var port = node.Node.Outputs[output];
        var edges = _graph.EdgesFrom(n, port.Name).ToList();
        if (edges.Count == 0)
        {
            _w.Line($"{EdgeNames.Discard(node, port)}.Discard();");
            return;
        }
        if (edges.Count > 1 && _graph.IsRoundRobin(n, port.Name))
        {
            var next = EdgeNames.RoundRobin(node, port.Name);
            using (_w.Block($"switch ({next})"))
            {
                for (var i = 0; i < edges.Count; i++)
                {
                    _w.Line($"case {i}: {EdgeNames.Field(edges[i])}.Write({value}); break;");
                }
            }
            _w.Line($"if (++{next} == {edges.Count}) {next} = 0;");
            return;
        }
        foreach (var e in edges)
        {
            if (_analysis.Fused[e])
            {
                _w.Line($"// fused: {EdgeNames.Id(_graph, _graph.Edges[e])}");
                Fire(_graph.Edges[e].To, new List<string> { value });
            }
            else
            {
                _w.Line($"{EdgeNames.Field(e)}.Write({value});");
            }
        }
    }

    private string ProcessCall(int n, List<string> inputs)
    {
        var node = _graph.Nodes[n];
        var next = 0;
        var arguments = node.Node.Parameters.Select(p => p.IsInput ? inputs[next++] : Service(n, p.Kind));
        var call = $"{node.PropertyName}.{node.Node.ProcessMethod}({string.Join(", ", arguments)})";
        return node.Node.IsAwaitable ? $"await {call}{ConfigureAwait}" : call;
    }

    /// <summary>What node <paramref name="n"/> gets for a token, context, device or buffer parameter.</summary>
    private string Service(int n, ParameterKind kind) => kind switch
    {
        ParameterKind.Context => $"__context{n}",
        ParameterKind.Buffer => $"__buffer{n}",
        ParameterKind.Device => SegmentDevices.For(_analysis, n),
        _ => "cancellationToken",
    };

    /// <summary>Whether any of <paramref name="edges"/> has an item waiting.</summary>
    private static string AnyWaiting(List<int> edges, bool parenthesize)
    {
        var any = string.Join(" || ", edges.Select(e => $"{EdgeNames.Field(e)}.Count > 0"));
        return parenthesize && edges.Count > 1 ? $"({any})" : any;
    }

    private static string Take(List<int> edges)
    {
        var take = EdgeNames.Field(edges[edges.Count - 1]) + ".Take()";
        for (var i = edges.Count - 2; i >= 0; i--)
        {
            take = $"{EdgeNames.Field(edges[i])}.Count > 0 ? {EdgeNames.Field(edges[i])}.Take() : {take}";
        }
        return take;
    }

    /// <summary>
    /// The condition that every block-overflow edge this firing writes to (directly or through fused
    /// consumers) has room: in the serial executor a producer waits by not firing until its consumer ran.
    /// </summary>
    private string BlockingSpace(int n)
    {
        var edges = new List<int>();
        CollectBlocking(n, edges);
        return string.Concat(edges.Distinct().Select(e => $" && {EdgeNames.Field(e)}.FreeSpace > 0"));
    }

    private void CollectBlocking(int n, List<int> edges)
    {
        for (var e = 0; e < _graph.Edges.Count; e++)
        {
            if (_graph.Edges[e].From != n) continue;
            if (_analysis.Fused[e]) CollectBlocking(_graph.Edges[e].To, edges);
            else if (_graph.Edges[e].IsBlocking) edges.Add(e);
        }
    }

    private bool IsFusedConsumer(int n) =>
        Enumerable.Range(0, _graph.Edges.Count).Any(e => _graph.Edges[e].To == n && _analysis.Fused[e]);

    private string FusedSuffix(int n)
    {
        var chain = new List<string>();
        CollectFused(n, chain);
        return chain.Count == 0 ? "" : " (fused: " + string.Join(", ", chain) + ")";
    }

    private void CollectFused(int n, List<string> chain)
    {
        for (var e = 0; e < _graph.Edges.Count; e++)
        {
            if (_graph.Edges[e].From != n || !_analysis.Fused[e]) continue;
            chain.Add(_graph.Nodes[_graph.Edges[e].To].Name);
            CollectFused(_graph.Edges[e].To, chain);
        }
    }
}
