namespace Daedalus.Runtime.Tests;

/// <summary>
/// Steady-state writes and reads allocate nothing. Each test warms its loop up first (growth, JIT
/// tiers), then counts the managed bytes the measuring thread allocates over many more iterations.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class AllocationTests
{
    private const int Warmup = 50_000;
    private const int Measured = 200_000;

    private static long AllocatedBy(Action<int> loop)
    {
        loop(Warmup);
        var before = GC.GetAllocatedBytesForCurrentThread();
        loop(Measured);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Fifo_queue()
    {
        var queue = new FifoQueue<long>("a.Out->b.In");
        Assert.Equal(0, AllocatedBy(n =>
        {
            for (var i = 0; i < n; i++)
            {
                queue.Write(i);
                queue.Write(i);
                queue.Take();
                queue.Take();
            }
        }));
    }

    [Theory]
    [InlineData(Overflow.Block)]
    [InlineData(Overflow.DropOldest)]
    [InlineData(Overflow.DropNewest)]
    public void Bounded_ring(Overflow overflow)
    {
        var ring = new BoundedRing<string>("a.Out->b.In", 8, overflow);
        var item = "item";
        Assert.Equal(0, AllocatedBy(n =>
        {
            for (var i = 0; i < n; i++)
            {
                // Drop rings overflow on every other round; the block ring never does.
                var writes = overflow == Overflow.Block ? ring.FreeSpace : 9;
                for (var w = 0; w < writes; w++) ring.Write(item);
                while (ring.TryRead(out _)) { }
            }
        }));
        Counts.AssertBalanced(ring);
    }

    [Fact]
    public void Latest_slot()
    {
        var slot = new LatestSlot<double>("a.Out->b.In");
        Assert.Equal(0, AllocatedBy(n =>
        {
            for (var i = 0; i < n; i++)
            {
                slot.Write(i);
                slot.Write(i);
                slot.Take();
            }
        }));
    }

    [Fact]
    public void Concurrent_latest_slot()
    {
        var slot = new ConcurrentLatestSlot<double>("a.Out->b.In");
        Assert.Equal(0, AllocatedBy(n =>
        {
            for (var i = 0; i < n; i++)
            {
                slot.Write(i);
                slot.Write(i);
                slot.Take();
            }
        }));
    }

    [Theory]
    [InlineData(Overflow.Block)]
    [InlineData(Overflow.DropOldest)]
    [InlineData(Overflow.DropNewest)]
    [InlineData(Overflow.Error)]
    public void Spsc_ring_on_one_thread(Overflow overflow)
    {
        var ring = new SpscRing<string>("a.Out->b.In", 6, overflow);
        var item = "item";
        var batch = new string[4];
        Assert.Equal(0, AllocatedBy(n =>
        {
            for (var i = 0; i < n; i++)
            {
                var writes = overflow is Overflow.DropOldest or Overflow.DropNewest ? 8 : ring.FreeSpace;
                for (var w = 0; w < writes; w++) ring.Write(item);
                ring.TryRead(out _);
                ring.TryReadMany(batch);
                ring.TryWriteMany(batch.AsSpan(0, 1));
                while (ring.TryRead(out _)) { }
            }
        }));
        Counts.AssertBalanced(ring);
    }

    [Fact]
    public void Spsc_ring_across_threads_allocates_nothing_on_either_side()
    {
        const int items = 2_000_000;
        var ring = new SpscRing<long>("a.Out->b.In", 4096, Overflow.Block);
        long producerBytes = -1, consumerBytes = -1;
        Concurrently.Run(
            stop =>
            {
                for (var i = 0; i < Warmup; i++) ring.Write(i);
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = Warmup; i < items; i++) ring.Write(i);
                producerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
                ring.Complete();
            },
            stop =>
            {
                long read = 0;
                while (read < Warmup) if (ring.TryRead(out _)) read++;
                // A token's first registration allocates its callback list once; a sleeping wait
                // registers on the token, so warm that up too.
                stop.Register(static () => { }).Dispose();
                var before = GC.GetAllocatedBytesForCurrentThread();
                while (ring.WaitToRead(stop))
                {
                    while (ring.TryRead(out _)) read++;
                }
                consumerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(items, read);
            });
        Assert.Equal(0, producerBytes);
        Assert.Equal(0, consumerBytes);
    }
}
