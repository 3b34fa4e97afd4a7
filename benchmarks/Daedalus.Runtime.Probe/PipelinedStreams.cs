using Daedalus.Runtime;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Probe;

/// <summary>A stream through source → map → sink on blocking edges of capacity 1, 2 and 64, on the pipelined executor.</summary>
internal static class PipelinedStreams
{
    public static void Run(int items)
    {
        Stream(items / 10, Edge.Bounded(1)); // warm-up
        Console.WriteLine($"Pipelined: {items:N0} items through source → map → sink (load average {Usage.LoadAverage()})");
        foreach (var capacity in new[] { 1, 2, 64 })
        {
            var usage = Usage.Of(() => Stream(items, Edge.Bounded(capacity)));
            Console.WriteLine($"  Bounded({capacity,2})  {usage}  {usage.Wall.TotalNanoseconds / items,7:0} ns/item");
        }
        var fifo = Usage.Of(() => Stream(items, Edge.Fifo));
        Console.WriteLine($"  Fifo         {fifo}  {fifo.Wall.TotalNanoseconds / items,7:0} ns/item");
        Console.WriteLine($"  (load average {Usage.LoadAverage()} at the end)");
    }

    private static void Stream(int items, EdgePolicy policy)
    {
        var graph = new RuntimeGraph("stream");
        var source = graph.Add(new Numbers(items));
        var map = graph.Add(new Map(x => x + 1));
        var sink = new Tally();
        graph.Connect(source.Output, map.In, policy);
        graph.Connect(map.Out, graph.Add(sink).In, policy);
        graph.Run(new RunOptions { Executor = Executor.Pipelined() });
        if (sink.Count != items || sink.Last != items) throw new InvalidOperationException($"The sink saw {sink.Count} items, the last {sink.Last}.");
    }
}
