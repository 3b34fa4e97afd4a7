using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>Aggregate and window nodes: what they hold back in the run, added to per item and published on a window boundary or when their inputs finish.</summary>
internal sealed partial class RunEmitter
{
    /// <summary>
    /// When no node can fire, the first aggregate or window node in schedule order that has not published yet does:
    /// every node before it, so every node upstream of it, can never write again, so its inputs are finished. The
    /// passes then go on, so its consumers take what it published.
    /// </summary>
    private void EmitInputsFinished()
    {
        var holding = Schedule.Where(n => _graph.Nodes[n].Node.PublishesWhenInputsFinish).ToList();
        if (holding.Count == 0) return;
        _w.Line();
        _w.Line("// Nothing can fire: the first node holding a total or a window back publishes it, as its inputs are finished.");
        using (_w.Block($"if (!__progress && {NotCancelled})"))
        {
            for (var i = 0; i < holding.Count; i++)
            {
                var n = holding[i];
                using (_w.Block($"{(i == 0 ? "if" : "else if")} ({Active(n)} && !{HeldBack.Published(n)})"))
                {
                    _w.Line($"{HeldBack.Published(n)} = true;");
                    _w.Line("__progress = true;");
                    _w.Line($"__at = {n};");
                    // An empty window is never published; a blocking edge without room (its consumer failed) gets nothing.
                    var conditions = new List<string>();
                    if (_graph.Nodes[n].Node.Window is not null) conditions.Add($"!{HeldBack.Window(n)}.IsEmpty");
                    var space = BlockingSpace(n);
                    if (space.Length > 0) conditions.Add(space.Substring(" && ".Length));
                    if (conditions.Count == 0)
                    {
                        PublishHeldBack(n);
                        continue;
                    }
                    using (_w.Block($"if ({string.Join(" && ", conditions)})")) PublishHeldBack(n);
                }
            }
        }
    }

    /// <summary>
    /// An aggregate or window node's firing: a window that is due is published first (the item opens the next one),
    /// then the item is added to the accumulator or the window, and a full window is published.
    /// </summary>
    private void FireHoldingBack(int n, List<string> inputs)
    {
        var node = _graph.Nodes[n].Node;
        _w.Line($"__at = {n};");
        var window = HeldBack.Window(n);
        if (node.Window is { Milliseconds: > 0 })
        {
            using (_w.Block($"if ({window}.IsDue)")) PublishHeldBack(n);
        }
        if (node.IsAggregate) _w.Line($"{ProcessCall(n, inputs)};");
        if (node.Window is not null)
        {
            using (_w.Block($"if ({window}.Add({(node.IsAggregate ? "" : inputs[0])}))")) PublishHeldBack(n);
        }
        Count(n);
    }

    /// <summary>Publishes an accumulator (and resets it) or a window (calling the node with its items, then emptying it).</summary>
    private void PublishHeldBack(int n)
    {
        var node = _graph.Nodes[n].Node;
        var values = new List<string>();
        if (node.IsAggregate)
        {
            _w.Line($"var __r{n} = {HeldBack.Accumulator(n)};");
            _w.Line($"{HeldBack.Accumulator(n)} = default!;");
            if (node.Window is not null) _w.Line($"{HeldBack.Window(n)}.Clear();");
            values.Add($"__r{n}");
        }
        else
        {
            var call = ProcessCall(n, new List<string> { $"{HeldBack.Window(n)}.Items" });
            if (node.Result == ResultShape.None) _w.Line($"{call};");
            else _w.Line($"var __r{n} = {call};");
            _w.Line($"{HeldBack.Window(n)}.Clear();");
            if (node.Result == ResultShape.Value) values.Add($"__r{n}");
            if (node.Result == ResultShape.Tuple) values.AddRange(Enumerable.Range(1, node.Outputs.Count).Select(k => $"__r{n}.Item{k}"));
        }
        for (var output = 0; output < values.Count; output++)
        {
            var port = node.Outputs[output];
            WriteQueued(n, port, _graph.EdgesFrom(n, port.Name).ToList(), values[output]);
        }
    }
}
