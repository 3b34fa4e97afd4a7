using System.Globalization;
using System.Threading.Tasks.Dataflow;
using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// W8: newest-wins. N writes; a reader polls every <see cref="PollEvery"/> writes (or, in the graph,
/// once per schedule pass). Measures the write cost; the Counted column reports one run's overwrites
/// and mean staleness (how many newer values existed when a read value was taken).
/// The pipelined row runs the same graph with the reader on its own worker, reading as fast as it can
/// while the source writes: the concurrent case.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("5 W8 newest-wins")]
public class NewestWinsBenchmarks
{
    private const int PollEvery = 64;
    private readonly int _count = Sizes.Latest;
    private LatestSlot<long> _slot = null!;
    private NewestWins _graph = null!;
    private NewestWins _pipelinedGraph = null!;
    private readonly RunOptions _pipelined = new() { Executor = Executor.Pipelined() };

    public static long ItemsPerOperation => Sizes.Latest;

    [GlobalSetup]
    public void Setup()
    {
        _slot = new LatestSlot<long>("bench.Output->reader.Value");
        _graph = new NewestWins(source: new Counter { Count = _count });
        var expected = HandSlot();
        StreamBenchmarks.Check(nameof(LatestSlotWrite), expected, LatestSlotWrite());
        _pipelinedGraph = new NewestWins(source: new Counter { Count = _count });
        if (DaedalusGraph() != _count - 1) throw new InvalidOperationException("The newest-wins graph did not end on the newest value.");
        if (DaedalusPipelined() != _count - 1) throw new InvalidOperationException("The pipelined newest-wins graph did not end on the newest value.");
    }

    [Benchmark(Baseline = true, Description = "Hand-written slot (field + flag), poll every 64")]
    public long HandSlot()
    {
        long value = 0, last = 0, overwrites = 0;
        var full = false;
        for (long i = 0; i < _count; i++)
        {
            if (full) overwrites++;
            value = i;
            full = true;
            if (i % PollEvery == PollEvery - 1 && full)
            {
                last = value;
                full = false;
            }
        }
        return last + overwrites;
    }

    [Benchmark(Description = "LatestSlot<long>.Write, poll every 64")]
    public long LatestSlotWrite()
    {
        var slot = _slot;
        var before = slot.DroppedOldest;
        long last = 0;
        for (long i = 0; i < _count; i++)
        {
            slot.Write(i);
            if (i % PollEvery == PollEvery - 1 && slot.TryRead(out var value)) last = value;
        }
        return last + (slot.DroppedOldest - before);
    }

    [Benchmark(Description = "Daedalus graph, Edge.Latest (reader once per pass)")]
    public long DaedalusGraph()
    {
        _graph.Run();
        return _graph.Reader.Last;
    }

    [Benchmark(Description = "Daedalus graph, Edge.Latest, pipelined (concurrent reader)")]
    public long DaedalusPipelined()
    {
        _pipelinedGraph.Run(_pipelined);
        return _pipelinedGraph.Reader.Last;
    }

    [Benchmark(Description = "TPL BroadcastBlock Post, TryReceive every 64")]
    public long BroadcastBlockPost() => Broadcast(_count).Last;

    public static string Probe_LatestSlotWrite()
    {
        var slot = new LatestSlot<long>("probe");
        long reads = 0;
        for (long i = 0; i < Sizes.Latest; i++)
        {
            slot.Write(i);
            if (i % PollEvery == PollEvery - 1 && slot.TryRead(out _)) reads++;
        }
        return Describe(slot.DroppedOldest, reads, 0);
    }

    public static string Probe_DaedalusGraph()
    {
        var graph = new NewestWins(source: new Counter { Count = Sizes.Latest });
        graph.Reader.Source = graph.Source;
        graph.Run();
        return Describe(graph.Edges[0].DroppedOldest, graph.Reader.Reads, graph.Reader.Staleness);
    }

    public static string Probe_DaedalusPipelined()
    {
        var graph = new NewestWins(source: new Counter { Count = Sizes.Latest });
        graph.Reader.Source = graph.Source;
        var result = graph.Run(new RunOptions { Executor = Executor.Pipelined() });
        return Describe(result.Edges[0].DroppedOldest, graph.Reader.Reads, graph.Reader.Staleness);
    }

    public static string Probe_BroadcastBlockPost()
    {
        var (_, reads, staleness) = Broadcast(Sizes.Latest);
        return Describe(null, reads, staleness);
    }

    private static (long Last, long Reads, long Staleness) Broadcast(int count)
    {
        var block = new BroadcastBlock<long>(null);
        long last = 0, reads = 0, staleness = 0;
        for (long i = 0; i < count; i++)
        {
            block.Post(i);
            if (i % PollEvery == PollEvery - 1 && block.TryReceive(out var value))
            {
                last = value;
                reads++;
                staleness += i - value;
            }
        }
        block.Complete();
        block.Completion.GetAwaiter().GetResult();
        return (last, reads, staleness);
    }

    private static string Describe(long? overwrites, long reads, long staleness) =>
        string.Create(CultureInfo.InvariantCulture,
            $"overwrites {(overwrites is { } o ? o.ToString(CultureInfo.InvariantCulture) : "not counted")}, reads {reads}, mean staleness {(reads == 0 ? 0 : (double)staleness / reads):0.##}");
}
