namespace Daedalus.Runtime.Tests;

[Collection(ConcurrencyCollection.Name)]
public sealed class ConcurrentLatestSlotTests
{
    private const string Id = "sensor.Out->display.In";

    [Fact]
    public void The_newest_item_wins_and_every_overwrite_is_counted()
    {
        var slot = new ConcurrentLatestSlot<int>(Id);
        slot.Write(1);
        slot.Write(2);
        slot.Write(3);

        Assert.Equal(3, slot.Take());
        Assert.False(slot.TryRead(out _));
        slot.Write(4);
        Assert.Equal(4, slot.Take());
        Counts.AssertCounters(slot, written: 4, delivered: 2, droppedOldest: 2, droppedNewest: 0, count: 0);
        Assert.Equal(1, slot.PeakDepth);
    }

    [Fact]
    public void Completion_lets_the_consumer_read_the_last_item_and_then_stop()
    {
        var slot = new ConcurrentLatestSlot<string>(Id);
        slot.Write("last");
        slot.Complete();

        Assert.True(slot.WaitToRead());
        Assert.Equal("last", slot.Take());
        Assert.False(slot.WaitToRead());
        Assert.True(slot.IsCompleted);
        var error = Assert.Throws<InvalidOperationException>(() => slot.Write("late"));
        Assert.Contains(Id, error.Message);
    }

    [Fact]
    public void Concurrent_producers_lose_nothing_uncounted()
    {
        const int producers = 4;
        const int itemsEach = 250_000;
        var slot = new ConcurrentLatestSlot<long>(Id);
        var finished = 0;
        long consumed = 0;
        var lastOf = Enumerable.Repeat(-1L, producers).ToArray();

        var bodies = Enumerable.Range(0, producers).Select(p => (Action<CancellationToken>)(_ =>
        {
            for (var i = 0; i < itemsEach; i++) slot.Write((long)p * itemsEach + i);
            if (Interlocked.Increment(ref finished) == producers) slot.Complete();
        })).ToList();
        bodies.Add(stop =>
        {
            while (slot.WaitToRead(stop))
            {
                var item = slot.Take();
                var producer = (int)(item / itemsEach);
                if (item <= lastOf[producer]) Assert.Fail($"Producer {producer}: read {item} after {lastOf[producer]}.");
                lastOf[producer] = item;
                consumed++;
            }
        });
        Concurrently.Run([.. bodies]);

        Counts.AssertCounters(slot, written: producers * itemsEach, delivered: consumed,
            droppedOldest: producers * itemsEach - consumed, droppedNewest: 0, count: 0);
        Assert.Contains(lastOf, last => last % itemsEach == itemsEach - 1); // the very last write is never lost
    }

    [Fact]
    public async Task An_async_consumer_wakes_for_a_write()
    {
        var slot = new ConcurrentLatestSlot<int>(Id);
        var wait = slot.WaitToReadAsync().AsTask();
        await Task.Delay(100);
        Assert.False(wait.IsCompleted);

        slot.Write(7);
        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(Concurrently.DefaultTimeout)));
        Assert.True(await wait);
        Assert.Equal(7, slot.Take());
    }
}
