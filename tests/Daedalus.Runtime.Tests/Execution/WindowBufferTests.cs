namespace Daedalus.Runtime.Tests;

/// <summary>The open window of a window node: full after Count items, its array grown only as far as items arrive.</summary>
public sealed class WindowBufferTests
{
    [Fact]
    public void A_huge_count_window_holds_what_arrives_without_reserving_the_count()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var window = new WindowBuffer<long>(int.MaxValue, 0);
        for (var i = 0; i < 3_000; i++) Assert.False(window.Add(i));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Enumerable.Range(0, 3_000).Select(i => (long)i), window.Items.ToArray());
        Assert.InRange(allocated, 3_000 * sizeof(long), 64 * 1024);
    }

    [Fact]
    public void A_count_window_larger_than_its_first_array_is_full_after_exactly_count_items()
    {
        var window = new WindowBuffer<int>(2_500, 0);
        for (var i = 1; i < 2_500; i++) Assert.False(window.Add(i));
        Assert.True(window.Add(2_500));
        Assert.Equal(2_500, window.Items.Length);

        window.Clear();
        Assert.True(window.IsEmpty);
        for (var i = 1; i < 2_500; i++) Assert.False(window.Add(i));
        Assert.True(window.Add(2_500));
    }
}
