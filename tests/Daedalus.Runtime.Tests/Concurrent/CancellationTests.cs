namespace Daedalus.Runtime.Tests;

/// <summary>
/// Waits on full or empty edges end when cancelled, and on completion. How fast is measured by the probe
/// (docs/executors.md), not asserted: a loaded machine may take its time, only a hang fails.
/// </summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class CancellationTests
{
    private static readonly TimeSpan Guard = Concurrently.DefaultTimeout;

    [Fact]
    public void A_producer_blocked_on_a_full_ring_is_released_by_cancellation()
    {
        var ring = new SpscRing<int>("fast.Out->slow.In", 2, Overflow.Block);
        ring.Write(1);
        ring.Write(2);
        using var cancel = new CancellationTokenSource();
        var blocked = new Thread(() =>
        {
            var error = Assert.ThrowsAny<OperationCanceledException>(() => ring.Write(3, cancel.Token));
            Assert.Equal(cancel.Token, error.CancellationToken);
        }) { IsBackground = true };
        blocked.Start();

        Thread.Sleep(100); // let it spin out and go to sleep
        Assert.True(blocked.IsAlive, "The producer did not block on a full ring.");
        cancel.Cancel();
        Assert.True(blocked.Join(Guard), "Cancellation did not release the blocked producer.");

        // The cancelled item was not written; the ring still works.
        Counts.AssertCounters(ring, written: 2, delivered: 0, droppedOldest: 0, droppedNewest: 0, count: 2);
        Assert.Equal([1, 2], Counts.Drain(ring));
        ring.Write(4);
        Assert.Equal(4, ring.Take());
    }

    [Fact]
    public async Task An_async_producer_blocked_on_a_full_ring_is_released_by_cancellation()
    {
        var ring = new SpscRing<int>("fast.Out->slow.In", 1, Overflow.Block);
        await ring.WriteAsync(1);
        using var cancel = new CancellationTokenSource();
        var write = ring.WriteAsync(2, cancel.Token).AsTask();

        await Task.Delay(100);
        Assert.False(write.IsCompleted, "The producer did not wait on a full ring.");
        cancel.Cancel();
        var finished = await Task.WhenAny(write, Task.Delay(Guard));
        Assert.Same(write, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.Equal(1, ring.Written);
    }

    [Fact]
    public void A_blocked_producer_wakes_when_the_consumer_frees_a_slot()
    {
        var ring = new SpscRing<int>("fast.Out->slow.In", 1, Overflow.Block);
        ring.Write(1);
        var writer = new Thread(() => ring.Write(2)) { IsBackground = true };
        writer.Start();
        Thread.Sleep(100);
        Assert.True(writer.IsAlive, "The producer did not block on a full ring.");

        Assert.Equal(1, ring.Take());
        Assert.True(writer.Join(Guard), "Freeing a slot did not wake the blocked producer.");
        Assert.Equal(2, ring.Take());
    }

    [Fact]
    public void A_consumer_waiting_on_an_empty_ring_is_released_by_cancellation_and_by_completion()
    {
        var ring = new SpscRing<int>("a.Out->b.In", 4, Overflow.Block);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsAny<OperationCanceledException>(() => ring.WaitToRead(cancel.Token));

        bool? result = null;
        var reader = new Thread(() => result = ring.WaitToRead()) { IsBackground = true };
        reader.Start();
        Thread.Sleep(100);
        Assert.True(reader.IsAlive, "The consumer did not wait on an empty ring.");
        ring.Complete();
        Assert.True(reader.Join(Guard), "Completion did not wake the waiting consumer.");
        Assert.False(result);
    }

    [Fact]
    public async Task An_async_consumer_wakes_for_an_item()
    {
        var ring = new SpscRing<string>("a.Out->b.In", 4, Overflow.Block);
        var wait = ring.WaitToReadAsync().AsTask();
        await Task.Delay(100);
        Assert.False(wait.IsCompleted);

        ring.Write("x");
        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(Guard)));
        Assert.True(await wait);
        Assert.Equal("x", ring.Take());
    }
}
