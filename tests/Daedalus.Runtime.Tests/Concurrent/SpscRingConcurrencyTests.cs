namespace Daedalus.Runtime.Tests;

/// <summary>One producer thread and one consumer thread on a ring.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class SpscRingConcurrencyTests
{
    private const string Id = "producer.Out->consumer.In";
    private const int Items = 1_000_000;

    // At capacity 1 or 2 nearly every item is a hand-off between the threads, each a wait on one side;
    // a loaded 2-core machine may manage only tens of thousands of those a second, so fewer items.
    [Theory]
    [InlineData(1, 100_000)]
    [InlineData(2, 100_000)]
    [InlineData(64, Items)]
    [InlineData(1000, Items)]
    public void Block_delivers_every_item_once_and_in_order(int capacity, int items)
    {
        var ring = new SpscRing<int>(Id, capacity, Overflow.Block);
        Concurrently.Run(
            stop =>
            {
                for (var i = 0; i < items; i++) ring.Write(i, stop);
                ring.Complete();
            },
            stop =>
            {
                var expected = 0;
                while (ring.WaitToRead(stop))
                {
                    while (ring.TryRead(out var item))
                    {
                        if (item != expected) Assert.Fail($"Read {item} where {expected} was due.");
                        expected++;
                    }
                }
                Assert.Equal(items, expected);
            });
        Counts.AssertCounters(ring, written: items, delivered: items, droppedOldest: 0, droppedNewest: 0, count: 0);
        Assert.InRange(ring.PeakDepth, 1, capacity);
    }

    [Fact]
    public void Block_batches_deliver_every_item_once_and_in_order()
    {
        var ring = new SpscRing<long>(Id, 100, Overflow.Block);
        Concurrently.Run(
            stop =>
            {
                var batch = new long[37];
                for (long next = 0; next < Items;)
                {
                    var size = (int)Math.Min(batch.Length, Items - next);
                    for (var i = 0; i < size; i++) batch[i] = next++;
                    ring.WriteMany(batch.AsSpan(0, size), stop);
                }
                ring.Complete();
            },
            stop =>
            {
                var buffer = new long[53];
                long expected = 0;
                while (ring.WaitToRead(stop))
                {
                    var read = ring.TryReadMany(buffer);
                    for (var i = 0; i < read; i++)
                    {
                        if (buffer[i] != expected) Assert.Fail($"Read {buffer[i]} where {expected} was due.");
                        expected++;
                    }
                }
                Assert.Equal(Items, expected);
            });
        Counts.AssertCounters(ring, written: Items, delivered: Items, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Theory]
    [InlineData(Overflow.DropOldest, false)]
    [InlineData(Overflow.DropOldest, true)]
    [InlineData(Overflow.DropNewest, false)]
    [InlineData(Overflow.DropNewest, true)]
    public void Drops_are_counted_exactly_while_the_consumer_races_the_producer(Overflow overflow, bool batchReads)
    {
        var ring = new SpscRing<int>(Id, 16, overflow);
        long consumed = 0;
        Concurrently.Run(
            stop =>
            {
                for (var i = 0; i < Items; i++) ring.Write(i, stop);
                ring.Complete();
            },
            stop =>
            {
                var buffer = new int[7];
                var last = -1;
                while (ring.WaitToRead(stop))
                {
                    var read = batchReads ? ring.TryReadMany(buffer) : ring.TryRead(out buffer[0]) ? 1 : 0;
                    for (var i = 0; i < read; i++)
                    {
                        // Drops leave gaps, but what survives is never duplicated or reordered.
                        if (buffer[i] <= last) Assert.Fail($"Read {buffer[i]} after {last}.");
                        last = buffer[i];
                    }
                    consumed += read;
                    if (consumed % 1024 == 0) Thread.SpinWait(2000); // let the ring overflow now and then
                }
            });

        Assert.Equal(Items, consumed + ring.Dropped);
        Assert.True(ring.Dropped > 0, "The test never overflowed the ring, so it proved nothing.");
        Counts.AssertCounters(ring, written: Items, delivered: consumed,
            droppedOldest: overflow == Overflow.DropOldest ? ring.Dropped : 0,
            droppedNewest: overflow == Overflow.DropNewest ? ring.Dropped : 0,
            count: 0);
    }

    [Fact]
    public void Error_is_raised_in_the_producer_and_names_the_edge()
    {
        var ring = new SpscRing<int>(Id, 8, Overflow.Error);
        using var producerDone = new ManualResetEventSlim();
        EdgeOverflowException? caught = null;
        var written = 0;
        Concurrently.Run(
            stop =>
            {
                try
                {
                    for (; written < Items; written++) ring.Write(written, stop);
                }
                catch (EdgeOverflowException error)
                {
                    caught = error;
                }
                finally
                {
                    producerDone.Set();
                }
            },
            stop =>
            {
                // A consumer that reads slowly until the producer gives up.
                while (!producerDone.IsSet)
                {
                    ring.TryRead(out _);
                    Thread.SpinWait(500);
                }
            });

        Assert.NotNull(caught);
        Assert.Equal(Id, caught.EdgeId);
        Assert.Contains(Id, caught.Message);
        Assert.Equal(written, ring.Written);
        Counts.AssertBalanced(ring);
    }

    [Fact]
    public async Task Async_writes_and_reads_deliver_every_item_in_order()
    {
        const int count = 200_000;
        var ring = new SpscRing<int>(Id, 32, Overflow.Block);
        using var deadline = new CancellationTokenSource(Concurrently.DefaultTimeout);
        var producer = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++) await ring.WriteAsync(i, deadline.Token);
            ring.Complete();
        });
        var consumer = Task.Run(async () =>
        {
            var expected = 0;
            while (await ring.WaitToReadAsync(deadline.Token))
            {
                while (ring.TryRead(out var item)) Assert.Equal(expected++, item);
            }
            return expected;
        });

        await producer;
        Assert.Equal(count, await consumer);
        Counts.AssertCounters(ring, written: count, delivered: count, droppedOldest: 0, droppedNewest: 0, count: 0);
    }
}
