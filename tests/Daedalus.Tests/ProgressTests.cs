using Daedalus.Runtime;
using Daedalus.Tests.Graphs;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests;

/// <summary>
/// <see cref="RunOptions.Progress"/> on every executor and the compiled <c>Run(progress)</c>: reports while the run goes on,
/// a final one with the result's figures, and the totals sources declare. No timing is asserted: a source waits until
/// a report has arrived.
/// </summary>
public sealed class ProgressTests
{
    private static IEnumerable<Executor> Executors() => [Executor.Serial, Executor.Parallel(), Executor.Pipelined()];

    [Fact]
    public void Every_executor_reports_while_the_run_goes_on_and_once_at_the_end_with_the_result_s_figures()
    {
        foreach (var executor in Executors())
        {
            var graph = new CountedChain(source: new GatedCount { Count = 5_000, GateAt = 2_500 });
            // The source waits at 2,500 items until a report shows it has produced: counts must reach the reporter
            // while a node is still firing, not only when it stops.
            var reports = new Reports(onReport: r =>
            {
                if (r.Node("source").Firings >= 1_024) graph.Source.Gate.Set();
            });

            var result = graph.Run(new RunOptions { Executor = executor, Progress = reports, ProgressInterval = TimeSpan.FromMilliseconds(5) });

            var all = reports.All;
            Assert.Contains(all, r => !r.IsFinal);
            var final = all[^1];
            Assert.True(final.IsFinal, executor.Name);
            Assert.Single(all, r => r.IsFinal);
            Assert.Equal(result.Nodes.Select(n => (n.Name, n.Firings)), final.Nodes.Select(n => (n.Name, n.Firings)));
            Assert.Equal(result.Edges.Select(e => (e.Id, e.Written, e.LeftQueued)), final.Edges.Select(e => (e.Id, e.Written, (int)e.Depth)));
            Assert.Equal(5_000, final.Node("source").ExpectedItems);
            Assert.Null(final.Node("sum").ExpectedItems);
            Assert.Equal(1.0, final.Node("source").Fraction);
            Assert.All(all, r => Assert.True(r.Node("source").Firings <= 5_000));
        }
    }

    [Fact]
    public void The_compiled_run_reports_between_passes_when_asked()
    {
        var graph = new CountedChain();
        var reports = new Reports();

        graph.Run(reports, TimeSpan.FromTicks(1));

        var all = reports.All;
        Assert.True(all.Count >= 2, $"{all.Count} reports");
        Assert.All(all.Take(all.Count - 1), r => Assert.False(r.IsFinal));
        Assert.True(all[^1].IsFinal);
        var firings = all.Select(r => r.Node("source").Firings).ToList();
        Assert.Equal(firings.Order(), firings);
        var engine = new CountedChain().Run(new RunOptions());
        Assert.Equal(engine.Nodes.Select(n => (n.Name, n.Firings)), all[^1].Nodes.Select(n => (n.Name, n.Firings)));
        Assert.Equal("CountedChain", all[^1].Graph);
        Assert.EndsWith("source 5,000 of 5,000 (100%) · scale 5,000 · sum 5,000 · done", all[^1].ToString());

        // A plain run afterwards reports nothing more.
        graph.Run();
        Assert.Equal(all.Count, reports.All.Count);
    }

    [Fact]
    public void A_progress_interval_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RunOptions { ProgressInterval = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountedChain().Run(new Reports(), TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void The_longest_progress_interval_reports_only_the_end_of_a_run()
    {
        var compiled = new Reports();
        new CountedChain().Run(compiled, TimeSpan.MaxValue);
        Assert.True(Assert.Single(compiled.All).IsFinal);

        foreach (var executor in Executors())
        {
            var reports = new Reports();
            new CountedChain().Run(new RunOptions { Executor = executor, Progress = reports, ProgressInterval = TimeSpan.MaxValue });
            Assert.True(Assert.Single(reports.All).IsFinal, executor.Name);
        }
    }

    [Fact]
    public void A_progress_line_shows_each_node_and_the_declared_total()
    {
        var progress = new RunProgress("Copy", TimeSpan.FromSeconds(1.25),
            [new NodeProgress("read", 45_000, 100_000), new NodeProgress("write", 44_800, null)], [], IsFinal: false);

        Assert.Equal("Copy 1.3 s · read 45,000 of 100,000 (45%) · write 44,800", progress.ToString());
    }

    [Fact]
    public void Console_progress_rewrites_one_line_on_a_terminal_and_writes_a_line_per_report_otherwise()
    {
        static RunProgress Sample(long read, bool final) =>
            new("Copy", TimeSpan.FromSeconds(1), [new NodeProgress("read", read, null)], [], final);

        var terminal = new StringWriter();
        var inPlace = new ConsoleProgress(p => $"read {p.Node("read").Firings}", terminal, inPlace: true);
        inPlace.Report(Sample(1_000, final: false));
        inPlace.Report(Sample(20, final: true));
        Assert.Equal("\rread 1000\rread 20  " + Environment.NewLine, terminal.ToString());

        var file = new StringWriter();
        var lines = new ConsoleProgress(null, file, inPlace: false);
        lines.Report(Sample(1_000, final: false));
        lines.Report(Sample(2_000, final: true));
        Assert.Equal(
            ["Copy 1.0 s · read 1,000", "Copy 1.0 s · read 2,000 · done"],
            file.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Captures reports from any thread; <c>onReport</c> sees each one.</summary>
    private sealed class Reports(Action<RunProgress>? onReport = null) : IProgress<RunProgress>
    {
        private readonly List<RunProgress> _reports = [];

        public List<RunProgress> All
        {
            get
            {
                lock (_reports) return [.. _reports];
            }
        }

        public void Report(RunProgress value)
        {
            lock (_reports) _reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
