using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>The compiled <c>RunAsync</c> of awaitable nodes with <c>MaxDegreeOfParallelism</c> above 1: several invocations in flight.</summary>
internal sealed partial class RunEmitter
{
    /// <summary>After a failure or cancellation: waits for the invocations still in flight and drops their results.</summary>
    private void EmitAbandonInvocations()
    {
        foreach (var n in Schedule.Where(n => _graph.Nodes[n].Node.AwaitsConcurrently))
        {
            _w.Line();
            _w.Line($"// {_graph.Nodes[n].Name}: invocations still in flight after a failure or cancellation");
            _w.Line($"await {Invocations(n)}.AbandonAsync(){ConfigureAwait};");
        }
    }

    /// <summary>
    /// An awaitable node with <c>MaxDegreeOfParallelism = N</c>: starts invocations while its inputs have items and
    /// fewer than N are in flight (and, for each blocking edge out, fewer than its free space, so every result finds
    /// room), then awaits the next result (in input order, or the first to complete) and delivers it; its activation
    /// ends when nothing is in flight.
    /// </summary>
    private void EmitConcurrentFunction(int n)
    {
        var node = _graph.Nodes[n];
        var invocations = Invocations(n);
        var ready = string.Join(" && ", node.Node.Inputs.Select(input => AnyWaiting(_graph.EdgesInto(n, input.Name).ToList(), node.Node.Inputs.Count > 1)));
        var blocking = new List<int>();
        CollectBlocking(n, blocking);
        var room = string.Concat(blocking.Distinct().Select(e => " && " + HasSpace(e, $"{invocations}.Count")));
        EmitUnitLoop(n, stop => $"while ({NotCancelled}{stop})", checkFused =>
        {
            using (_w.Block($"while ({invocations}.Count < {node.Node.MaxDegreeOfParallelism}{room} && {ready})"))
            {
                _w.Line($"__at = {n};");
                var arguments = new List<string>();
                for (var k = 0; k < node.Node.Inputs.Count; k++)
                {
                    var local = $"__in{n}_{k}";
                    _w.Line($"var {local} = {Take(_graph.EdgesInto(n, node.Node.Inputs[k].Name).ToList())};");
                    arguments.Add(local);
                }
                var call = CallWithoutAwait(n, arguments);
                _w.Line($"{invocations}.Start({(node.Node.Result == ResultShape.None ? $"global::Daedalus.Runtime.Invocation.Completion({call})" : call)});");
            }
            _w.Line($"if ({invocations}.Count == 0) break;");
            _w.Line("__progress = true;");
            _w.Line($"__at = {n};");
            var result = $"await {invocations}.TakeNextAsync(cancellationToken){ConfigureAwait}";
            switch (node.Node.Result)
            {
                case ResultShape.None:
                    _w.Line($"{result};");
                    Count(n);
                    break;
                case ResultShape.Value:
                    _w.Line($"var __r{n} = {result};");
                    Deliver(n, new[] { $"__r{n}" }, tail: true, checkFused);
                    break;
                case ResultShape.Tuple:
                    _w.Line($"var __r{n} = {result};");
                    Deliver(n, Enumerable.Range(1, node.Node.Outputs.Count).Select(k => $"__r{n}.Item{k}").ToArray(), tail: true, checkFused);
                    break;
            }
        });
        _w.Line($"else __run.AbandonInputs({n});");
    }

    /// <summary>The invocations of node <paramref name="n"/> in flight, in a run of the compiled <c>RunAsync</c>.</summary>
    private static string Invocations(int n) => "__invocations" + n;
}
