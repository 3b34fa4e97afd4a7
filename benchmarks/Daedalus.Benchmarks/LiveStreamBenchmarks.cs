using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// Live graphs, push in and stream out: N <c>long</c> values written with <c>WriteAsync</c> into a
/// <see cref="Feed{T}"/>, mapped by one light node (x*3+1), read with a <see cref="LiveReader{T}"/>
/// (<c>await foreach</c>) and summed; against the same work hand-wired with two bounded Channels and a task that maps.
/// Both keep running between operations (each operation pushes N more items through), and both buffer 1,024 items
/// per hop. The setup checks that both compute the hand loop's sum.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("L3 Live stream")]
[Config(typeof(LiveConfigs.Stream))]
public class LiveStreamBenchmarks
{
    private const int Capacity = 1024;
    private readonly int _count = Sizes.LiveItems;
    private LiveGraph _live = null!;
    private FeedWriter<long> _feed = null!;
    private LiveReader<long> _reader = null!;
    private Channel<long> _in = null!;
    private Channel<long> _out = null!;
    private Task _mapper = null!;

    public static long ItemsPerOperation => Sizes.LiveItems;

    [GlobalSetup]
    public void Setup()
    {
        var graph = new RuntimeGraph("stream");
        var map = graph.Add(new TimesThreePlusOne(), "map");
        graph.Connect(graph.Add(new Feed<long>(Capacity), "feed").Output, map.Value, Edge.Bounded(Capacity));
        _live = graph.Start();
        _reader = _live.Read<long>("map", "Output", Edge.Bounded(Capacity));
        _feed = _live.Writer<long>("feed");

        var options = new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        _in = Channel.CreateBounded<long>(options);
        _out = Channel.CreateBounded<long>(options);
        _mapper = Task.Run(() => Map(_in.Reader, _out.Writer));

        long expected = 0;
        for (long i = 0; i < _count; i++) expected += i * 3 + 1;
        StreamBenchmarks.Check(nameof(Channels), expected, Channels().GetAwaiter().GetResult());
        StreamBenchmarks.Check(nameof(LiveGraph), expected, LiveGraph().GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _in.Writer.Complete();
        _mapper.GetAwaiter().GetResult();
        // A graph stops once its readers read everything or were disposed; every operation read what it wrote.
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var result = _live.StopAsync().GetAwaiter().GetResult();
        LiveCommits.CheckAccounting(result);
        if (result.Accounting.Orphaned != 0) throw new InvalidOperationException($"The stream left items behind: {result.Accounting}.");
    }

    [Benchmark(Baseline = true, Description = "Channels: bounded(1024) in, task maps, bounded(1024) out")]
    public Task<long> Channels() => Pump(_in.Writer, _out.Reader.ReadAllAsync());

    [Benchmark(Description = "Live graph: FeedWriter -> Feed -> map node -> LiveReader")]
    public Task<long> LiveGraph() => Pump(_feed, _reader);

    /// <summary>Writes 0 .. N-1 from a pool thread while this one reads N items and sums them.</summary>
    private async Task<long> Pump(ChannelWriter<long> writer, IAsyncEnumerable<long> reader)
    {
        var count = _count;
        var writing = Task.Run(async () =>
        {
            for (long i = 0; i < count; i++) await writer.WriteAsync(i).ConfigureAwait(false);
        });
        long sum = 0;
        var read = 0;
        await foreach (var item in reader.ConfigureAwait(false))
        {
            sum += item;
            if (++read == count) break;
        }
        await writing.ConfigureAwait(false);
        return sum;
    }

    private static async Task Map(ChannelReader<long> reader, ChannelWriter<long> writer)
    {
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var x)) await writer.WriteAsync(x * 3 + 1).ConfigureAwait(false);
        }
        writer.Complete();
    }
}
