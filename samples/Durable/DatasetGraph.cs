using Daedalus;
using Daedalus.Runtime;

namespace Durable;

/// <summary>
/// The sample's DAG: one reader and one summary per chunk, a binary tree of merges, a digest and the report.
/// <c>chunks</c> chunks make 3 × chunks + 1 nodes (a chunk count that is not a power of two leaves an odd group to pass up a level).
/// </summary>
public static class DatasetGraph
{
    public static (RuntimeGraph Graph, Report Report) Build(int chunks, int rows)
    {
        var graph = new RuntimeGraph("dataset");
        var level = new List<OutputRef<Statistics>>(chunks);
        for (var i = 0; i < chunks; i++)
        {
            var readings = graph.Add(new Readings { Chunk = i, Rows = rows }, $"readings{i}");
            var summary = graph.Add(new Summarize(), $"summary{i}");
            graph.Connect(readings.Output, summary.Reading);
            level.Add(summary.Statistics);
        }
        var merges = 0;
        while (level.Count > 1)
        {
            var next = new List<OutputRef<Statistics>>((level.Count + 1) / 2);
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
        var digest = graph.Add(new Digest(), "digest");
        graph.Connect(level[0], digest.Total);
        var report = new Report();
        graph.Connect(digest.Output, graph.Add(report, "report").Digest);
        return (graph, report);
    }
}
