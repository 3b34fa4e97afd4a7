namespace Daedalus.Runtime.Tests.Execution;

/// <summary>The graph shapes the executor suites run, each with the sink that collects its output.</summary>
internal static class Shapes
{
    public static (RuntimeGraph Graph, Collect Sink) Chain(int items, int maps, EdgePolicy? policy = null)
    {
        var graph = new RuntimeGraph($"chain{maps}");
        var source = graph.Add(new Numbers(items));
        var output = source.Output;
        for (var i = 0; i < maps; i++)
        {
            var map = graph.Add(new Map(x => x + 1));
            graph.Connect(output, map.In, policy);
            output = map.Out;
        }
        var sink = new Collect();
        graph.Connect(output, graph.Add(sink).In, policy);
        return (graph, sink);
    }

    /// <summary>source → (x*3+1, x+1) → zip → sink.</summary>
    public static (RuntimeGraph Graph, Collect Sink) Diamond(int items, EdgePolicy? policy = null)
    {
        var graph = new RuntimeGraph("diamond");
        var source = graph.Add(new Numbers(items));
        var left = graph.Add(new Map());
        var right = graph.Add(new Map(x => x + 1));
        var zip = graph.Add(new Zip());
        var sink = new Collect();
        graph.Connect(source.Output, left.In, policy);
        graph.Connect(source.Output, right.In, policy);
        graph.Connect(left.Out, zip.Left, policy);
        graph.Connect(right.Out, zip.Right, policy);
        graph.Connect(zip.Out, graph.Add(sink).In, policy);
        return (graph, sink);
    }

    /// <summary><paramref name="sources"/> sources into one sink input.</summary>
    public static (RuntimeGraph Graph, Collect Sink) FanIn(int sources, int items, EdgePolicy? policy = null)
    {
        var graph = new RuntimeGraph("fanIn");
        var sink = new Collect();
        var input = graph.Add(sink).In;
        for (var s = 0; s < sources; s++)
        {
            var offset = s * 1_000_000L;
            var map = graph.Add(new Map(x => x + offset));
            graph.Connect(graph.Add(new Numbers(items)).Output, map.In, policy);
            graph.Connect(map.Out, input, policy);
        }
        return (graph, sink);
    }

    /// <summary>source → round-robin over three maps → one sink.</summary>
    public static (RuntimeGraph Graph, Collect Sink) RoundRobin(int items, EdgePolicy? policy = null)
    {
        var graph = new RuntimeGraph("roundRobin");
        var source = graph.Add(new Numbers(items));
        var sink = new Collect();
        var input = graph.Add(sink).In;
        for (var w = 0; w < 3; w++)
        {
            var map = graph.Add(new Map());
            graph.Connect(source.Output, map.In, policy);
            graph.Connect(map.Out, input, policy);
        }
        graph.Distribute(source.Output, FanOut.RoundRobin);
        return (graph, sink);
    }

    /// <summary>source → router (port node) → even sink, odd sink.</summary>
    public static (RuntimeGraph Graph, Collect Even, Collect Odd) Routed(int items, EdgePolicy? policy = null)
    {
        var graph = new RuntimeGraph("routed");
        var source = graph.Add(new Numbers(items));
        var router = graph.Add(new Router());
        var even = new Collect();
        var odd = new Collect();
        graph.Connect(source.Output, router.In, policy);
        graph.Connect(router.Even, graph.Add(even, "even").In, policy);
        graph.Connect(router.Odd, graph.Add(odd, "odd").In, policy);
        return (graph, even, odd);
    }

    /// <summary>A complete binary tree of maps under one source: <paramref name="depth"/> levels, a sink per leaf.</summary>
    public static (RuntimeGraph Graph, List<Collect> Sinks) BinaryTree(int depth, int items)
    {
        var graph = new RuntimeGraph("tree");
        var level = new List<OutputRef<long>> { graph.Add(new Numbers(items)).Output };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<OutputRef<long>>(level.Count * 2);
            foreach (var output in level)
            {
                for (var child = 0; child < 2; child++)
                {
                    var bit = child;
                    var map = graph.Add(new Map(x => x * 2 + bit));
                    graph.Connect(output, map.In);
                    next.Add(map.Out);
                }
            }
            level = next;
        }
        var sinks = new List<Collect>();
        foreach (var output in level)
        {
            var sink = new Collect();
            graph.Connect(output, graph.Add(sink).In);
            sinks.Add(sink);
        }
        return (graph, sinks);
    }

    /// <summary>
    /// A size × size wavefront: cell (r, c) zips its upper and left neighbours (sources along the top row
    /// and left column); the bottom-right cell feeds the sink.
    /// </summary>
    public static (RuntimeGraph Graph, Collect Sink) Grid(int size, int items)
    {
        var graph = new RuntimeGraph("grid");
        var above = new OutputRef<long>[size];
        for (var c = 0; c < size; c++) above[c] = graph.Add(new Numbers(items), $"top{c}").Output;
        for (var r = 0; r < size; r++)
        {
            var left = graph.Add(new Numbers(items), $"left{r}").Output;
            for (var c = 0; c < size; c++)
            {
                var cell = graph.Add(new Zip(), $"cell{r}_{c}");
                graph.Connect(above[c], cell.Left);
                graph.Connect(left, cell.Right);
                // Values wrap around (unchecked), the same way on every executor.
                above[c] = cell.Out;
                left = cell.Out;
            }
        }
        var sink = new Collect();
        graph.Connect(above[size - 1], graph.Add(sink).In);
        return (graph, sink);
    }
}
