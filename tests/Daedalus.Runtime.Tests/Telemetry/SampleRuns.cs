namespace Daedalus.Runtime.Tests.Telemetry;

/// <summary>Hand-made run results for the telemetry and summary tests.</summary>
public static class SampleRuns
{
    /// <summary>
    /// A three-node pipeline on the serial executor: a source, a parser that was retried twice and failed
    /// on its 4th firing, and a sink; one edge dropped items both ways, one was abandoned.
    /// </summary>
    public static RunResult Failed(string graph = "Pipeline") => new(
        graph,
        "serial",
        TimeSpan.FromMilliseconds(12.5),
        Cancelled: false,
        Nodes:
        [
            new NodeRunStats("source", 1_200, 0, TimeSpan.FromMilliseconds(3), NodeOutcome.Completed, InFlight: false),
            new NodeRunStats("parse", 3, 2, TimeSpan.FromMilliseconds(0.75), NodeOutcome.Failed, InFlight: false),
            new NodeRunStats("sink", 0, 0, TimeSpan.Zero, NodeOutcome.Completed, InFlight: false),
        ],
        Edges:
        [
            new EdgeRunStats("source.Out->parse.In", 1_200, 4, 100, 50, 1_040, 6, 64),
            new EdgeRunStats("parse.Out->sink.In", 3, 3, 0, 0, 0, 0, 1),
        ],
        Failures:
        [
            new NodeFailure("parse", "process", new FormatException("bad line 'x'"), 4, ["source.Out->parse.In"]),
        ]);

    /// <summary>A two-node run that succeeded.</summary>
    public static RunResult Succeeded(string graph = "Copy") => new(
        graph,
        "parallel",
        TimeSpan.FromSeconds(2.25),
        Cancelled: false,
        Nodes:
        [
            new NodeRunStats("read", 1_000_000, 0, TimeSpan.FromSeconds(1.5), NodeOutcome.Completed, InFlight: false),
            new NodeRunStats("write", 1_000_000, 0, TimeSpan.FromMilliseconds(500), NodeOutcome.Completed, InFlight: false),
        ],
        Edges: [new EdgeRunStats("read.Out->write.In", 1_000_000, 1_000_000, 0, 0, 0, 0, 16)],
        Failures: []);
}
