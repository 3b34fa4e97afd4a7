using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

/// <summary>Items scaled, summed by an aggregate fused into the source's loop, the total collected.</summary>
[Graph]
public sealed partial class RunningSumGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 1_000 });
        var scale = g.Add(new Scale());
        var sum = g.Add(new RunningSum());
        var totals = g.Add(new Collect<long>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, sum.Value);
        g.Connect(sum.Total, totals.Item);
    }
}

/// <summary>Items summed per window of 100, then the window sums summed again by an aggregate.</summary>
[Graph]
public sealed partial class CountWindowGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 1_050 });
        var windows = g.Add(new WindowSum());
        var sums = g.Add(new Collect<long>());
        g.Connect(source.Output, windows.Values);
        g.Connect(windows.Output, sums.Item);
    }
}

/// <summary>An aggregate of windows: the total of each window, then an aggregate over those totals.</summary>
[Graph]
public sealed partial class WindowedTotalGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var perThree = g.Add(new TotalPerThree());
        var split = g.Add(new Collect<long>());
        var grandTotal = g.Add(new RunningSumOfLongs());
        var total = g.Add(new Collect<long>());
        g.Connect(source.Output, perThree.Value);
        g.Connect(perThree.Total, split.Item);
        g.Connect(perThree.Total, grandTotal.Value);
        g.Connect(grandTotal.Total, total.Item);
    }
}

/// <summary>A window sink.</summary>
[Graph]
public sealed partial class WindowSinkGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 10 });
        var recorder = g.Add(new WindowRecorder());
        g.Connect(source.Output, recorder.Values);
    }
}

/// <summary>A window closed by time only.</summary>
[Graph]
public sealed partial class TimeWindowGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 5 });
        var slow = g.Add(new Slow());
        var ticks = g.Add(new CountPerTick());
        var minutes = g.Add(new CountPerMinute());
        var perTick = g.Add(new Collect<int>());
        var perMinute = g.Add(new Collect<int>());
        g.Connect(source.Output, slow.Value);
        g.Connect(slow.Output, ticks.Values);
        g.Connect(source.Output, minutes.Values);
        g.Connect(ticks.Output, perTick.Item);
        g.Connect(minutes.Output, perMinute.Item);
    }
}

/// <summary>A failing aggregate and a failing window next to a healthy aggregate.</summary>
[Graph]
public sealed partial class FailingFoldGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 100 });
        var failing = g.Add(new FailingSum { FailAt = 50 });
        var window = g.Add(new FailingWindow { FailOn = 95 });
        var healthy = g.Add(new RunningSum());
        var failed = g.Add(new Collect<long>());
        var windows = g.Add(new Collect<long>());
        var total = g.Add(new Collect<long>());
        g.Connect(source.Output, failing.Value);
        g.Connect(source.Output, window.Values);
        g.Connect(source.Output, healthy.Value);
        g.Connect(failing.Total, failed.Item);
        g.Connect(window.Output, windows.Item);
        g.Connect(healthy.Total, total.Item);
    }
}

/// <summary>A sum whose source is cancelled part-way.</summary>
[Graph]
public sealed partial class CancelledSumGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 5_000 });
        var cancel = g.Add(new CancelAt { At = 2_000 });
        var sum = g.Add(new RunningSum());
        var window = g.Add(new WindowSum());
        var totals = g.Add(new Collect<long>());
        var windows = g.Add(new Collect<long>());
        g.Connect(source.Output, cancel.Value);
        g.Connect(cancel.Output, sum.Value);
        g.Connect(cancel.Output, window.Values);
        g.Connect(sum.Total, totals.Item);
        g.Connect(window.Output, windows.Item);
    }
}

/// <summary>Allocation: an aggregate fused into the source's loop.</summary>
[Graph]
public sealed partial class FusedSumGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new SpanRange());
        var scale = g.Add(new Scale());
        var sum = g.Add(new RunningSum());
        var last = g.Add(new Last<long>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, sum.Value);
        g.Connect(sum.Total, last.Item);
    }
}

/// <summary>Allocation: a count window fused into the source's loop.</summary>
[Graph]
public sealed partial class FusedWindowGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new SpanRange());
        var scale = g.Add(new Scale());
        var window = g.Add(new WindowSum());
        var last = g.Add(new Last<long>());
        g.Connect(source.Output, scale.Value);
        g.Connect(scale.Output, window.Values);
        g.Connect(window.Output, last.Item);
    }
}

/// <summary>A sum behind a node that fails at item 50.</summary>
[Graph]
public sealed partial class SumAfterFailureGraph
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 100 });
        var check = g.Add(new FailOn { Value = 50 });
        var sum = g.Add(new RunningSum());
        var totals = g.Add(new Collect<long>());
        g.Connect(source.Output, check.Value);
        g.Connect(check.Output, sum.Value);
        g.Connect(sum.Total, totals.Item);
    }
}
