using Daedalus;

namespace LiveMonitor;

/// <summary>
/// sensors → parse → valid → stats → tally. The sensors' clock (<c>Ticker</c>) is added when the graph is started
/// (Program.cs): a definition holds [Node] classes only.
/// </summary>
[Graph]
public sealed partial class SensorMonitor
{
    static void Define(GraphBuilder g)
    {
        var sensors = g.Add(new SensorBank { Seed = 7, Sensors = 4 });
        var parse = g.Add(new ParseReading());
        var valid = g.Add(new InRange());
        var stats = g.Add(new RollingMean { Window = 16 });
        var tally = g.Add(new Tally());
        g.Connect(sensors.Lines, parse.Line);
        g.Connect(parse.Reading, valid.Reading);
        g.Connect(valid.Output, stats.Reading);
        g.Connect(stats.Output, tally.Statistic, Edge.Bounded(64));
    }
}
