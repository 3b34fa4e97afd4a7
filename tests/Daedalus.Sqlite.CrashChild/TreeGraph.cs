using Daedalus.Runtime;

namespace Daedalus.Sqlite.CrashChild;

/// <summary>The run-time DAG: chunks → summaries → a tree of merges → the final sink (3 × chunks nodes).</summary>
public static class TreeGraph
{
    public static (RuntimeGraph Graph, Final Final) Build(int chunks)
    {
        var graph = new RuntimeGraph("crash-tree");
        var level = new List<OutputRef<Stats>>(chunks);
        for (var i = 0; i < chunks; i++)
        {
            var chunk = graph.Add(new Chunk { Seed = i }, $"chunk{i}");
            var summary = graph.Add(new Summarize { Name = $"summary{i}" }, $"summary{i}");
            graph.Connect(chunk.Output, summary.Value);
            level.Add(summary.Stats);
        }
        var merges = 0;
        while (level.Count > 1)
        {
            var next = new List<OutputRef<Stats>>();
            for (var i = 0; i + 1 < level.Count; i += 2)
            {
                var merge = graph.Add(new Merge(), $"merge{merges++}");
                graph.Connect(level[i], merge.Left);
                graph.Connect(level[i + 1], merge.Right);
                next.Add(merge.Output);
            }
            if (level.Count % 2 == 1) next.Add(level[^1]);
            level = next;
        }
        var final = new Final();
        graph.Connect(level[0], graph.Add(final, "final").Stats);
        return (graph, final);
    }
}
