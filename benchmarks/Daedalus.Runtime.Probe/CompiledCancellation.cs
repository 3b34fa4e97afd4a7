using System.Diagnostics;
using Daedalus;
using Daedalus.Runtime;

namespace Daedalus.Probe;

/// <summary>
/// How long the compiled <c>Run()</c> takes to stop once its token is cancelled: from <c>Cancel()</c> to the
/// <see cref="GraphCanceledException"/> caught on the run's own thread, for three endless graphs (a source
/// batch fused into slow work, a consumer draining a long queue of slow items, a Block edge of 64).
/// Informal, like the rest of the probe: it measures whatever else the machine is doing.
/// </summary>
internal static class CompiledCancellation
{
    public static void Run(int runs)
    {
        Console.WriteLine($"Compiled Run(): Cancel() → GraphCanceledException, {runs} runs per graph (load average {LoadAverage()})");
        Report("source batch fused into 5 µs of work", runs, () => new FusedEndless());
        Report("consumer draining a queue, 5 µs per item", runs, () => new QueuedEndless());
        Report("Block edge of 64 into a sink", runs, () => new BlockEndless());
        Console.WriteLine($"  (load average {LoadAverage()} at the end)");
    }

    private static void Report(string name, int runs, Func<IEndless> create)
    {
        var latencies = new List<double>(runs);
        var random = new Random(7);
        for (var i = 0; i < runs; i++) latencies.Add(Once(create(), TimeSpan.FromMilliseconds(random.Next(1, 20))));
        latencies.Sort();
        double At(double quantile) => latencies[(int)Math.Ceiling(quantile * latencies.Count) - 1];
        Console.WriteLine($"  {name,-44} median {At(0.5),7:0.000} ms  p90 {At(0.9),7:0.000} ms  p99 {At(0.99),7:0.000} ms  max {latencies[^1],7:0.000} ms");
    }

    /// <summary>Runs the graph until it has moved items for <paramref name="after"/>, cancels it, and returns the latency in ms.</summary>
    private static double Once(IEndless graph, TimeSpan after)
    {
        using var cancellation = new CancellationTokenSource();
        long cancelledAt = 0, stoppedAt = 0;
        var run = new Thread(() =>
        {
            try
            {
                graph.Run(cancellation.Token);
            }
            catch (GraphCanceledException)
            {
                stoppedAt = Stopwatch.GetTimestamp();
            }
        });
        run.Start();
        SpinWait.SpinUntil(() => graph.Seen > 0);
        Thread.Sleep(after);
        cancelledAt = Stopwatch.GetTimestamp();
        cancellation.Cancel();
        run.Join();
        if (stoppedAt == 0) throw new InvalidOperationException("The run did not end with GraphCanceledException.");
        return Stopwatch.GetElapsedTime(cancelledAt, stoppedAt).TotalMilliseconds;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

/// <summary>A graph that runs until cancelled, and how many items its sink has seen.</summary>
internal interface IEndless
{
    long Seen { get; }

    void Run(CancellationToken cancellationToken);
}

/// <summary>Counts for ever.</summary>
[Node]
public sealed partial class Ticks
{
    [Process]
    public IEnumerable<long> Run()
    {
        for (long i = 0; ; i++) yield return i;
    }
}

/// <summary>About 5 µs of work per item.</summary>
[Node]
public sealed partial class Work
{
    [Process]
    public long Run(long value)
    {
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 200_000;
        while (Stopwatch.GetTimestamp() < until) { }
        return value;
    }
}

/// <summary>Remembers how many items it saw.</summary>
[Node]
public sealed partial class Seen
{
    private long _count;

    public long Count => Volatile.Read(ref _count);

    [Process]
    public void Add(long value) => Volatile.Write(ref _count, _count + 1);
}

[Graph]
public sealed partial class FusedEndless : IEndless
{
    long IEndless.Seen => Sink.Count;

    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Ticks());
        var work = g.Add(new Work());
        var sink = g.Add(new Seen());
        g.Connect(source.Output, work.Value);
        g.Connect(work.Output, sink.Value);
    }
}

[Graph]
public sealed partial class QueuedEndless : IEndless
{
    long IEndless.Seen => Sink.Count;

    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Ticks());
        var work = g.Add(new Work());
        var sink = g.Add(new Seen());
        g.Connect(source.Output, work.Value, Edge.Queued);
        g.Connect(work.Output, sink.Value);
    }
}

[Graph]
public sealed partial class BlockEndless : IEndless
{
    long IEndless.Seen => Sink.Count;

    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Ticks());
        var sink = g.Add(new Seen());
        g.Connect(source.Output, sink.Value, Edge.Bounded(64));
    }
}
