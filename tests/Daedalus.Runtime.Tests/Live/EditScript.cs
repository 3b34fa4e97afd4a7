using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests.Live;

/// <summary>
/// Random edits to a running chain <c>src → inc1 → inc2 → inc3 → sink</c> (each <c>inc</c> adds 1), chosen by a seed:
/// resizes and policy changes, identity nodes inserted into and removed from the chain (the producer paused until the
/// edge drained, so the chain itself orphans nothing), reconfigurations, side branches added and removed (which may
/// orphan and drop), and pauses. Keeps the chain's names so the final graph can be rebuilt and run statically.
/// </summary>
internal sealed class EditScript(LiveGraph live, Random random)
{
    private readonly List<string> _chain = ["src", "inc1", "inc2", "inc3", "sink"];
    private readonly List<string> _sides = [];
    private readonly Dictionary<string, int> _threads = [];
    private int _next;

    public IReadOnlyList<string> Chain => _chain;

    public HashSet<string> Reconfigured { get; } = [];

    public static EdgePolicy? LosslessPolicy(Random random) => random.Next(4) switch
    {
        0 => Edge.Bounded(random.Next(1, 33)),
        1 => Edge.Fifo,
        2 => Edge.Default(random.Next(1, 65)),
        _ => null,
    };

    public static RuntimeGraph Build(string name, Func<Random, EdgePolicy?> policy, Random random, out Collect sink, Feed<long>? feed = null, long items = 0)
    {
        var graph = new RuntimeGraph(name);
        sink = new Collect();
        OutputRef<long> output = feed is null ? graph.Add(new Numbers(items), "src").Output : graph.Add(feed, "src").Output;
        for (var i = 1; i <= 3; i++)
        {
            var inc = graph.Add(new Map(x => x + 1), $"inc{i}");
            graph.Connect(output, inc.In, policy(random));
            output = inc.Out;
        }
        graph.Connect(output, graph.Add(sink, "sink").In, policy(random));
        return graph;
    }

    public void RememberThreads()
    {
        foreach (var node in live.Nodes) _threads.TryAdd(node, live.NodeStatus(node).WorkerThreadId);
    }

    /// <summary>Every node that was running before keeps its worker thread, whatever was edited.</summary>
    public void CheckThreads()
    {
        foreach (var node in live.Nodes)
        {
            if (_threads.TryGetValue(node, out var thread)) Assert.Equal(thread, live.NodeStatus(node).WorkerThreadId);
        }
        RememberThreads();
    }

    public async Task Step()
    {
        var instances = live.Nodes.ToDictionary(node => node, live.NodeInstance);
        string? reconfigured = null;
        switch (random.Next(7))
        {
            case 0:
                Resize();
                break;
            case 1:
                await Insert();
                break;
            case 2:
                await RemoveInserted();
                break;
            case 3:
                reconfigured = Reconfigure();
                break;
            case 4:
                AddSide();
                break;
            case 5:
                RemoveSide();
                break;
            default:
                await PauseBriefly();
                break;
        }
        foreach (var node in live.Nodes)
        {
            if (node != reconfigured && instances.TryGetValue(node, out var before)) Assert.Same(before, live.NodeInstance(node));
        }
        CheckThreads();
    }

    private static string Out(string node) => node == "src" ? "Output" : "Out";

    private void Resize()
    {
        var i = random.Next(_chain.Count - 1);
        var policy = LosslessPolicy(random) ?? Edge.Default();
        var edit = live.Edit(CommitMode.Auto).SetPolicy(_chain[i], Out(_chain[i]), _chain[i + 1], "In", policy);
        Assert.Equal(0, edit.Pending);
        Assert.Equal(0, edit.Results.Single().Orphaned);
    }

    private async Task Insert()
    {
        var i = random.Next(_chain.Count - 1);
        var (from, to) = (_chain[i], _chain[i + 1]);
        var id = $"id{++_next}";
        await Drained(from, to);
        var commit = live.Edit()
            .AddNode(id, new Map(x => x))
            .Disconnect(from, Out(from), to, "In")
            .Connect(from, Out(from), id, "In", LosslessPolicy(random))
            .Connect(id, "Out", to, "In", LosslessPolicy(random))
            .Commit();
        live.Resume(from);
        Assert.Equal((1, 2, 1, 0L), (commit.NodesAdded, commit.EdgesAdded, commit.EdgesRemoved, commit.Orphaned));
        _chain.Insert(i + 1, id);
    }

    private async Task RemoveInserted()
    {
        var i = _chain.FindIndex(node => node.StartsWith("id", StringComparison.Ordinal));
        if (i < 0) return;
        var (from, id, to) = (_chain[i - 1], _chain[i], _chain[i + 1]);
        await Drained(from, id);
        await Eventually.True(() => Depth(id, to) == 0, $"{id} -> {to} drains");
        var commit = live.Edit().RemoveNode(id).Connect(from, Out(from), to, "In", LosslessPolicy(random)).Commit();
        live.Resume(from);
        Assert.Equal((1, 1, 2, 0L), (commit.NodesRemoved, commit.EdgesAdded, commit.EdgesRemoved, commit.Orphaned));
        _chain.RemoveAt(i);
    }

    private string Reconfigure()
    {
        var node = $"inc{random.Next(1, 4)}";
        var commit = live.Edit().Reconfigure(node, new Map(x => x + 1)).Commit();
        Assert.Equal(1, commit.NodesReconfigured + commit.NodesUnchanged - (live.Nodes.Count - 1));
        if (commit.NodesReconfigured == 1) Reconfigured.Add(node);
        return node;
    }

    private void AddSide()
    {
        var side = $"side{++_next}";
        // Not an inserted identity node: removing it would leave the side's input unconnected (DAE0002, rejected).
        var fixedNodes = _chain.Where(node => !node.StartsWith("id", StringComparison.Ordinal) && node != "sink").ToList();
        var from = fixedNodes[random.Next(fixedNodes.Count)];
        EdgePolicy policy = random.Next(3) switch
        {
            0 => Edge.Bounded(random.Next(1, 9), Overflow.DropOldest),
            1 => Edge.Bounded(random.Next(1, 9), Overflow.DropNewest),
            _ => Edge.Latest,
        };
        var commit = live.Edit().AddNode(side, new Collect()).Connect(from, Out(from), side, "In", policy).Commit();
        Assert.Equal((1, 1, 0), (commit.NodesAdded, commit.EdgesAdded, commit.EdgesRemoved));
        _sides.Add(side);
    }

    private void RemoveSide()
    {
        if (_sides.Count == 0) return;
        var side = _sides[random.Next(_sides.Count)];
        var commit = live.Edit().RemoveNode(side).Commit();
        Assert.Equal(1, commit.NodesRemoved);
        _sides.Remove(side);
    }

    private async Task PauseBriefly()
    {
        var node = _chain[random.Next(_chain.Count)];
        live.Pause(node);
        Assert.True(live.NodeStatus(node).IsPaused);
        await Task.Delay(random.Next(3));
        live.Resume(node);
    }

    /// <summary>Pauses <paramref name="from"/> and waits until the edge to <paramref name="to"/> is empty (the caller resumes it).</summary>
    private async Task Drained(string from, string to)
    {
        live.Pause(from);
        await Eventually.True(() => Depth(from, to) == 0, $"{from} -> {to} drains");
    }

    // The last row with the id: an edge removed earlier between the same ports comes first.
    private int Depth(string from, string to) => live.Snapshot().Run.Edges.Last(edge => edge.Id == $"{from}.{Out(from)}->{to}.In").LeftQueued;
}
