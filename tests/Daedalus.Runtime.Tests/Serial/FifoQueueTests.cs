namespace Daedalus.Runtime.Tests;

public sealed class FifoQueueTests
{
    [Fact]
    public void Keeps_order_while_growing_past_its_initial_size()
    {
        var queue = new FifoQueue<int>("a.Out->b.In");
        for (var i = 0; i < 1000; i++) queue.Write(i);

        Assert.Equal(Enumerable.Range(0, 1000), Counts.Drain(queue));
        Assert.Equal(1000, queue.PeakDepth);
        Counts.AssertCounters(queue, written: 1000, delivered: 1000, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Keeps_order_when_it_grows_while_wrapped_around()
    {
        var queue = new FifoQueue<int>("a.Out->b.In");
        var next = 0;
        var expected = 0;
        // Three in, two out: the head walks around the ring while the queue keeps growing.
        for (var round = 0; round < 200; round++)
        {
            for (var i = 0; i < 3; i++) queue.Write(next++);
            for (var i = 0; i < 2; i++) Assert.Equal(expected++, queue.Take());
            Counts.AssertBalanced(queue);
        }
        Assert.Equal(Enumerable.Range(expected, next - expected), Counts.Drain(queue));
        Assert.Equal(int.MaxValue, queue.FreeSpace);
    }

    [Fact]
    public void Reading_an_empty_queue_names_the_edge()
    {
        var queue = new FifoQueue<string>("a.Out->b.In");
        Assert.False(queue.TryRead(out _));
        var error = Assert.Throws<InvalidOperationException>(() => queue.Take());
        Assert.Contains("a.Out->b.In", error.Message);
    }
}
