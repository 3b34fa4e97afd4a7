using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// The graph the commit benchmarks edit while items flow: a <see cref="Ticker"/> deals its ticks round-robin into
/// lanes of <see cref="AddConstant"/> maps, each lane ending in a <see cref="Seen"/> sink. Every item visits one lane
/// of about <see cref="LaneLength"/> nodes whatever the graph's size, so 100 and 10,000 nodes carry the same load per
/// second (a lane's worth of wake-ups per tick) and differ only in how many nodes a commit has to look at.
/// </summary>
public sealed class LiveLanes
{
    /// <summary>The ticker's name.</summary>
    public const string Source = "ticker";

    /// <summary>
    /// Time between two ticks: an item enters the graph every 10 ms, so about 10,000 node wake-ups a second. Every hop
    /// between two idle nodes is a thread wake-up (~18 µs of processor time on the 2-core machine measured), so a
    /// tick every millisecond keeps both of its cores busy with hops alone, and the commits would measure the
    /// scheduler's queue, not the commit.
    /// </summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(10);

    private LiveLanes(RuntimeGraph graph, Seen[] sinks, string middle, string next)
    {
        Graph = graph;
        Sinks = sinks;
        Middle = middle;
        Next = next;
    }

    /// <summary>Nodes per lane, sink included (10 in smoke runs).</summary>
    public static int LaneLength => Sizes.Smoke ? 10 : 100;

    /// <summary>The graph, not started.</summary>
    public RuntimeGraph Graph { get; }

    /// <summary>Each lane's sink.</summary>
    public IReadOnlyList<Seen> Sinks { get; }

    /// <summary>The map in the middle of lane 0: the node every edit touches.</summary>
    public string Middle { get; }

    /// <summary>The map after <see cref="Middle"/>: the edge between them is the one a resize changes.</summary>
    public string Next { get; }

    /// <summary>Items the sinks received so far.</summary>
    public long Delivered => Sinks.Sum(sink => sink.Count);

    /// <summary>A graph of exactly <paramref name="nodes"/> nodes: the ticker and (nodes − 1) / <see cref="LaneLength"/> lanes (at least one).</summary>
    public static LiveLanes Build(int nodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 4);
        var graph = new RuntimeGraph($"lanes{nodes}");
        var ticker = graph.Add(new Ticker(TickPeriod), Source);
        var lanes = Math.Max(1, (nodes - 1) / LaneLength);
        var sinks = new Seen[lanes];
        for (var lane = 0; lane < lanes; lane++)
        {
            // Spread the remainder so the lanes hold nodes − 1 between them.
            var length = (nodes - 1) / lanes + (lane < (nodes - 1) % lanes ? 1 : 0);
            var previous = ticker.Output;
            for (var i = 0; i < length - 1; i++)
            {
                var map = graph.Add(new AddConstant { K = 1 }, MapName(lane, i));
                graph.Connect(previous, map.Value);
                previous = map.Output;
            }
            sinks[lane] = new Seen();
            graph.Connect(previous, graph.Add(sinks[lane], $"lane{lane}.sink").Value);
        }
        if (lanes > 1) graph.Distribute(ticker.Output, FanOut.RoundRobin);
        var middle = (nodes - 1) / lanes / 2 - 1;
        return new LiveLanes(graph, sinks, MapName(0, middle), MapName(0, middle + 1));
    }

    private static string MapName(int lane, int index) => $"lane{lane}.map{index}";
}
