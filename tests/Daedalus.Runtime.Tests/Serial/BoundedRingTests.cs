namespace Daedalus.Runtime.Tests;

public sealed class BoundedRingTests
{
    private const string Id = "src.Out->sink.In";

    [Theory]
    [InlineData(Overflow.Block)]
    [InlineData(Overflow.DropOldest)]
    [InlineData(Overflow.DropNewest)]
    [InlineData(Overflow.Error)]
    public void Below_capacity_every_strategy_is_a_plain_fifo(Overflow overflow)
    {
        var ring = new BoundedRing<int>(Id, 5, overflow);
        var next = 0;
        var expected = 0;
        for (var round = 0; round < 50; round++) // wraps around the five slots many times
        {
            while (ring.FreeSpace > 0) ring.Write(next++);
            Assert.Equal(5, ring.Count);
            for (var i = 0; i < 3; i++) Assert.Equal(expected++, ring.Take());
            Counts.AssertBalanced(ring);
        }
        Assert.Equal(Enumerable.Range(expected, next - expected), Counts.Drain(ring));
        Assert.Equal(5, ring.PeakDepth);
        Counts.AssertCounters(ring, written: next, delivered: next, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Drop_oldest_keeps_the_newest_items_and_counts_the_rest()
    {
        var ring = new BoundedRing<int>(Id, 3, Overflow.DropOldest);
        ring.Write(0); // the head is not at slot 0 when the ring overflows
        ring.Take();
        for (var i = 1; i <= 5; i++) ring.Write(i);

        Assert.Equal([3, 4, 5], Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 6, delivered: 4, droppedOldest: 2, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Drop_newest_keeps_the_oldest_items_and_counts_the_rest()
    {
        var ring = new BoundedRing<int>(Id, 3, Overflow.DropNewest);
        for (var i = 1; i <= 5; i++) ring.Write(i);

        Assert.Equal([1, 2, 3], Counts.Drain(ring));
        Counts.AssertCounters(ring, written: 5, delivered: 3, droppedOldest: 0, droppedNewest: 2, count: 0);
    }

    [Fact]
    public void Error_names_the_edge_and_leaves_the_ring_intact()
    {
        var ring = new BoundedRing<int>(Id, 2, Overflow.Error);
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
    public void A_block_ring_written_past_its_free_space_holds_the_extra_items_in_order_and_counts_them()
    {
        var ring = new BoundedRing<int>(Id, 3, Overflow.Block);
        ring.Write(0); // the head is not at slot 0 when the ring goes over capacity
        Assert.Equal(0, ring.Take());
        for (var i = 1; i <= 7; i++) ring.Write(i);

        Assert.Equal(0, ring.FreeSpace);
        Assert.Equal(7, ring.Count);
        Assert.Equal(4, ring.OverCapacity);
        Assert.Equal(7, ring.PeakDepth);
        Assert.Equal(1, ring.Take());
        Assert.Equal(0, ring.FreeSpace); // still over capacity: the producer stays held back
        ring.Write(8);
        Assert.Equal(Enumerable.Range(2, 7), Counts.Drain(ring));
        Assert.Equal(3, ring.FreeSpace);
        Counts.AssertCounters(ring, written: 9, delivered: 9, droppedOldest: 0, droppedNewest: 0, count: 0);
        Assert.Equal(5, ring.OverCapacity);
    }

    [Fact]
    public void Items_held_over_capacity_keep_their_order_through_many_wraps()
    {
        var ring = new BoundedRing<string>(Id, 4, Overflow.Block);
        var next = 0;
        var read = new List<string>();
        for (var round = 0; round < 40; round++)
        {
            for (var i = 0; i < round % 9; i++) ring.Write($"w{next++}");
            for (var i = 0; i < 3 && ring.TryRead(out var item); i++) read.Add(item);
            Counts.AssertBalanced(ring);
        }
        read.AddRange(Counts.Drain(ring));
        Assert.Equal(Enumerable.Range(0, next).Select(i => $"w{i}"), read);
    }

    [Fact]
    public void A_capacity_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedRing<int>(Id, 0, Overflow.Block));
    }
}
