using Daedalus;

namespace FileStats;

/// <summary>
/// file → bytes → lines → readings → statistics. The file arrives in chunks over a byte-stream edge
/// (a pipe with a 256 KiB pause threshold), so memory stays flat however large the file is.
/// </summary>
[Graph]
public sealed partial class LogStats
{
    static void Define(GraphBuilder g)
    {
        var file = g.Add(new ReadFile { Path = "readings.csv" });
        var lines = g.Add(new SplitLines());
        var parse = g.Add(new ParseReading());
        var stats = g.Add(new SensorStats());
        g.Connect(file.Bytes, lines.Bytes, Edge.Bytes(256 * 1024));
        g.Connect(lines.Lines, parse.Lines, Edge.Bounded(1024));
        g.Connect(parse.Readings, stats.Reading, Edge.Bounded(1024));
    }
}
