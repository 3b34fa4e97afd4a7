using System.Diagnostics;
using System.Numerics;
using Daedalus.Runtime.Tests.Execution;

namespace Daedalus.Runtime.Tests;

/// <summary>
/// Hand-offs paced so that the waiting side is about to go to sleep just as the other side writes or
/// reads: a lost wake-up would leave it asleep for good on a capacity-1 edge, which the deadline turns
/// into a failure instead of a hang. (Removing the waiter's re-check after it arms makes these hang.)
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class WakeUpTests
{
    private const string Id = "producer.Out->consumer.In";
    private const int Items = 10_000;

    // A waiter spins for a few microseconds and yields for 100 (WaitSignal.YieldBudget) before it arms
    // and sleeps; pauses around that make the other side's write or read land while it arms.
    private const int MinPauseMicroseconds = 90;
    private const int MaxPauseMicroseconds = 120;

    [Fact]
    public void A_consumer_going_to_sleep_is_woken_by_every_write()
    {
        var ring = new SpscRing<int>(Id, 1, Overflow.Block);
        var received = 0;
        Concurrently.Run(
            stop => PacedProducer(ring, seed: 12, offset: 0, stop),
            stop =>
            {
                while (ring.WaitToRead(stop))
                {
                    var item = ring.Take();
                    if (item != received) Assert.Fail($"Read {item} where {received} was due.");
                    received++;
                }
            });

        Assert.Equal(Items, received);
        Counts.AssertCounters(ring, written: Items, delivered: Items, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void A_producer_going_to_sleep_is_woken_by_every_read()
    {
        var ring = new SpscRing<int>(Id, 1, Overflow.Block);
        var received = 0;
        Concurrently.Run(
            stop =>
            {
                // Each write after the first waits for room from the moment the item before was written.
                for (var i = 0; i < Items; i++) ring.Write(i, stop);
                ring.Complete();
            },
            stop =>
            {
                var random = new Random(34);
                while (ring.WaitToRead(stop))
                {
                    Pause(random, stop);
                    var item = ring.Take();
                    if (item != received) Assert.Fail($"Read {item} where {received} was due.");
                    received++;
                }
            });

        Assert.Equal(Items, received);
    }

    [Fact]
    public void A_fan_in_consumer_going_to_sleep_is_woken_by_each_producer()
    {
        var fanIn = new FanIn<long>(["a.Out->merge.In", "b.Out->merge.In"], 1, Overflow.Block);
        long received = 0;
        Concurrently.Run(
            stop => PacedProducer(fanIn[0], seed: 56, offset: 0, stop),
            stop => PacedProducer(fanIn[1], seed: 78, offset: Items, stop),
            stop =>
            {
                while (fanIn.WaitToRead(stop))
                {
                    while (fanIn.TryRead(out _)) received++;
                }
            });

        Assert.Equal(2 * Items, received);
    }

    [Theory]
    [InlineData("pipelined")]
    [InlineData("pooled-pipelined")]
    public void A_pipelined_run_with_stalling_stages_finishes(string executor)
    {
        // Each stage pauses for every item, so its neighbours wait on full and empty capacity-1 edges.
        const int items = Items / 4;
        var graph = new RuntimeGraph("stalling");
        var output = graph.Add(new Numbers(items), "source").Output;
        for (var stage = 0; stage < 3; stage++)
        {
            var map = graph.Add(new Map(PacedMap(seed: stage)), $"stage{stage}");
            graph.Connect(output, map.In, Edge.Bounded(1));
            output = map.Out;
        }
        var sink = new Collect();
        graph.Connect(output, graph.Add(sink, "sink").In, Edge.Bounded(1));

        var result = Executors.Run(graph, executor);

        Assert.True(result.Succeeded);
        Assert.Equal(Enumerable.Range(0, items).Select(i => (long)i), sink.Items);
    }

    private static Func<long, CancellationToken, long> PacedMap(int seed)
    {
        var random = new Random(seed);
        return (x, token) =>
        {
            Pause(random, token);
            return x;
        };
    }

    // Writes each item a pause after the consumer took the one before, that is after it began to wait.
    private static void PacedProducer<T>(SpscRing<T> ring, int seed, long offset, CancellationToken stop) where T : INumber<T>
    {
        var random = new Random(seed);
        for (var i = 0; i < Items; i++)
        {
            var spinner = new SpinWait();
            while (ring.Count > 0)
            {
                stop.ThrowIfCancellationRequested();
                spinner.SpinOnce(sleep1Threshold: -1);
            }
            Pause(random, stop);
            ring.Write(T.CreateChecked(offset + i), stop);
        }
        ring.Complete();
    }

    // Busy, not Thread.Sleep: a sleep lasts at least a scheduler tick, far longer than the waits under test.
    private static void Pause(Random random, CancellationToken stop)
    {
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * random.Next(MinPauseMicroseconds, MaxPauseMicroseconds) / 1_000_000;
        while (Stopwatch.GetTimestamp() < until) stop.ThrowIfCancellationRequested();
    }
}
