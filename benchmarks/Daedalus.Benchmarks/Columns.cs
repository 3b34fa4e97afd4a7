using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Daedalus.Benchmarks;

/// <summary>
/// Bytes allocated per item: BenchmarkDotNet's allocated bytes per operation divided by the items one
/// operation moves, which each benchmark class states in a static <c>ItemsPerOperation</c> property.
/// </summary>
public sealed class AllocatedPerItemColumn : IColumn
{
    public string Id => nameof(AllocatedPerItemColumn);
    public string ColumnName => "Alloc/item";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Metric;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Size;
    public string Legend => "Bytes allocated per item (Allocated / items per operation)";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
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
public sealed class ProbeColumn : IColumn
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    public string Id => nameof(ProbeColumn);
    public string ColumnName => "Counted (1 run)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Counts from one extra run of the scenario: items lost, overwrites, staleness";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
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
