namespace Daedalus.Runtime.Tests;

public sealed class LatestSlotTests
{
    [Fact]
    public void The_newest_item_wins_and_every_overwrite_is_counted()
    {
        var slot = new LatestSlot<int>("sensor.Out->ui.In");
        slot.Write(1);
        slot.Write(2);
        slot.Write(3);

        Assert.Equal(1, slot.Count);
        Assert.Equal(3, slot.Take());
        Assert.False(slot.TryRead(out _));
        Counts.AssertCounters(slot, written: 3, delivered: 1, droppedOldest: 2, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void A_write_after_a_read_replaces_nothing()
    {
        var slot = new LatestSlot<string>("sensor.Out->ui.In");
        slot.Write("a");
        Assert.Equal("a", slot.Take());
        slot.Write("b");

        Assert.Equal("b", slot.Take());
        Assert.Equal(1, slot.PeakDepth);
        Assert.Equal(1, slot.FreeSpace);
        Counts.AssertCounters(slot, written: 2, delivered: 2, droppedOldest: 0, droppedNewest: 0, count: 0);
    }

    [Fact]
    public void Taking_from_an_empty_slot_names_the_edge()
    {
        var slot = new LatestSlot<int>("sensor.Out->ui.In");
        var error = Assert.Throws<InvalidOperationException>(() => slot.Take());
        Assert.Contains("sensor.Out->ui.In", error.Message);
    }
}
