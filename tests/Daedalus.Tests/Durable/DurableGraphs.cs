using Daedalus.Runtime;

namespace Daedalus.Tests.Durable;

/// <summary>Builds the test DAG: chunks → summaries → a binary tree of merges → one final sink.</summary>
public static class DurableGraphs
{
    /// <summary>
    /// <paramref name="chunks"/> (a power of two) chunks of <paramref name="size"/> values, chunk i seeded with i, or with
    /// <paramref name="seedOf"/>(i) when given.
    /// </summary>
    public static (RuntimeGraph Graph, Final Final) Tree(int chunks, Journal journal, int size = 100, Func<int, int>? seedOf = null)
    {
        var graph = new RuntimeGraph("durable-tree");
        var level = new List<OutputRef<ChunkStats>>();
        for (var i = 0; i < chunks; i++)
        {
            var chunk = graph.Add(new Chunk { Seed = seedOf?.Invoke(i) ?? i, Size = size, Journal = journal }, $"chunk{i}");
            var summary = graph.Add(new Summarize { Id = $"summary{i}", Journal = journal }, $"summary{i}");
            graph.Connect(chunk.Output, summary.Value);
            level.Add(summary.Stats);
        }
        var merges = 0;
        while (level.Count > 1)
        {
            var next = new List<OutputRef<ChunkStats>>();
            for (var i = 0; i < level.Count; i += 2)
            {
                var merge = graph.Add(new Merge { Journal = journal }, $"merge{merges++}");
                graph.Connect(level[i], merge.Left);
                graph.Connect(level[i + 1], merge.Right);
                next.Add(merge.Output);
            }
            level = next;
        }
        var final = new Final();
        var sink = graph.Add(final, "final");
        graph.Connect(level[0], sink.Stats);
        return (graph, final);
    }

    /// <summary>The statistics the tree computes, without any graph.</summary>
    public static ChunkStats Expected(int chunks, int size = 100)
    {
        long count = 0, sum = 0, max = 0;
        for (var i = 0; i < chunks; i++)
        {
            var random = new Random(i);
            for (var j = 0; j < size; j++)
            {
                var value = random.Next(1_000);
                count++;
                sum += value;
                max = Math.Max(max, value);
            }
        }
        return new ChunkStats(count, sum, max);
    }
}
