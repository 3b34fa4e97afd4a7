using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Daedalus.Benchmarks;

/// <summary>
/// A column read from the <see cref="LiveProfile"/> of the row's graph size (its <c>Nodes</c> parameter): per-commit
/// percentiles, or the start-up figures. The profile is measured in the host process when the table is built.
/// </summary>
/// <remarks>The summary is joined, so every row gets the column: rows of other classes than <paramref name="target"/> show "-".</remarks>
public sealed class LiveProfileColumn(Type target, string name, string legend, Func<LiveProfile, string, string> value)
    : SuiteColumn(nameof(LiveProfileColumn) + name, name, legend, ColumnCategory.Custom, priority: 1, numeric: false)
{
    /// <summary>The commit kinds each benchmark method of <see cref="LiveCommitBenchmarks"/> runs.</summary>
    private static readonly Dictionary<string, string[]> KindsOf = new()
    {
        [nameof(LiveCommitBenchmarks.AddRemoveNode)] = ["add", "remove"],
        [nameof(LiveCommitBenchmarks.Reconfigure)] = ["reconfigure"],
        [nameof(LiveCommitBenchmarks.Resize)] = ["resize"],
    };

    /// <summary>Per-commit latency at <paramref name="percentile"/>, from the caller (or inside the commit), for each kind the row runs.</summary>
    public static LiveProfileColumn Commit(double percentile, bool inside) => new(
        typeof(LiveCommitBenchmarks),
        $"{(inside ? "in-commit " : "")}p{percentile}",
        $"{percentile}th percentile of single commits' latency, {(inside ? "CommitResult.Elapsed (inside the commit)" : "from the caller (Stopwatch around the edit and Commit())")}; one host-side run per size",
        (profile, method) => string.Join(", ", KindsOf[method].Select(kind =>
            (KindsOf[method].Length > 1 ? kind + " " : "") + LiveProfile.Ms(profile.Percentile(kind, percentile, inside)))));

    /// <summary>Commits sampled per kind.</summary>
    public static LiveProfileColumn Samples { get; } =
        new(typeof(LiveCommitBenchmarks), "n", "Commits measured per kind for the percentiles", (profile, _) => profile.Samples.ToString(CultureInfo.InvariantCulture));

    /// <summary>Start-up: <c>Start()</c>, first item out of every lane, <c>StopAsync()</c>, from one host-side run.</summary>
    public static LiveProfileColumn StartUp { get; } = new(
        typeof(LiveStartBenchmarks),
        "Start / first items / stop (1 run)",
        "One host-side run: Start() until it returned, until every lane's sink got an item, and StopAsync()",
        (profile, _) => $"{LiveProfile.Ms(profile.Start.TotalMilliseconds)} / {LiveProfile.Ms(profile.FirstItems.TotalMilliseconds)} / {LiveProfile.Ms(profile.Stop.TotalMilliseconds)}");

    protected override string Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (type != target) return "-";
        var nodes = Convert.ToInt32(benchmarkCase.Parameters["Nodes"], CultureInfo.InvariantCulture);
        return value(LiveProfile.For(nodes), method);
    }
}

/// <summary>Items per second: the items one operation moves (the class's <c>ItemsPerOperation</c>) over the mean time.</summary>
public sealed class ItemsPerSecondColumn() : SuiteColumn(nameof(ItemsPerSecondColumn), "Items/s",
    "Items per second (items per operation / mean)", ColumnCategory.Custom, priority: 0, numeric: true)
{
    protected override string Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var items = AllocatedPerItemColumn.ItemsPerOperation(benchmarkCase.Descriptor.Type);
        if (mean is null or <= 0 || items <= 0) return "?";
        return (items / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }
}

/// <summary>The columns of the live suites, added to the app's config by <c>[Config]</c> on each class.</summary>
public static class LiveConfigs
{
    /// <summary><see cref="LiveCommitBenchmarks"/>: per-commit percentiles from the host-side profile.</summary>
    public sealed class Commit : ManualConfig
    {
        /// <summary>Adds the columns.</summary>
        public Commit() => AddColumn(
            LiveProfileColumn.Commit(50, inside: false), LiveProfileColumn.Commit(99, inside: false),
            LiveProfileColumn.Commit(99, inside: true), LiveProfileColumn.Samples);
    }

    /// <summary><see cref="LiveStartBenchmarks"/>: the start-up figures of one host-side run.</summary>
    public sealed class Start : ManualConfig
    {
        /// <summary>Adds the column.</summary>
        public Start() => AddColumn(LiveProfileColumn.StartUp);
    }

    /// <summary><see cref="LiveStreamBenchmarks"/>: items per second.</summary>
    public sealed class Stream : ManualConfig
    {
        /// <summary>Adds the column.</summary>
        public Stream() => AddColumn(new ItemsPerSecondColumn());
    }
}
