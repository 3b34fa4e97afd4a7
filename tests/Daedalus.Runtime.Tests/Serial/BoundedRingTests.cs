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
    public void A_serial_block_edge_written_past_its_free_space_reports_the_edge()
    {
        var ring = new BoundedRing<int>(Id, 1, Overflow.Block);
        ring.Write(1);
        Assert.Equal(0, ring.FreeSpace);

        var error = Assert.Throws<EdgeOverflowException>(() => ring.Write(2));
        Assert.Equal(Id, error.EdgeId);
        Assert.Contains("FreeSpace", error.Message);
        Counts.AssertCounters(ring, written: 1, delivered: 0, droppedOldest: 0, droppedNewest: 0, count: 1);
    }

    [Fact]
    public void A_capacity_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedRing<int>(Id, 0, Overflow.Block));
    }
}
