namespace Daedalus.Tests.Durable;

/// <summary>A generated graph of the durable tests: four chunks, their summaries, three merges and the final sink.</summary>
[Graph]
public sealed partial class CompiledTree
{
    static void Define(GraphBuilder g)
    {
        var chunk0 = g.Add(new Chunk { Seed = 0 });
        var chunk1 = g.Add(new Chunk { Seed = 1 });
        var chunk2 = g.Add(new Chunk { Seed = 2 });
        var chunk3 = g.Add(new Chunk { Seed = 3 });
        var summary0 = g.Add(new Summarize());
        var summary1 = g.Add(new Summarize());
        var summary2 = g.Add(new Summarize());
        var summary3 = g.Add(new Summarize());
        var left = g.Add(new Merge());
        var right = g.Add(new Merge());
        var root = g.Add(new Merge());
        var final = g.Add(new Final());
        g.Connect(chunk0.Output, summary0.Value);
        g.Connect(chunk1.Output, summary1.Value);
        g.Connect(chunk2.Output, summary2.Value);
        g.Connect(chunk3.Output, summary3.Value);
        g.Connect(summary0.Stats, left.Left);
        g.Connect(summary1.Stats, left.Right);
        g.Connect(summary2.Stats, right.Left);
        g.Connect(summary3.Stats, right.Right);
        g.Connect(left.Output, root.Left);
        g.Connect(right.Output, root.Right);
        g.Connect(root.Output, final.Stats);
    }
}
