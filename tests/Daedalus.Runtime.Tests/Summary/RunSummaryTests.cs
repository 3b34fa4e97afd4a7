using Daedalus.Runtime.Tests.Telemetry;

namespace Daedalus.Runtime.Tests.Summary;

/// <summary>The exact text of <see cref="RunResult.ToTable"/> for hand-made results.</summary>
public sealed class RunSummaryTests
{
    private static string Lines(string text) => text.ReplaceLineEndings("\n") + "\n";

    [Fact]
    public void A_failed_run_lists_nodes_edges_and_failures()
    {
        Assert.Equal(Lines("""
            Run of 'Pipeline' on serial: failed after 12.500 ms

            Node    Firings     Total      Mean  Retries  Outcome
            ------  -------  --------  --------  -------  ---------
            source    1,200  3.000 ms    2.5 µs        0  completed
            parse         3  750.0 µs  250.0 µs        2  failed
            sink          0         0         -        0  completed

            Edge                  Written  Delivered  Drop-oldest  Drop-newest  Abandoned  Left queued  Peak depth
            --------------------  -------  ---------  -----------  -----------  ---------  -----------  ----------
            source.Out->parse.In    1,200          4          100           50      1,040            6          64
            parse.Out->sink.In          3          3            0            0          0            0           1

            Failures
              parse (process, firing 4): FormatException: bad line 'x'
                inputs: source.Out->parse.In
            """), SampleRuns.Failed().ToTable());
    }

    [Fact]
    public void A_successful_run_has_no_failure_section_and_each_time_in_its_own_unit()
    {
        Assert.Equal(Lines("""
            Run of 'Copy' on parallel: succeeded in 2.250 s

            Node     Firings       Total      Mean  Retries  Outcome
            -----  ---------  ----------  --------  -------  ---------
            read   1,000,000     1.500 s    1.5 µs        0  completed
            write  1,000,000  500.000 ms  500.0 ns        0  completed

            Edge                  Written  Delivered  Drop-oldest  Drop-newest  Abandoned  Left queued  Peak depth
            ------------------  ---------  ---------  -----------  -----------  ---------  -----------  ----------
            read.Out->write.In  1,000,000  1,000,000            0            0          0            0          16
            """), SampleRuns.Succeeded().ToTable());
    }

    [Fact]
    public void A_cancelled_run_shows_nodes_cut_off_in_flight()
    {
        var result = new RunResult("Stream", "pipelined", TimeSpan.FromMilliseconds(40), Cancelled: true,
            [new NodeRunStats("tail", 7, 0, TimeSpan.FromMilliseconds(1.25), NodeOutcome.Cancelled, InFlight: true)],
            [],
            []);

        Assert.Equal(Lines("""
            Run of 'Stream' on pipelined: cancelled after 40.000 ms

            Node  Firings     Total      Mean  Retries  Outcome
            ----  -------  --------  --------  -------  ---------------------
            tail        7  1.250 ms  178.6 µs        0  cancelled (in flight)
            """), result.ToTable());
    }

    [Fact]
    public void Times_below_a_microsecond_are_in_nanoseconds_however_short_the_mean()
    {
        var result = new RunResult("Fast", "serial", TimeSpan.FromTicks(7), Cancelled: false,
            [
                new NodeRunStats("tight", 1_000_000, 0, TimeSpan.FromMilliseconds(30), NodeOutcome.Completed, InFlight: false),
                new NodeRunStats("tighter", 8, 0, TimeSpan.FromTicks(3), NodeOutcome.Completed, InFlight: false),
            ],
            [],
            []);

        Assert.Equal(Lines("""
            Run of 'Fast' on serial: succeeded in 700.0 ns

            Node       Firings      Total     Mean  Retries  Outcome
            -------  ---------  ---------  -------  -------  ---------
            tight    1,000,000  30.000 ms  30.0 ns        0  completed
            tighter          8   300.0 ns  37.5 ns        0  completed
            """), result.ToTable());
    }

    [Fact]
    public void Items_held_over_capacity_get_a_column_when_an_edge_held_any()
    {
        var result = SampleRuns.Succeeded() with
        {
            Nodes = [],
            Edges = [new EdgeRunStats("burst.Out->sink.In", 300, 300, 0, 0, 0, 0, 300, OverCapacity: 296)],
        };

        Assert.Equal(Lines("""
            Run of 'Copy' on parallel: succeeded in 2.250 s

            Edge                Written  Delivered  Drop-oldest  Drop-newest  Abandoned  Left queued  Peak depth  Over capacity
            ------------------  -------  ---------  -----------  -----------  ---------  -----------  ----------  -------------
            burst.Out->sink.In      300        300            0            0          0            0         300            296
            """), result.ToTable());
    }

    [Fact]
    public void Each_edge_shows_its_effective_policy_marking_the_default_and_fused_edges()
    {
        var result = SampleRuns.Succeeded() with
        {
            Nodes = [],
            Edges =
            [
                new EdgeRunStats("read.Out->parse.In", 5, 5, 0, 0, 0, 0, 5) { Policy = Edge.Default() },
                new EdgeRunStats("parse.Out->trim.In", 5, 5, 0, 0, 0, 0, 1) { Policy = Edge.Default(), IsFused = true },
                new EdgeRunStats("trim.Out->write.In", 5, 5, 0, 0, 0, 0, 4) { Policy = Edge.Fifo },
                new EdgeRunStats("trim.Out->log.In", 5, 3, 0, 2, 0, 0, 2) { Policy = Edge.Bounded(2, Overflow.DropNewest) },
            ],
        };

        Assert.Equal(Lines("""
            Run of 'Copy' on parallel: succeeded in 2.250 s

            Edge                Policy                          Written  Delivered  Drop-oldest  Drop-newest  Abandoned  Left queued  Peak depth
            ------------------  ------------------------------  -------  ---------  -----------  -----------  ---------  -----------  ----------
            read.Out->parse.In  bounded(1024, Block) (default)        5          5            0            0          0            0           5
            parse.Out->trim.In  fused                                 5          5            0            0          0            0           1
            trim.Out->write.In  fifo                                  5          5            0            0          0            0           4
            trim.Out->log.In    bounded(2, DropNewest)                5          3            0            2          0            0           2
            """), result.ToTable());
    }

    [Fact]
    public void Warnings_follow_with_how_often_they_were_repeated()
    {
        var warnings = new WarningLog(new CapturingLogger());
        for (var i = 0; i < 1_235; i++) warnings.Warn("drop:source.Out->parse.In", "Edge 'source.Out->parse.In' dropped items");
        warnings.Warn("slow:parse", "Node 'parse' fired slowly");
        var result = SampleRuns.Succeeded() with { Nodes = [], Edges = [] };

        Assert.Equal(Lines("""
            Run of 'Copy' on parallel: succeeded in 2.250 s

            Warnings
              Edge 'source.Out->parse.In' dropped items (repeated 1,234 times)
              Node 'parse' fired slowly
            """), result.ToTable(warnings));
    }

    [Fact]
    public void A_failure_message_on_several_lines_is_kept_on_one()
    {
        var result = SampleRuns.Failed() with
        {
            Nodes = [],
            Edges = [],
            Failures = [new NodeFailure("load", "initialize", new IOException("no file\nat /data/in.csv"), 0, [])],
        };

        Assert.Equal(Lines("""
            Run of 'Pipeline' on serial: failed after 12.500 ms

            Failures
              load (initialize, firing 0): IOException: no file at /data/in.csv
            """), result.ToTable());
    }
}
