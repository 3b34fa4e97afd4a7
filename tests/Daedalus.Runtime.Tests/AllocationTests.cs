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

    [Fact]
    public void Waits_on_a_capacity_1_ring_allocate_nothing_whether_they_spin_yield_or_sleep()
    {
        // Every item is a hand-off, so both sides wait (spin, yield); a pause every few hundred items
        // outlasts the yielding, so the other side sleeps too. Warm-up covers each kind of wait once.
        const int items = 60_000;
        const int pauseEvery = 500;
        var ring = new SpscRing<long>("a.Out->b.In", 1, Overflow.Block);
        long producerBytes = -1, consumerBytes = -1;
        Concurrently.Run(
            stop =>
            {
                WarmUpTwoRegistrations(stop);
                var before = 0L;
                for (var i = 0; i < items; i++)
                {
                    if (i == items / 4) before = GC.GetAllocatedBytesForCurrentThread();
                    if (i % pauseEvery == 0) PauseOutlastingTheYielding(stop);
                    ring.Write(i, stop);
                }
                producerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
                ring.Complete();
            },
            stop =>
            {
                WarmUpTwoRegistrations(stop);
                long read = 0, before = 0;
                while (ring.WaitToRead(stop))
                {
                    if (read == items / 4) before = GC.GetAllocatedBytesForCurrentThread();
                    if (read % pauseEvery == pauseEvery / 2) PauseOutlastingTheYielding(stop);
                    ring.Take();
                    read++;
                }
                consumerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(items, read);
            });
        Assert.Equal(0, producerBytes);
        Assert.Equal(0, consumerBytes);
    }

    // A sleeping wait registers on the token; registrations are recycled, but both sides may sleep at
    // once, so the token needs two before the measured part (its first ones allocate).
    private static void WarmUpTwoRegistrations(CancellationToken stop)
    {
        using (stop.Register(static () => { }))
        using (stop.Register(static () => { }))
        {
        }
    }

    // Busy for 300 µs, past the waiter's 100 µs of yielding (WaitSignal.YieldBudget).
    private static void PauseOutlastingTheYielding(CancellationToken stop)
    {
        var until = System.Diagnostics.Stopwatch.GetTimestamp() + System.Diagnostics.Stopwatch.Frequency * 300 / 1_000_000;
        while (System.Diagnostics.Stopwatch.GetTimestamp() < until) stop.ThrowIfCancellationRequested();
    }
}
