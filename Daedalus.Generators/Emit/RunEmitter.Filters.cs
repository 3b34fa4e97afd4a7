using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>Filters and try-maps, which pass 0 or 1 item per firing: the fused edges out of them count what they pass.</summary>
internal sealed partial class RunEmitter
{
    /// <summary>
    /// A filter's or try-map's firing: <paramref name="value"/> goes on when <paramref name="call"/> returns true,
    /// to its queued edges, or to its fused consumer, called in place after the firing is counted and the item
    /// counted on the fused edge (a fused edge cannot count its items from its producer's firings here).
    /// </summary>
    private void PassOn(int n, string call, string value, bool tail, bool checkFused)
    {
        var port = _graph.Nodes[n].Node.Outputs[0];
        var edges = _graph.EdgesFrom(n, port.Name).ToList();
        if (edges.Count == 1 && _analysis.Fused[edges[0]])
        {
            var e = edges[0];
            var keep = call;
            if (!IsFusedConsumer(n))
            {
                // Counted before its consumer is called, which may throw.
                _w.Line($"var {Keep(n)} = {call};");
                Count(n);
                keep = Keep(n);
            }
            using (_w.Block($"if ({keep})"))
            {
                _w.Line($"{Passed(e)}++;");
                _w.Line($"// fused: {EdgeNames.Id(_graph, _graph.Edges[e])}");
                var consumer = _graph.Edges[e].To;
                if (checkFused && tail)
                {
                    _w.Line($"if (!{Active(consumer)}) {{ __run.Abandon({e}); continue; }}");
                    Fire(consumer, new List<string> { value }, tail: true, checkFused: true);
                }
                else if (checkFused)
                {
                    using (_w.Block($"if ({Active(consumer)})")) Fire(consumer, new List<string> { value }, tail: false, checkFused: true);
                    _w.Line($"else __run.Abandon({e});");
                }
                else Fire(consumer, new List<string> { value }, tail, checkFused: false);
            }
            return;
        }
        if (edges.Count == 1) _w.Line($"if ({call}) {EdgeNames.Field(edges[0])}.Write({value});");
        else using (_w.Block($"if ({call})")) WriteQueued(n, port, edges, value);
        Count(n);
    }

    /// <summary>The items each fused edge out of a filter or try-map passed (-1 for the other edges), or <c>null</c> without any.</summary>
    private string FusedWrittenCounts()
    {
        var passed = PassedCounters();
        return passed.Count == 0
            ? "null"
            : $"new long[] {{ {string.Join(", ", Enumerable.Range(0, _graph.Edges.Count).Select(e => passed.Contains(e) ? Passed(e) : "-1"))} }}";
    }

    /// <summary>The arguments of a progress report: the firings, and what fused edges out of filters and try-maps passed.</summary>
    private string ProgressCounts()
    {
        var written = FusedWrittenCounts();
        return written == "null" ? Firings() : $"{Firings()}, {written}";
    }

    /// <summary>The fused edges out of filters and try-maps, which count the items they pass.</summary>
    private List<int> PassedCounters() =>
        Enumerable.Range(0, _graph.Edges.Count).Where(e => _analysis.Fused[e] && _graph.Nodes[_graph.Edges[e].From].Node.WritesAtMostOnce).ToList();

    /// <summary>The local counting the items passed on fused edge <paramref name="e"/>.</summary>
    private static string Passed(int e) => "__passed" + e;

    /// <summary>The local holding a filter's or try-map's decision.</summary>
    private static string Keep(int n) => "__keep" + n;

    /// <summary>The local a try-map's out value lands in.</summary>
    private static string OutValue(int n) => "__v" + n;
}
