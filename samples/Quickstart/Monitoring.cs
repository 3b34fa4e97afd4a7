using Daedalus;

namespace Quickstart;

/// <summary>Readings flow through calibration, then a threshold splits alarms from normal readings.</summary>
[Graph]
public sealed partial class Monitoring
{
    static void Define(GraphBuilder g)
    {
        var feed = g.Add(new SensorFeed());
        var calibrate = g.Add(new Calibrate { Offset = -0.5 });
        var threshold = g.Add(new Threshold { Limit = 90 });
        var statistics = g.Add(new Statistics());
        var alarms = g.Add(new AlarmLog());

        g.Connect(feed.Output, calibrate.Reading);
        g.Connect(calibrate.Output, threshold.Readings);
        g.Connect(threshold.Normal, statistics.Reading);
        g.Connect(threshold.Alarms, alarms.Alarm, Edge.Bounded(16));
    }
}
