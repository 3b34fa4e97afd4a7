namespace Daedalus.Runtime.Tests;

/// <summary>The ring's semantics, exercised from one thread.</summary>
public sealed class SpscRingTests
{
    private const string Id = "stage1.Out->stage2.In";

    [Theory]
    [InlineData(Overflow.Block)]
    [InlineData(Overflow.DropOldest)]
    [InlineData(Overflow.DropNewest)]
    [InlineData(Overflow.Error)]
    public void Honours_a_capacity_that_is_not_a_power_of_two(Overflow overflow)
    {
        var ring = new SpscRing<int>(Id, 5, overflow);
        for (var i = 0; i < 5; i++) Assert.True(ring.TryWrite(i));

        Assert.False(ring.TryWrite(99));
        Assert.Equal(0, ring.FreeSpace);
        Assert.Equal(5, ring.Count);
        Assert.Equal(Enumerable.Range(0, 5), Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 5, delivered: 5, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Theory]
    [InlineData(Overflow.Block)]
    [InlineData(Overflow.DropOldest)]
    [InlineData(Overflow.DropNewest)]
    [InlineData(Overflow.Error)]
    public void Keeps_order_across_many_wraparounds(Overflow overflow)
    {
        var ring = new SpscRing<int>(Id, 3, overflow);
        var next = 0;
        var expected = 0;
        for (var round = 0; round < 100; round++)
        {
            while (ring.FreeSpace > 0) ring.Write(next++);
            Assert.Equal(expected++, ring.Take());
            Assert.Equal(expected++, ring.Take());
        }
        Assert.Equal(Enumerable.Range(expected, next - expected), Counts.Drain(ring));
        Assert.Equal(3, ring.PeakDepth);
        Counts.AssertCounters(ring, written: next, delivered: next, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Drop_oldest_keeps_the_newest_items_and_counts_the_rest()
    {
        var ring = new SpscRing<int>(Id, 3, Overflow.DropOldest);
        for (var i = 1; i <= 7; i++) ring.Write(i);

        Assert.Equal([5, 6, 7], Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 7, delivered: 3, droppedOldest: 4, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Drop_newest_keeps_the_oldest_items_and_counts_the_rest()
    {
        var ring = new SpscRing<int>(Id, 3, Overflow.DropNewest);
        for (var i = 1; i <= 7; i++) ring.Write(i);

        Assert.Equal([1, 2, 3], Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 7, delivered: 3, droppedOldest: 0, droppedNewest: 4, count: 0);
    }

    [Fact]
    public void Error_names_the_edge_and_leaves_the_ring_intact()
    {
        var ring = new SpscRing<int>(Id, 2, Overflow.Error);
        ring.Write(1);
        ring.Write(2);

        var error = Assert.Throws<EdgeOverflowException>(() => ring.Write(3));
        Assert.Equal(Id, error.EdgeId);
        Assert.Equal(2, error.Capacity);
        Assert.Contains(Id, error.Message);
        Assert.Equal([1, 2], Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 2, delivered: 2, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Batches_wrap_around_the_end_of_the_slot_array()
    {
        var ring = new SpscRing<int>(Id, 8, Overflow.Block);
        var buffer = new int[8];
        Assert.Equal(6, ring.TryWriteMany([0, 1, 2, 3, 4, 5]));
        Assert.Equal(5, ring.TryReadMany(buffer.AsSpan(0, 5)));

        // Eleven offered, seven free: the batch runs past the end of the array and stops when full.
        Assert.Equal(7, ring.TryWriteMany(Enumerable.Range(6, 11).ToArray()));
        Assert.Equal(8, ring.TryReadMany(buffer));
        Assert.Equal(Enumerable.Range(5, 8), buffer);
        Assert.Equal(0, ring.TryReadMany(buffer));
        Counts.AssertCounters(ring, written: 13, delivered: 13, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Theory]
    [InlineData(Overflow.DropOldest, new[] { 7, 8, 9 }, 6L, 0L)]
    [InlineData(Overflow.DropNewest, new[] { 1, 2, 3 }, 0L, 6L)]
    public void Write_many_applies_the_strategy_to_what_does_not_fit(Overflow overflow, int[] kept, long droppedOldest, long droppedNewest)
    {
        var ring = new SpscRing<int>(Id, 3, overflow);
        ring.WriteMany([1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Assert.Equal(kept, Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 9, delivered: 3, droppedOldest, droppedNewest, count: 0);
    }

    [Fact]
    public void A_drop_oldest_batch_read_sees_only_what_survived()
    {
        var ring = new SpscRing<int>(Id, 4, Overflow.DropOldest);
        for (var i = 0; i < 10; i++) ring.Write(i);
        var buffer = new int[10];

        Assert.Equal(4, ring.TryReadMany(buffer));
        Assert.Equal([6, 7, 8, 9], buffer[..4]);
        Counts.AssertCounters(ring, written: 10, delivered: 4, droppedOldest: 6, droppedNewest: 0, count: 0);
    }

    [Fact]
    public async Task The_consumer_sees_completion_only_after_draining()
    {
        var ring = new SpscRing<string>(Id, 4, Overflow.Block);
        ring.Write("a");
        ring.Write("b");
        ring.Complete();

        Assert.True(ring.IsCompletedByProducer);
        Assert.False(ring.IsCompleted);
        Assert.True(ring.WaitToRead());
        Assert.Equal("a", ring.Take());
        Assert.True(await ring.WaitToReadAsync());
        Assert.Equal("b", ring.Take());
        Assert.False(ring.WaitToRead());
        Assert.False(await ring.WaitToReadAsync());
        Assert.True(ring.IsCompleted);
    }

    [Fact]
    public void Writing_after_completion_names_the_edge()
    {
        var ring = new SpscRing<int>(Id, 4, Overflow.DropNewest);
        ring.Complete();
        var error = Assert.Throws<InvalidOperationException>(() => ring.Write(1));
        Assert.Contains(Id, error.Message);
    }

    [Fact]
    public void Taking_from_an_empty_ring_names_the_edge()
    {
        var ring = new SpscRing<int>(Id, 4, Overflow.Block);
        var error = Assert.Throws<InvalidOperationException>(() => ring.Take());
        Assert.Contains(Id, error.Message);
    }

    [Fact]
    public void Taken_slots_no_longer_hold_the_item()
    {
        var ring = new SpscRing<object>(Id, 2, Overflow.Block);
        var weak = WriteAndTakeUnreachable(ring);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(weak.IsAlive, "The ring kept a reference to an item the consumer had taken.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData((1 << 30) + 1)]
    public void An_impossible_capacity_is_rejected(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpscRing<int>(Id, capacity, Overflow.Block));
    }

    [Fact]
    public void A_drop_oldest_ring_keeps_a_spare_slot_so_its_largest_capacity_is_one_less()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SpscRing<byte>(Id, 1 << 30, Overflow.DropOldest));
        Assert.Contains(Id, error.Message);
        Assert.Contains("drop-oldest", error.Message);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WriteAndTakeUnreachable(SpscRing<object> ring)
    {
        var item = new object();
        ring.Write(item);
        Assert.Same(item, ring.Take());
        return new WeakReference(item);
    }
}
