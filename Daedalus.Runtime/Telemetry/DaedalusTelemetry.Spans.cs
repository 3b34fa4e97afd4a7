using System.Diagnostics;

namespace Daedalus.Runtime;

public static partial class DaedalusTelemetry
{
    /// <summary>
    /// Starts the span of one run of <paramref name="graph"/> on <paramref name="executor"/>, a child of
    /// <see cref="Activity.Current"/>; <see langword="null"/> when nothing listens or the span is not sampled.
    /// Pass it to <see cref="StartFiring"/> and end it with <see cref="EndRun"/>.
    /// </summary>
    public static Activity? StartRun(string graph, string executor)
    {
        if (!ActivitySource.HasListeners()) return null;
        var run = ActivitySource.StartActivity(TelemetryNames.RunActivity, ActivityKind.Internal);
        if (run is null) return null;
        run.DisplayName = $"run {graph}";
        run.SetTag(TelemetryNames.GraphTag, graph);
        run.SetTag(TelemetryNames.ExecutorTag, executor);
        return run;
    }

    /// <summary>
    /// Starts the span of firing <paramref name="firing"/> (1-based) of <paramref name="node"/>, a child of
    /// <paramref name="run"/> (explicitly, so it works on any worker thread). <see langword="null"/> unless
    /// <paramref name="run"/> is a span and <paramref name="traceFirings"/> (the run's
    /// <see cref="RunOptions.TraceFirings"/>) is on; it costs two checks then. Dispose the span when the
    /// firing ends.
    /// </summary>
    public static Activity? StartFiring(Activity? run, bool traceFirings, string node, long firing)
    {
        if (run is null || !traceFirings) return null;
        var span = ActivitySource.StartActivity(TelemetryNames.FiringActivity, ActivityKind.Internal, run.Context);
        if (span is null) return null;
        span.DisplayName = $"fire {node}";
        span.SetTag(TelemetryNames.NodeTag, node);
        span.SetTag(TelemetryNames.FiringTag, firing);
        return span;
    }

    /// <summary>
    /// Ends the span from <see cref="StartRun"/>: tags it with the run's outcome, records every failure as
    /// an exception event, sets an error status when the run did not succeed, and stops it. Does nothing
    /// when <paramref name="run"/> is <see langword="null"/>.
    /// </summary>
    public static void EndRun(Activity? run, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (run is null) return;
        run.SetTag(TelemetryNames.OutcomeTag, Outcome(result));
        if (result.Durable is { } durable)
        {
            run.SetTag(TelemetryNames.RunIdTag, durable.RunId);
            run.SetTag(TelemetryNames.DurableResults + "." + TelemetryNames.Hit, durable.Hits);
            run.SetTag(TelemetryNames.DurableResults + "." + TelemetryNames.Miss, durable.Misses);
        }
        foreach (var failure in result.Failures)
        {
            run.AddException(failure.Error, new TagList
            {
                { TelemetryNames.NodeTag, failure.Node },
                { TelemetryNames.PhaseTag, failure.Phase },
                { TelemetryNames.FiringTag, failure.Firing },
            });
        }
        if (!result.Succeeded) run.SetStatus(ActivityStatusCode.Error, Describe(result));
        run.Dispose();
    }

    private static string Outcome(RunResult result) =>
        result.Cancelled ? TelemetryNames.Cancelled
        : result.Durable?.BudgetExceeded is not null ? TelemetryNames.BudgetExceeded
        : result.Paused ? TelemetryNames.Paused
        : result.Succeeded ? TelemetryNames.Succeeded : TelemetryNames.Failed;

    private static string Describe(RunResult result) => result.Cancelled
        ? "cancelled"
        : $"{result.Failures.Count} failure(s), {result.Edges.Sum(e => (long)e.LeftQueued)} item(s) left queued, {result.Edges.Sum(e => e.Abandoned)} abandoned";
}
