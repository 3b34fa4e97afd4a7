using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Daedalus.Benchmarks;

/// <summary>
/// What a row costs per node above its category's baseline: (mean − baseline mean) / nodes per operation (the class's
/// <c>ItemsPerOperation</c>), in microseconds. For the durable suite, the cost of keeping every node's result.
/// </summary>
/// <remarks>The summary is joined, so every row gets the column: rows of other classes, and the baseline, show "-".</remarks>
public sealed class OverheadPerNodeColumn(Type target) : SuiteColumn(nameof(OverheadPerNodeColumn), "Over baseline/node",
    "(Mean - baseline mean) / nodes per operation, in microseconds", ColumnCategory.Custom, priority: 2, numeric: true)
{
    /// <summary>Adds the column for <see cref="DurableBenchmarks"/> (through <c>[Config]</c> on the class).</summary>
    public sealed class ForDurable : ManualConfig
    {
        /// <summary>Adds the column.</summary>
        public ForDurable() => AddColumn(new OverheadPerNodeColumn(typeof(DurableBenchmarks)));
    }

    protected override string Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type != target || benchmarkCase.Descriptor.Baseline) return "-";
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var baselineMean = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        var nodes = AllocatedPerItemColumn.ItemsPerOperation(target);
        if (mean is null || baselineMean is null || nodes <= 0) return "?";
        return ((mean.Value - baselineMean.Value) / nodes / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " µs";
    }
}
