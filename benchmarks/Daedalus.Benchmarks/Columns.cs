using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Daedalus.Benchmarks;

/// <summary>
/// What every column of the suite fills in alike: always shown, never a default, available in every summary; a row's
/// text comes from <see cref="Value"/>, whatever the summary style.
/// </summary>
public abstract class SuiteColumn(string id, string name, string legend, ColumnCategory category, int priority, bool numeric, UnitType unit = UnitType.Dimensionless) : IColumn
{
    /// <inheritdoc/>
    public string Id => id;

    /// <inheritdoc/>
    public string ColumnName => name;

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => category;

    /// <inheritdoc/>
    public int PriorityInCategory => priority;

    /// <inheritdoc/>
    public bool IsNumeric => numeric;

    /// <inheritdoc/>
    public UnitType UnitType => unit;

    /// <inheritdoc/>
    public string Legend => legend;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Value(summary, benchmarkCase);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => Value(summary, benchmarkCase);

    /// <summary>The column's text for <paramref name="benchmarkCase"/>'s row.</summary>
    protected abstract string Value(Summary summary, BenchmarkCase benchmarkCase);
}

/// <summary>
/// Bytes allocated per item: BenchmarkDotNet's allocated bytes per operation divided by the items one
/// operation moves, which each benchmark class states in a static <c>ItemsPerOperation</c> property.
/// </summary>
public sealed class AllocatedPerItemColumn() : SuiteColumn(nameof(AllocatedPerItemColumn), "Alloc/item",
    "Bytes allocated per item (Allocated / items per operation)", ColumnCategory.Metric, priority: 10, numeric: true, UnitType.Size)
{
    protected override string Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var items = ItemsPerOperation(benchmarkCase.Descriptor.Type);
        if (bytes is null || items <= 0) return "?";
        return (bytes.Value / (double)items).ToString("0.###", CultureInfo.InvariantCulture) + " B";
    }

    internal static long ItemsPerOperation(Type type) =>
        type.GetProperty("ItemsPerOperation", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is { } value
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : 0;
}

/// <summary>
/// Counts a benchmark reports besides time: a benchmark method <c>M</c> whose class has a static
/// <c>Probe_M()</c> returning a string gets it here (items lost, overwrites, staleness). The probe runs
/// the scenario once more in the host process, so the numbers are one run's, not an average.
/// </summary>
public sealed class ProbeColumn() : SuiteColumn(nameof(ProbeColumn), "Counted (1 run)",
    "Counts from one extra run of the scenario: items lost, overwrites, staleness", ColumnCategory.Custom, priority: 0, numeric: false)
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    protected override string Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
        return Cache.GetOrAdd((type, name), static key =>
        {
            var probe = key.Item1.GetMethod("Probe_" + key.Item2, BindingFlags.Public | BindingFlags.Static);
            return probe?.Invoke(null, null) as string ?? "-";
        });
    }
}
