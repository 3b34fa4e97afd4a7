using Daedalus;

namespace Quickstart;

/// <summary>
/// The boiler's readings in hourly windows, normalised and smoothed in a GPU segment: the window is uploaded
/// once, both shaders run on the device, and only the smoothed result is read back.
/// </summary>
[Graph]
public sealed partial class Smoothing
{
    static void Define(GraphBuilder g)
    {
        var feed = g.Add(new SensorFeed());
        var windows = g.Add(new HourlyWindows { Sensor = "boiler" });
        var normalise = g.Add(new Normalise { Baseline = 71f, Scale = 1f / 6f });
        var smooth = g.Add(new Smooth());
        var peaks = g.Add(new Peaks());

        g.Connect(feed.Output, windows.Reading);
        g.Connect(windows.Output, normalise.Window);
        g.Connect(normalise.Output, smooth.Samples);
        g.Connect(smooth.Output, peaks.Window);
    }
}
