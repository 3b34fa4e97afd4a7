using Daedalus.Runtime;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Properties;

/// <summary>
/// A random DAG of deterministic nodes, reproducible from its seed: sources of equal length, maps, zips of
/// equally long streams, a two-output node, round-robin splits, FIFO and small blocking bounded edges, and a
/// collecting sink on every output left open. With <c>fanIn</c>, some sinks also merge two streams.
/// </summary>
internal sealed class RandomDag
{
    private readonly Random _random;
    private readonly List<OpenOutput> _outputs = [];

    private RandomDag(int seed, bool fanIn)
    {
        _random = new Random(seed);
        Graph = new RuntimeGraph($"random{seed}");
        var items = _random.Next(1, 300);
        var sources = _random.Next(1, 4);
        for (var s = 0; s < sources; s++)
        {
            var range = Graph.Add(new Range { From = s * 1000, To = s * 1000 + items - 1 }, $"source{s}");
            _outputs.Add(new OpenOutput(range.Output, items));
        }
        var nodes = _random.Next(3, 30);
        for (var i = 0; i < nodes; i++) AddNode(i);
        if (fanIn) AddMergingSinks();
        CloseOpenOutputs();
    }

    public RuntimeGraph Graph { get; }

    /// <summary>Every sink, with whether it merges several streams (so only its multiset is deterministic).</summary>
    public List<(Collect<int> Sink, bool Merges)> Sinks { get; } = [];

    public static RandomDag Build(int seed, bool fanIn = false) => new(seed, fanIn);

    private void AddNode(int i)
    {
        switch (_random.Next(6))
        {
            case 0:
                var scale = Graph.Add(new Scale { Factor = _random.Next(-3, 4) }, $"scale{i}");
                Feed(scale.Value, out var scaled);
                _outputs.Add(new OpenOutput(scale.Output, scaled));
                break;
            case 1:
                var addOne = Graph.Add(new AddOne(), $"addOne{i}");
                Feed(addOne.Value, out var added);
                _outputs.Add(new OpenOutput(addOne.Output, added));
                break;
            case 2:
                AddZip(i);
                break;
            case 3:
                var divMod = Graph.Add(new DivMod { Divisor = _random.Next(1, 5) }, $"divMod{i}");
                Feed(divMod.Value, out var divided);
                _outputs.Add(new OpenOutput(divMod.Quotient, divided));
                _outputs.Add(new OpenOutput(divMod.Remainder, divided));
                break;
            case 4:
                AddRoundRobin(i);
                break;
            default:
                var collect = new Collect<int>();
                Feed(Graph.Add(collect, $"sink{i}").Item, out _);
                Sinks.Add((collect, false));
                break;
        }
    }

    /// <summary>A zip of two streams of the same length (a zip of unequal streams leaves items queued).</summary>
    private void AddZip(int i)
    {
        var candidates = _outputs.Where(o => !o.RoundRobin).ToList();
        var pairs = (from a in candidates from b in candidates where a != b && a.Count == b.Count select (a, b)).ToList();
        if (pairs.Count == 0) return;
        var (left, right) = pairs[_random.Next(pairs.Count)];
        var add = Graph.Add(new Add(), $"add{i}");
        Connect(left, add.Left);
        Connect(right, add.Right);
        _outputs.Add(new OpenOutput(add.Output, left.Count));
    }

    /// <summary>An output nobody reads yet, split round-robin over two or three maps.</summary>
    private void AddRoundRobin(int i)
    {
        var free = _outputs.Where(o => !o.Connected).ToList();
        if (free.Count == 0) return;
        var source = free[_random.Next(free.Count)];
        var ways = _random.Next(2, 4);
        for (var k = 0; k < ways; k++)
        {
            var map = Graph.Add(new AddOne(), $"rr{i}_{k}");
            Connect(source, map.Value);
            _outputs.Add(new OpenOutput(map.Output, source.Count / ways + (k < source.Count % ways ? 1 : 0)));
        }
        Graph.Distribute(source.Ref, FanOut.RoundRobin);
        source.RoundRobin = true;
    }

    private void AddMergingSinks()
    {
        for (var k = 0; k < 2; k++)
        {
            var candidates = _outputs.Where(o => !o.RoundRobin).ToList();
            var collect = new Collect<int>();
            var sink = Graph.Add(collect, $"merge{k}");
            var first = candidates[_random.Next(candidates.Count)];
            var second = candidates.Where(o => o != first).DefaultIfEmpty(first).ElementAt(0);
            Connect(first, sink.Item);
            if (second != first) Connect(second, sink.Item);
            Sinks.Add((collect, true));
        }
    }

    private void CloseOpenOutputs()
    {
        foreach (var output in _outputs.Where(o => !o.Connected).ToList())
        {
            var collect = new Collect<int>();
            Connect(output, Graph.Add(collect, $"open{Sinks.Count}").Item);
            Sinks.Add((collect, false));
        }
    }

    /// <summary>Connects a random broadcast output to <paramref name="input"/>; <paramref name="count"/> is how many items it carries.</summary>
    private void Feed(InputRef<int> input, out int count)
    {
        var candidates = _outputs.Where(o => !o.RoundRobin).ToList();
        var output = candidates[_random.Next(candidates.Count)];
        Connect(output, input);
        count = output.Count;
    }

    private void Connect(OpenOutput output, InputRef<int> input)
    {
        var policy = _random.Next(3) switch
        {
            0 => Edge.Bounded(_random.Next(1, 5)),
            1 => Edge.Bounded(_random.Next(1, 64), Overflow.Block),
            _ => Edge.Fifo,
        };
        Graph.Connect(output.Ref, input, policy);
        output.Connected = true;
    }

    private sealed class OpenOutput(OutputRef<int> output, int count)
    {
        public OutputRef<int> Ref { get; } = output;
        public int Count { get; } = count;
        public bool Connected { get; set; }
        public bool RoundRobin { get; set; }
    }
}
