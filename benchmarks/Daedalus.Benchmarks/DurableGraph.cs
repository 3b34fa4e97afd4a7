using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// The durable suite's DAG: a reader and a sum per chunk, a binary tree of merges and one sink, so
/// <c>chunks</c> chunks make 3 × chunks nodes (an odd group at a level passes up to the next).
/// </summary>
public static class DurableGraph
{
    public static (RuntimeGraph Graph, GrandTotal Total) Build(int chunks, int rows)
    {
        var graph = new RuntimeGraph("durable-bench");
        var level = new List<OutputRef<long>>(chunks);
        for (var i = 0; i < chunks; i++)
        {
            var readings = graph.Add(new ChunkReadings { Chunk = i, Rows = rows }, $"readings{i}");
            var sum = graph.Add(new ChunkSum(), $"sum{i}");
            graph.Connect(readings.Output, sum.Reading);
            level.Add(sum.Sum);
        }
        var merges = 0;
        while (level.Count > 1)
        {
            var next = new List<OutputRef<long>>((level.Count + 1) / 2);
            for (var i = 0; i + 1 < level.Count; i += 2)
            {
                var merge = graph.Add(new MergeSums(), $"merge{merges++}");
                graph.Connect(level[i], merge.Left);
                graph.Connect(level[i + 1], merge.Right);
                next.Add(merge.Output);
            }
            if (level.Count % 2 == 1) next.Add(level[^1]);
            level = next;
        }
        var total = new GrandTotal();
        graph.Connect(level[0], graph.Add(total, "total").Total);
        return (graph, total);
    }
}
