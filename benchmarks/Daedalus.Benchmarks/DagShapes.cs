using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>The DAG shapes, built as run-time graphs from the nodes in DagNodes.cs.</summary>
public static class DagShapes
{
    /// <summary>A seed followed by <paramref name="tasks"/> chain tasks in a line.</summary>
    public static RuntimeGraph Chain(int tasks, TaskCounter counter)
    {
        var graph = new RuntimeGraph("chain");
        var previous = graph.Add(new Seed(), "seed").Output;
        for (var i = 0; i < tasks; i++)
        {
            var task = graph.Add(new ChainTask { Counter = counter }, "t" + i);
            graph.Connect(previous, task.Value);
            previous = task.Output;
        }
        return graph;
    }

    /// <summary>A complete binary tree of <paramref name="tasks"/> (2^k − 1) tasks below a seed; each task feeds its two children.</summary>
    public static RuntimeGraph Tree(int tasks, TaskCounter counter)
    {
        var graph = new RuntimeGraph("tree");
        var seed = graph.Add(new Seed(), "seed");
        var nodes = new TreeTask.Ports[tasks];
        for (var i = 0; i < tasks; i++)
        {
            nodes[i] = graph.Add(new TreeTask { Counter = counter }, "t" + i);
            graph.Connect(i == 0 ? seed.Output : nodes[(i - 1) / 2].Output, nodes[i].Value);
        }
        return graph;
    }

    /// <summary>A <paramref name="side"/>×<paramref name="side"/> grid: block (i, j) waits for (i−1, j) and (i, j−1).</summary>
    public static RuntimeGraph Wavefront(int side)
    {
        var graph = new RuntimeGraph("wavefront");
        var seed = graph.Add(new Seed(), "seed");
        var outputs = new OutputRef<long>[side, side];
        for (var i = 0; i < side; i++)
        {
            for (var j = 0; j < side; j++)
            {
                var name = $"b{i}_{j}";
                if (i > 0 && j > 0)
                {
                    var inner = graph.Add(new InnerBlock { I = i, J = j }, name);
                    graph.Connect(outputs[i, j - 1], inner.Left);
                    graph.Connect(outputs[i - 1, j], inner.Up);
                    outputs[i, j] = inner.Output;
                }
                else
                {
                    var edge = graph.Add(new EdgeBlock { I = i, J = j }, name);
                    graph.Connect(i == 0 && j == 0 ? seed.Output : i == 0 ? outputs[0, j - 1] : outputs[i - 1, 0], edge.From);
                    outputs[i, j] = edge.Output;
                }
            }
        }
        return graph;
    }
}
