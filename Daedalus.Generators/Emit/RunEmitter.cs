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
internal sealed partial class RunEmitter
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

    private string Await => _async ? "await " : "";

    private string ConfigureAwait => ".ConfigureAwait(false)";

    /// <summary>The parameters of the generated <c>Run</c> that reports progress.</summary>
    public const string ProgressParameters =
        "global::System.IProgress<global::Daedalus.Runtime.RunProgress> progress, global::System.TimeSpan? interval = null, global::System.Threading.CancellationToken cancellationToken = default";

    private const string Watch = "global::Daedalus.Runtime.CompiledProgress";

    private void Emit()
    {
        if (_graph.HasByteStreams)
        {
            EmitStreaming();
            return;
        }
        if (_async)
        {
            _w.Line("/// <summary>Runs the graph to completion on the calling thread, blocking while asynchronous nodes wait (see <c>RunAsync</c>).</summary>");
            _w.Line(SourceFile.GeneratedCode);
            _w.Line("public void Run(global::System.Threading.CancellationToken cancellationToken = default) =>");
            _w.Line("    __RunAsync(null, cancellationToken).AsTask().GetAwaiter().GetResult();");
            _w.Line();
            EmitProgressSummary();
            _w.Line($"public void Run({ProgressParameters}) =>");
            _w.Line($"    __RunAsync({NewWatch()}, cancellationToken).AsTask().GetAwaiter().GetResult();");
            _w.Line();
            EmitRunSummary("Runs the graph to completion: sources exhausted, every queue drained.");
            _w.Line("public global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default) =>");
            _w.Line("    __RunAsync(null, cancellationToken);");
            _w.Line();
            _w.Line(SourceFile.GeneratedCode);
            using (_w.Block($"private async global::System.Threading.Tasks.ValueTask __RunAsync({Watch}? __watch, global::System.Threading.CancellationToken cancellationToken)"))
            {
                EmitBody();
            }
        }
        else
        {
            EmitRunSummary("Runs the graph to completion on the calling thread: sources exhausted, every queue drained.");
            _w.Line("public void Run(global::System.Threading.CancellationToken cancellationToken = default) => __Run(null, cancellationToken);");
            _w.Line();
            EmitProgressSummary();
            _w.Line($"public void Run({ProgressParameters}) =>");
            _w.Line($"    __Run({NewWatch()}, cancellationToken);");
            _w.Line();
            _w.Line(SourceFile.GeneratedCode);
            using (_w.Block($"private void __Run({Watch}? __watch, global::System.Threading.CancellationToken cancellationToken)"))
            {
                EmitBody();
            }
            _w.Line();
            // No token for Task.Run: a cancelled token must reach Run, which reports the cancelled run with its result.
            _w.Line("/// <summary>Runs the graph to completion on a thread-pool thread, as <c>Run</c> does.</summary>");
            _w.Line(SourceFile.GeneratedCode);
            _w.Line("public global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default) =>");
            _w.Line("    new(global::System.Threading.Tasks.Task.Run(() => Run(cancellationToken)));");
        }
    }

    private void EmitProgressSummary()
    {
        _w.Line("/// <summary>");
        _w.Line("/// Runs the graph as <c>Run(cancellationToken)</c> does, reporting its progress to <paramref name=\"progress\"/> on the");
        _w.Line("/// calling thread between passes (at most one source batch apart), at most once per <paramref name=\"interval\"/>");
        _w.Line("/// (one second when null), and once at the end with the run's figures.");
        _w.Line("/// </summary>");
        _w.Line(SourceFile.GeneratedCode);
    }

    /// <summary>What the progress overload hands the run: the sink, the interval and the node instances (for their declared totals).</summary>
    private string NewWatch()
    {
        var nodes = _graph.Nodes.Count == 0
            ? "global::System.Array.Empty<object>()"
            : $"new object[] {{ {string.Join(", ", _graph.Nodes.Select(n => "this." + n.PropertyName))} }}";
        return $"new {Watch}(progress, interval, {nodes})";
    }

    private void EmitRunSummary(string what)
    {
        _w.Line("/// <summary>");
        _w.Line($"/// {what}");
        _w.Line("/// A node that throws fails alone, and the run then throws <see cref=\"global::Daedalus.Runtime.GraphRunException\"/>");
        _w.Line("/// (as it does for items left queued); a cancelled run throws <see cref=\"global::Daedalus.Runtime.GraphCanceledException\"/>.");
        _w.Line("/// Both carry the run's result.");
        _w.Line("/// </summary>");
        _w.Line(SourceFile.GeneratedCode);
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
        _w.Line("/// <summary>Runs the graph to completion on the pipelined executor, reporting progress (see <c>RunOptions.Progress</c>).</summary>");
        _w.Line(SourceFile.GeneratedCode);
        _w.Line($"public void Run({ProgressParameters}) =>");
        _w.Line("    Run(new global::Daedalus.Runtime.RunOptions { Executor = global::Daedalus.Runtime.Executor.Pipelined(), Progress = progress, "
            + "ProgressInterval = interval ?? global::System.TimeSpan.FromSeconds(1) }, cancellationToken);");
        _w.Line();
        _w.Line("/// <summary>Runs the graph to completion on the pipelined executor without blocking the caller.</summary>");
        _w.Line(SourceFile.GeneratedCode);
        _w.Line("public global::System.Threading.Tasks.ValueTask RunAsync(global::System.Threading.CancellationToken cancellationToken = default) =>");
        _w.Line($"    new(RunAsync({options}, cancellationToken));");
    }

    private void EmitBody()
    {
        _w.Line("__BeginRun();");
        using (_w.Block("try"))
        {
            EmitRunState();
            EmitInitialize();
            EmitOpen();
            EmitPasses();
            EmitAbandonInvocations();
            EmitClose();
            EmitCleanup();
            var firings = Firings();
            _w.Line();
            if (Enumerable.Range(0, _graph.Nodes.Count).Any(IsFusedConsumer))
                _w.Line("// A fused node's firings follow from its producer's and what its edge abandoned: it has no counter of its own.");
            var written = FusedWrittenCounts();
            if (written != "null") _w.Line("// A fused edge out of a filter or try-map counts its items: they are not one per firing of its producer.");
            var counts = written == "null" ? firings : $"{firings}, {written}";
            _w.Line($"if (__run.IsReporting) __run.ReportFinal({counts});");
            _w.Line($"if (!__run.Succeeded) __run.ThrowResult({counts}, cancellationToken);");
        }
        using (_w.Block("finally"))
        {
            _w.Line("__EndRun();");
        }
    }

    /// <summary>Each node's firings so far, in plan order (0 for a node fed by a fused edge: its producer's count stands for it).</summary>
    private string Firings() => _graph.Nodes.Count == 0
        ? "global::System.Array.Empty<long>()"
        : $"new long[] {{ {string.Join(", ", Enumerable.Range(0, _graph.Nodes.Count).Select(n => IsFusedConsumer(n) ? "0" : Fired(n)))} }}";

    /// <summary>The run's fresh state: empty edges, round-robin outputs at their first edge, firing counters, the nodes' locals.</summary>
    private void EmitRunState()
    {
        _w.Line("__run.Start(__watch);");
        foreach (var output in _graph.RoundRobin)
        {
            if (!GraphEmitter.WritesThroughPorts(_graph.Nodes[output.Node].Node)) _w.Line($"{EdgeNames.RoundRobin(_graph.Nodes[output.Node], output.Port)} = 0;");
        }
        if (GraphEmitter.BindsPorts(_graph)) _w.Line("__BindPorts();");
        var counted = Enumerable.Range(0, _graph.Nodes.Count).Where(n => !IsFusedConsumer(n)).ToList();
        if (counted.Count > 0) _w.Line($"long {string.Join(", ", counted.Select(n => Fired(n) + " = 0"))};");
        var passed = PassedCounters();
        if (passed.Count > 0) _w.Line($"long {string.Join(", ", passed.Select(e => Passed(e) + " = 0"))};");
        _w.Line("var __at = -1;");
        for (var n = 0; n < _graph.Nodes.Count; n++)
        {
            if (_graph.Nodes[n].Node.UsesContext) _w.Line($"global::Daedalus.Runtime.NodeContext? __context{n} = null;");
        }
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n].Node;
            if (node.Result == ResultShape.Enumerable)
                _w.Line($"global::System.Collections.Generic.IEnumerator<{node.Outputs[0].ItemType}>? __items{n} = null;");
            else if (node.Result == ResultShape.AsyncEnumerable)
                _w.Line($"global::System.Collections.Generic.IAsyncEnumerator<{node.Outputs[0].ItemType}>? __items{n} = null;");
            else if (node.Result == ResultShape.Batch)
            {
                _w.Line($"{node.Outputs[0].ItemType}[]? __buffer{n} = null;");
                _w.Line($"int __next{n} = 0, __filled{n} = 0;");
            }
            if (node.IsItemSource) _w.Line($"var __done{n} = false;");
            if (node.AwaitsConcurrently) _w.Line($"var {Invocations(n)} = new global::Daedalus.Runtime.ConcurrentInvocations<{ConcurrentFiring.ResultType(node)}>(ordered: {(node.EnsureOrdered ? "true" : "false")});");
            if (node.PublishesWhenInputsFinish) HeldBack.EmitState(_w, node, n);
        }
    }

    /// <summary>
    /// Each node's initialize step in schedule order (its context, then its hook), stopping at cancellation. A node
    /// whose step throws fails and never fires; the others still initialize and run.
    /// </summary>
    private void EmitInitialize()
    {
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n].Node;
            var perRun = node.PerRun.Count > 0;
            if (node.Initialize is null && node.Cleanup is null && !node.UsesContext && !perRun) continue;
            _w.Line();
            _w.Line($"// {_graph.Nodes[n].Name}: initialize");
            if (node.Initialize is null && !node.UsesContext && !perRun)
            {
                _w.Line($"if (!__run.Cancelled(cancellationToken)) __run.Initialized({n});");
                continue;
            }
            using (_w.Block("if (!__run.Cancelled(cancellationToken))"))
            {
                using (_w.Block("try"))
                {
                    if (perRun) _w.Line($"((global::Daedalus.IPerRunState){_graph.Nodes[n].PropertyName}).ResetPerRun();");
                    if (node.UsesContext) _w.Line($"__context{n} = {NodeContexts.Create(_graph, _analysis, n, "cancellationToken")};");
                    if (node.Initialize is { } hook) _w.Line($"{Call(n, hook)};");
                    _w.Line($"__run.Initialized({n});");
                }
                _w.Line($"catch (global::System.Exception __error) {{ __run.Threw({n}, \"initialize\", __error, cancellationToken); }}");
            }
        }
    }

    /// <summary>Opens the sources that did not fail: an enumerator each, a pooled buffer for a batch source.</summary>
    private void EmitOpen()
    {
        foreach (var n in Schedule)
        {
            var node = _graph.Nodes[n];
            if (node.Node.Result == ResultShape.Batch)
            {
                _w.Line();
                _w.Line($"// {node.Name}: open");
                _w.Line($"__buffer{n} = global::System.Buffers.ArrayPool<{node.Node.Outputs[0].ItemType}>.Shared.Rent({SourceBatch});");
                continue;
            }
            if (!node.Node.IsEnumerableSource) continue;
            var enumerator = node.Node.Result == ResultShape.AsyncEnumerable ? "GetAsyncEnumerator(cancellationToken)" : "GetEnumerator()";
            _w.Line();
            _w.Line($"// {node.Name}: open");
            using (_w.Block($"if ({Active(n)} && !__run.Cancelled(cancellationToken))"))
            {
                _w.Line($"try {{ __items{n} = {ProcessCall(n, new List<string>())}.{enumerator}; }}");
                _w.Line($"catch (global::System.Exception __error) {{ __run.Threw({n}, \"process\", __error, cancellationToken); }}");
            }
        }
    }

    /// <summary>
    /// Passes over the schedule until no node can fire. Every firing first checks the token, so cancellation
    /// stops the run within one firing. A node that throws fails alone: it never fires again, what waits for it
    /// is abandoned (and counted), and the nodes that do not depend on it run to completion.
    /// </summary>
    private void EmitPasses()
    {
        _w.Line();
        _w.Line("// Passes over the schedule until no node can fire. A node that throws fails alone: it never fires again,");
        _w.Line("// what waits for it is abandoned (and counted), and the passes go on for the nodes that do not need it.");
        _w.Line("var __anyFailed = __run.AnyFailed;");
        _w.Line("var __progress = true;");
        var defaultEdges = QueuedDefaultEdges();
        if (defaultEdges.Count > 0) _w.Line("var __overrun = false;");
        // The try is outside the pass loop, so the loop itself has no exception handler in it; a failure leaves the
        // loop, and the outer loop starts the passes again without the failed node.
        using (_w.Block("while (__progress)"))
        {
            using (_w.Block("try"))
            {
                _w.Line("do");
                _w.Line("{");
                _w.Indent();
                _w.Line("__progress = false;");
                foreach (var n in Schedule)
                {
                    if (IsFusedConsumer(n)) continue;
                    _w.Line();
                    EmitUnit(n);
                }
                _w.Line();
                _w.Line($"if (__run.ProgressDue) __run.ReportProgress({ProgressCounts()});");
                if (defaultEdges.Count > 0)
                {
                    _w.Line();
                    _w.Line("// Stalled with a default edge full (a join waiting for its other input): one pass may write past the default bound.");
                    _w.Line($"__overrun = !__progress && !__overrun && ({string.Join(" || ", defaultEdges.Select(e => $"{EdgeNames.Field(e)}.FreeSpace == 0"))});");
                    _w.Line("__progress |= __overrun;");
                }
                EmitInputsFinished();
                _w.Outdent();
                _w.Line("}");
                _w.Line("while (__progress);");
            }
            using (_w.Block("catch (global::System.Exception __error)"))
            {
                _w.Line($"__run.Threw(__at, \"process\", __error, cancellationToken);");
                _w.Line("__anyFailed = __run.AnyFailed;");
                _w.Line("__progress = !__run.IsCancelled;");
            }
        }
    }

    /// <summary>Closes the sources in reverse schedule order (as the executors do before the cleanup hooks).</summary>
    private void EmitClose()
    {
        foreach (var n in Schedule.Reverse())
        {
            var node = _graph.Nodes[n].Node;
            if (node.Result == ResultShape.Batch)
            {
                _w.Line();
                _w.Line($"// {_graph.Nodes[n].Name}: close");
                _w.Line($"if (__buffer{n} is not null) global::System.Buffers.ArrayPool<{node.Outputs[0].ItemType}>.Shared.Return(__buffer{n}, "
                    + $"global::System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<{node.Outputs[0].ItemType}>());");
            }
            if (!node.IsEnumerableSource) continue;
            _w.Line();
            _w.Line($"// {_graph.Nodes[n].Name}: close");
            var dispose = node.Result == ResultShape.AsyncEnumerable
                ? $"if (__items{n} is not null) await __items{n}.DisposeAsync(){ConfigureAwait};"
                : $"__items{n}?.Dispose();";
            _w.Line($"try {{ {dispose} }}");
            _w.Line($"catch (global::System.Exception __error) {{ __run.Threw({n}, \"cleanup\", __error, cancellationToken); }}");
        }
    }

    /// <summary>The cleanup hooks of the nodes whose initialize step completed, in reverse schedule order, with a token never cancelled.</summary>
    private void EmitCleanup()
    {
        foreach (var n in Schedule.Reverse())
        {
            var node = _graph.Nodes[n];
            if (node.Node.Cleanup is not { } hook) continue;
            _w.Line();
            _w.Line($"// {node.Name}: cleanup");
            using (_w.Block($"if (__run.IsInitialized({n}))"))
            {
                _w.Line($"try {{ {Call(n, hook, cleanup: true)}; }}");
                _w.Line($"catch (global::System.Exception __error) {{ __run.Threw({n}, \"cleanup\", __error, cancellationToken); }}");
            }
        }
    }

    /// <summary>A hook call; cleanup hooks get a token that is never cancelled, so they run to the end after a cancelled run.</summary>
    private string Call(int n, HookModel hook, bool cleanup = false)
    {
        var call = $"{_graph.Nodes[n].PropertyName}.{SourceFile.Identifier(hook.Method)}({string.Join(", ", hook.Parameters.Select(p => cleanup ? CleanupService(n, p.Kind) : Service(n, p.Kind)))})";
        return hook.IsAwaitable ? $"await {call}{ConfigureAwait}" : call;
    }

    private void EmitUnit(int n)
    {
        var node = _graph.Nodes[n];
        _w.Line($"// {node.Name}: {node.Node.Kind.ToLowerInvariant()} {SourceFile.Readable(node.Node.TypeName)}{FusedSuffix(n)}");
        var space = BlockingSpace(n);
        if (node.Node.Result == ResultShape.Batch) EmitBatchSource(n, space);
        else if (node.Node.IsEnumerableSource) EmitSource(n, space);
        else if (node.Node.Shape == NodeShape.Ports) EmitPortNode(n, space);
        else if (node.Node.AwaitsConcurrently) EmitConcurrentFunction(n);
        else EmitFunction(n, space);
    }

    private void EmitSource(int n, string space)
    {
        var node = _graph.Nodes[n].Node;
        EmitUnitLoop(n, stop => $"for (var __batch = 0; !__done{n} && __batch < {SourceBatch}{space} && {NotCancelled}{stop}; __batch++)", checkFused =>
        {
            _w.Line($"__at = {n};");
            var moveNext = node.Result == ResultShape.AsyncEnumerable ? $"await __items{n}!.MoveNextAsync(){ConfigureAwait}" : $"__items{n}!.MoveNext()";
            _w.Line($"if (!{moveNext}) {{ __done{n} = true; __run.Completed({n}); break; }}");
            _w.Line("__progress = true;");
            _w.Line($"var __r{n} = __items{n}!.Current;");
            Deliver(n, new[] { $"__r{n}" }, tail: true, checkFused);
        });
    }

    /// <summary>A batch source refills its pooled buffer when it has handed out every item in it.</summary>
    private void EmitBatchSource(int n, string space)
    {
        EmitUnitLoop(n, stop => $"for (var __batch = 0; !__done{n} && __batch < {SourceBatch}{space} && {NotCancelled}{stop}; __batch++)", checkFused =>
        {
            _w.Line($"__at = {n};");
            using (_w.Block($"if (__next{n} == __filled{n})"))
            {
                _w.Line($"__filled{n} = global::Daedalus.Runtime.BatchSources.Checked({ProcessCall(n, new List<string>())}, __buffer{n}!.Length, {SourceFile.Literal(_graph.Nodes[n].Name)});");
                _w.Line($"__next{n} = 0;");
                _w.Line($"if (__filled{n} == 0) {{ __done{n} = true; __run.Completed({n}); break; }}");
            }
            _w.Line("__progress = true;");
            _w.Line($"var __r{n} = __buffer{n}![__next{n}++];");
            Deliver(n, new[] { $"__r{n}" }, tail: true, checkFused);
        });
    }

    private void EmitFunction(int n, string space)
    {
        var node = _graph.Nodes[n];
        var ready = string.Join(" && ", node.Node.Inputs.Select(input => AnyWaiting(_graph.EdgesInto(n, input.Name).ToList(), node.Node.Inputs.Count > 1)));
        EmitUnitLoop(n, stop => $"while ({ready}{space} && {NotCancelled}{stop})", checkFused =>
        {
            _w.Line("__progress = true;");
            var arguments = new List<string>();
            for (var k = 0; k < node.Node.Inputs.Count; k++)
            {
                var local = $"__in{n}_{k}";
                _w.Line($"var {local} = {Take(_graph.EdgesInto(n, node.Node.Inputs[k].Name).ToList())};");
                arguments.Add(local);
            }
            Fire(n, arguments, tail: true, checkFused);
        });
        _w.Line($"else __run.AbandonInputs({n});");
    }

    /// <summary>
    /// A unit's firing loop, run only while its node has not failed. A unit whose firings call fused nodes has it
    /// twice: as long as no node has failed, fused nodes are called without a check (they cost nothing per item);
    /// after a failure, each fused node is called only if it has not failed, and its item is abandoned otherwise.
    /// <paramref name="loop"/> gets the extra condition that stops the first loop when a fused output's failure
    /// was caught within a firing.
    /// </summary>
    private void EmitUnitLoop(int n, System.Func<string, string> loop, System.Action<bool> body)
    {
        using (_w.Block($"if ({Active(n)})"))
        {
            if (!Enumerable.Range(0, _graph.Edges.Count).Any(e => _graph.Edges[e].From == n && _analysis.Fused[e]))
            {
                using (_w.Block(loop(""))) body(false);
                return;
            }
            using (_w.Block("if (!__anyFailed)"))
            using (_w.Block(loop(CatchesWithinFiring(n) ? " && !__anyFailed" : "")))
            {
                body(false);
            }
            using (_w.Block("else"))
            {
                _w.Line("// A node has failed: a fused node is called only if it has not failed; its items are abandoned otherwise.");
                using (_w.Block(loop(""))) body(true);
            }
        }
    }

    private void EmitPortNode(int n, string space)
    {
        var node = _graph.Nodes[n];
        var call = ProcessCall(n, new List<string>());
        if (node.Node.Inputs.Count == 0)
        {
            using (_w.Block($"if ({Active(n)} && {Fired(n)} == 0{space} && {NotCancelled})"))
            {
                _w.Line("__progress = true;");
                _w.Line($"__at = {n};");
                _w.Line($"{call};");
                _w.Line($"{Fired(n)}++;");
                _w.Line($"__run.Completed({n});");
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
        using (_w.Block($"if ({Active(n)})"))
        using (_w.Block($"if ({AnyWaiting(inputEdges, true)}{space} && {NotCancelled})"))
        {
            _w.Line($"var __waiting{n} = {waiting};");
            _w.Line($"__at = {n};");
            _w.Line($"{call};");
            // A port node fired if it read anything.
            _w.Line($"if ({waiting} != __waiting{n}) {{ __progress = true; {Fired(n)}++; }}");
        }
        _w.Line($"else __run.AbandonInputs({n});");
    }

    /// <summary>
    /// Calls a function node with its input values and delivers each of its outputs. <paramref name="tail"/>: the
    /// call is the last statement of a unit's loop body, so a fused consumer that failed can skip the rest with
    /// <c>continue</c>; <paramref name="checkFused"/>: a node has failed, so fused consumers are checked first.
    /// </summary>
    private void Fire(int n, List<string> inputs, bool tail, bool checkFused)
    {
        var node = _graph.Nodes[n];
        if (node.Node.PublishesWhenInputsFinish)
        {
            FireHoldingBack(n, inputs);
            return;
        }
        var call = ProcessCall(n, inputs);
        _w.Line($"__at = {n};");
        switch (node.Node.Result)
        {
            case ResultShape.None:
            case ResultShape.FlatMap:
                _w.Line($"{call};");
                Count(n);
                break;
            case ResultShape.Filter:
                PassOn(n, call, inputs[0], tail, checkFused);
                break;
            case ResultShape.TryMap:
                _w.Line($"{node.Node.Outputs[0].ItemType} {OutValue(n)};");
                PassOn(n, call, OutValue(n), tail, checkFused);
                break;
            case ResultShape.Value:
                _w.Line($"var __r{n} = {call};");
                Deliver(n, new[] { $"__r{n}" }, tail, checkFused);
                break;
            case ResultShape.Tuple:
                _w.Line($"var __r{n} = {call};");
                Deliver(n, Enumerable.Range(1, node.Node.Outputs.Count).Select(k => $"__r{n}.Item{k}").ToArray(), tail, checkFused);
                break;
        }
    }

    /// <summary>
    /// Hands a firing's output values on: first every queue write (while <c>__at</c> still names this node, so an
    /// <c>Overflow.Error</c> edge fails the producer), then the firing counts, then each fused consumer, called in
    /// place (after a failure, only if it has not failed; its item is abandoned and counted otherwise). Every fused
    /// output but the last catches what its chain throws, so one failure never keeps the firing's other outputs from
    /// their consumers: each item is delivered or abandoned.
    /// </summary>
    private void Deliver(int n, string[] values, bool tail, bool checkFused)
    {
        var node = _graph.Nodes[n];
        var fused = new List<(int Edge, string Value)>();
        for (var output = 0; output < values.Length; output++)
        {
            var port = node.Node.Outputs[output];
            var edges = _graph.EdgesFrom(n, port.Name).ToList();
            if (edges.Count == 1 && _analysis.Fused[edges[0]]) fused.Add((edges[0], values[output]));
            else WriteQueued(n, port, edges, values[output]);
        }
        Count(n);
        for (var i = 0; i < fused.Count; i++)
        {
            var (e, value) = fused[i];
            var consumer = _graph.Edges[e].To;
            var last = i == fused.Count - 1;
            _w.Line($"// fused: {EdgeNames.Id(_graph, _graph.Edges[e])}");
            if (!checkFused)
            {
                if (last) Fire(consumer, new List<string> { value }, tail, checkFused: false);
                else CatchWithinFiring(() => Fire(consumer, new List<string> { value }, tail: false, checkFused: false));
                continue;
            }
            if (tail && last)
            {
                _w.Line($"if (!{Active(consumer)}) {{ __run.Abandon({e}); continue; }}");
                Fire(consumer, new List<string> { value }, tail: true, checkFused: true);
                continue;
            }
            using (_w.Block($"if ({Active(consumer)})"))
            {
                if (last) Fire(consumer, new List<string> { value }, tail: false, checkFused: true);
                else CatchWithinFiring(() => Fire(consumer, new List<string> { value }, tail: false, checkFused: true));
            }
            _w.Line($"else __run.Abandon({e});");
        }
    }

    /// <summary>A fused output that is not its firing's last: what its chain throws is recorded, and the firing goes on.</summary>
    private void CatchWithinFiring(System.Action fire)
    {
        using (_w.Block("try"))
        {
            fire();
        }
        using (_w.Block("catch (global::System.Exception __error)"))
        {
            _w.Line("__run.Threw(__at, \"process\", __error, cancellationToken);");
            _w.Line("__anyFailed = __run.AnyFailed;");
        }
    }

    /// <summary>Whether a firing of unit <paramref name="n"/> reaches a node with several fused outputs (see <see cref="CatchWithinFiring"/>).</summary>
    private bool CatchesWithinFiring(int n)
    {
        var fused = Enumerable.Range(0, _graph.Edges.Count).Where(e => _graph.Edges[e].From == n && _analysis.Fused[e]).ToList();
        return fused.Count > 1 || fused.Any(e => CatchesWithinFiring(_graph.Edges[e].To));
    }

    /// <summary>Counts a successful firing; a fused node's firings are worked out from its producer's instead.</summary>
    private void Count(int n)
    {
        if (!IsFusedConsumer(n)) _w.Line($"{Fired(n)}++;");
    }

    /// <summary>Writes one output value to its queued edges: every edge (broadcast), the next one (round-robin), or the discard counter.</summary>
    private void WriteQueued(int n, PortModel port, List<int> edges, string value)
    {
        var node = _graph.Nodes[n];
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
        foreach (var e in edges) _w.Line($"{EdgeNames.Field(e)}.Write({value});");
    }

    private string ProcessCall(int n, List<string> inputs)
    {
        var call = CallWithoutAwait(n, inputs);
        return _graph.Nodes[n].Node.IsAwaitable ? $"await {call}{ConfigureAwait}" : call;
    }

    private string CallWithoutAwait(int n, List<string> inputs)
    {
        var node = _graph.Nodes[n];
        var next = 0;
        var arguments = node.Node.Parameters.Select(p => p.Kind switch
        {
            ParameterKind.Input => inputs[next++],
            ParameterKind.OutValue => "out " + OutValue(n),
            ParameterKind.OutPort => EdgeNames.OutPort(node, node.Node.Outputs.First(o => o.Member == p.Name)),
            _ => Service(n, p.Kind),
        });
        return $"{node.PropertyName}.{SourceFile.Identifier(node.Node.ProcessMethod)}({string.Join(", ", arguments)})";
    }

    /// <summary>What node <paramref name="n"/> gets for a token, context, device or buffer parameter.</summary>
    private string Service(int n, ParameterKind kind) => kind switch
    {
        ParameterKind.Context => $"__context{n}!",
        ParameterKind.Buffer => $"__buffer{n}",
        ParameterKind.Device => SegmentDevices.For(_analysis, n),
        ParameterKind.Accumulator => "ref " + HeldBack.Accumulator(n),
        _ => "cancellationToken",
    };

    /// <summary>What a cleanup hook of node <paramref name="n"/> gets: a token that is never cancelled, and a context with that token.</summary>
    private string CleanupService(int n, ParameterKind kind) => kind switch
    {
        ParameterKind.CancellationToken => "default",
        ParameterKind.Context => NodeContexts.ForCleanup(_graph, _analysis, n),
        _ => Service(n, kind),
    };

    /// <summary>The local counting node <paramref name="n"/>'s successful firings in this run.</summary>
    private static string Fired(int n) => "__fired" + n;

    /// <summary>Whether node <paramref name="n"/> has not failed.</summary>
    private static string Active(int n) => $"__run.IsActive({n})";

    /// <summary>Checked before every firing, so cancellation stops the run within one firing (and is recorded).</summary>
    private const string NotCancelled = "!__run.Cancelled(cancellationToken)";

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
        return string.Concat(edges.Distinct().Select(e => " && " + HasSpace(e, "0")));
    }

    /// <summary>
    /// Whether blocking edge <paramref name="e"/> has more than <paramref name="taken"/> free slots; a default edge also
    /// during an overrun pass, which may write past its bound.
    /// </summary>
    private string HasSpace(int e, string taken) => _graph.Edges[e].IsDefault
        ? $"({EdgeNames.Field(e)}.FreeSpace > {taken} || __overrun)"
        : $"{EdgeNames.Field(e)}.FreeSpace > {taken}";

    /// <summary>The default edges that keep a queue: a stall with one of them full earns one overrun pass.</summary>
    private List<int> QueuedDefaultEdges() =>
        Enumerable.Range(0, _graph.Edges.Count).Where(e => _graph.Edges[e].IsDefault && !_analysis.Fused[e]).ToList();

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
