namespace Daedalus.Runtime.Tests;

/// <summary>
/// A drop-oldest ring's producer evicts the oldest item while its consumer checks for an item and then
/// takes it. Once the consumer has seen an item waiting, the take must find one: eviction may replace the
/// item it saw, never leave the ring empty.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class DropOldestRaceTests
{
    private const string Id = "producer.Out->consumer.In";
    private const int Items = 1_000_000;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_take_after_wait_to_read_always_finds_an_item(int capacity)
    {
        var ring = new SpscRing<int>(Id, capacity, Overflow.DropOldest);
        long consumed = 0;
        Concurrently.Run(
            stop => ProduceAndComplete(ring, stop),
            stop =>
            {
                var last = -1;
                while (ring.WaitToRead(stop))
                {
                    var item = ring.Take();
                    if (item <= last) Assert.Fail($"Read {item} after {last}.");
                    last = item;
                    consumed++;
                }
            });

        AssertEveryItemDeliveredOrDropped(ring, consumed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_take_after_a_positive_count_always_finds_an_item(int capacity)
    {
        var ring = new SpscRing<int>(Id, capacity, Overflow.DropOldest);
        long consumed = 0;
        Concurrently.Run(
            stop => ProduceAndComplete(ring, stop),
            stop =>
            {
                // The adapters' pattern: check, then take, with no wait in between.
                var last = -1;
                while (!ring.IsCompleted)
                {
                    stop.ThrowIfCancellationRequested();
                    if (ring.Count == 0) continue;
                    var item = ring.Take();
                    if (item <= last) Assert.Fail($"Read {item} after {last}.");
                    last = item;
                    consumed++;
                }
            });

        AssertEveryItemDeliveredOrDropped(ring, consumed);
    }

    [Fact]
    public void A_fan_in_read_after_wait_to_read_always_finds_an_item()
    {
        const int producers = 3;
        var fanIn = new FanIn<long>(Enumerable.Range(0, producers).Select(p => $"source{p}.Out->merge.In").ToArray(), 1, Overflow.DropOldest);
        long consumed = 0;
        var lastOf = Enumerable.Repeat(-1L, producers).ToArray();
        var bodies = Enumerable.Range(0, producers).Select(p => (Action<CancellationToken>)(stop =>
        {
            for (var i = 0; i < Items; i++) fanIn[p].Write((long)p * Items + i, stop);
            fanIn[p].Complete();
        })).ToList();
        bodies.Add(stop =>
        {
            while (fanIn.WaitToRead(stop))
            {
                if (!fanIn.TryRead(out var item)) Assert.Fail("WaitToRead said an item was waiting, but none was.");
                var producer = (int)(item / Items);
                if (item <= lastOf[producer]) Assert.Fail($"Producer {producer}: read {item} after {lastOf[producer]}.");
                lastOf[producer] = item;
                consumed++;
            }
        });

        Concurrently.Run([.. bodies]);

        Assert.Equal((long)producers * Items, consumed + fanIn.Dropped);
        Assert.Equal(consumed, fanIn.Delivered);
        foreach (var ring in fanIn.Rings) Counts.AssertCounters(ring, Items, ring.Delivered, ring.Dropped, 0, 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Batch_reads_racing_evictions_keep_order_and_count_every_item(int capacity)
    {
        var ring = new SpscRing<long>(Id, capacity, Overflow.DropOldest);
        long consumed = 0;
        Concurrently.Run(
            stop =>
            {
                for (long i = 0; i < Items; i++) ring.Write(i, stop);
                ring.Complete();
            },
            stop =>
            {
                // Longer than the slot array, so a read with a stale head copies a bounded batch.
                var buffer = new long[9];
                var last = -1L;
                while (ring.WaitToRead(stop))
                {
                    var read = ring.TryReadMany(buffer);
                    if (read == 0) Assert.Fail("WaitToRead said an item was waiting, but a batch read found none.");
                    for (var i = 0; i < read; i++)
                    {
                        if (buffer[i] <= last) Assert.Fail($"Read {buffer[i]} after {last}.");
                        last = buffer[i];
                    }
                    consumed += read;
                }
            });

        Assert.Equal(Items, consumed + ring.DroppedOldest);
        Counts.AssertCounters(ring, Items, consumed, ring.DroppedOldest, 0, 0);
        Assert.InRange(ring.PeakDepth, 1, capacity);
    }

    private static void ProduceAndComplete(SpscRing<int> ring, CancellationToken stop)
    {
        for (var i = 0; i < Items; i++) ring.Write(i, stop);
        ring.Complete();
    }

    private static void AssertEveryItemDeliveredOrDropped(SpscRing<int> ring, long consumed)
    {
        Assert.Equal(Items, consumed + ring.DroppedOldest);
        Counts.AssertCounters(ring, written: Items, delivered: consumed, droppedOldest: ring.DroppedOldest, droppedNewest: 0, count: 0);
        Assert.InRange(ring.PeakDepth, 1, ring.Capacity);
    }
}
