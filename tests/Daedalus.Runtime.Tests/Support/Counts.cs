namespace Daedalus.Runtime.Tests;

internal static class Counts
{
    /// <summary>Asserts the invariant every edge keeps: nothing is lost without a count.</summary>
    public static void AssertBalanced(EdgeBuffer edge) =>
        Assert.True(edge.Written == edge.Delivered + edge.Dropped + edge.Count,
            $"Counters out of balance: {edge}");

    public static void AssertCounters(EdgeBuffer edge, long written, long delivered, long droppedOldest, long droppedNewest, int count)
    {
        Assert.Equal(written, edge.Written);
        Assert.Equal(delivered, edge.Delivered);
        Assert.Equal(droppedOldest, edge.DroppedOldest);
        Assert.Equal(droppedNewest, edge.DroppedNewest);
        Assert.Equal(count, edge.Count);
        AssertBalanced(edge);
    }

    public static List<T> Drain<T>(IItemReader<T> reader)
    {
        var items = new List<T>();
        while (reader.TryRead(out var item)) items.Add(item);
        return items;
    }
}
