using Microsoft.Extensions.Logging;

namespace Daedalus.Runtime.Tests.Diagnostics;

public sealed class WarningLogTests
{
    [Fact]
    public void A_warning_is_logged_the_first_time_and_counted_after()
    {
        var logger = new CapturingLogger();
        var log = new WarningLog(logger);

        Assert.True(log.Warn("edge:a.Out->b.In:drop", "Edge 'a.Out->b.In' dropped an item"));
        Assert.False(log.Warn("edge:a.Out->b.In:drop", "Edge 'a.Out->b.In' dropped an item"));
        Assert.False(log.Warn("edge:a.Out->b.In:drop", "Edge 'a.Out->b.In' dropped an item"));

        var line = Assert.Single(logger.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("DaedalusWarning", line.Event.Name);
        Assert.Equal("Edge 'a.Out->b.In' dropped an item [edge:a.Out->b.In:drop]", line.Text);
        Assert.Equal("edge:a.Out->b.In:drop", line.Values["WarningKey"]);
        Assert.Equal(3, log.Occurrences("edge:a.Out->b.In:drop"));
    }

    [Fact]
    public void Different_keys_are_logged_separately_and_listed_in_first_seen_order()
    {
        var logger = new CapturingLogger();
        var log = new WarningLog(logger);
        log.Warn("b", "second key first");
        log.Warn("a", "first key second");
        log.Warn("b", "second key first");

        Assert.Equal(2, logger.Lines.Count);
        Assert.Equal([("b", 2L), ("a", 1L)], log.Warnings.Select(w => (w.Key, w.Occurrences)));
        Assert.Equal(0, log.Occurrences("never"));
    }

    [Fact]
    public void The_message_is_built_only_the_first_time()
    {
        var built = 0;
        var log = new WarningLog(new CapturingLogger());
        for (var i = 0; i < 5; i++) log.Warn("slow:parse", i, n => { built++; return $"slow firing {n}"; });

        Assert.Equal(1, built);
        Assert.Equal("slow firing 0", Assert.Single(log.Warnings).Message);
    }

    [Fact]
    public void Repeats_are_said_with_thousands_separators()
    {
        Assert.Equal("m", new WarningCount("k", "m", 1).ToString());
        Assert.Equal("m (repeated once)", new WarningCount("k", "m", 2).ToString());
        Assert.Equal("m (repeated 1,234 times)", new WarningCount("k", "m", 1_235).ToString());
    }

    [Fact]
    public void Logging_repeats_writes_one_line_per_repeated_warning()
    {
        var logger = new CapturingLogger();
        var log = new WarningLog(logger);
        for (var i = 0; i < 1_235; i++) log.Warn("drop", "dropped");
        log.Warn("once", "only once");
        log.LogRepeats();

        var summary = logger.Lines.Skip(2).ToList();
        var line = Assert.Single(summary);
        Assert.Equal("DaedalusWarningRepeated", line.Event.Name);
        Assert.Equal("dropped [drop] (repeated 1234 times)", line.Text);
        Assert.Equal(1_234L, line.Values["Repeats"]);
    }

    [Fact]
    public async Task Many_threads_warning_at_once_log_exactly_once()
    {
        var logger = new CapturingLogger();
        var log = new WarningLog(logger);
        using var start = new Barrier(4);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 25_000; i++) log.Warn($"key{i % 3}", "racing");
        })));

        Assert.Equal(3, logger.Lines.Count);
        Assert.Equal(100_000, log.Warnings.Sum(w => w.Occurrences));
    }

    [Fact]
    public void A_repeated_warning_allocates_nothing()
    {
        var log = new WarningLog(new CapturingLogger());
        Func<int, string> message = static n => $"dropped {n}";
        log.Warn("drop", 7, message);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) log.Warn("drop", i, message);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
