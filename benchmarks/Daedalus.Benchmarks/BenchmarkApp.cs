using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Perfolizer.Horology;

namespace Daedalus.Benchmarks;

/// <summary>
/// The command line. Modes:
/// <list type="bullet">
/// <item><c>--quick</c>: every suite, short job (1 launch, 3 warm-ups, 5 iterations of ~250 ms), one joined table.</item>
/// <item><c>--smoke</c>: every suite once, tiny sizes, in-process, no timing worth reading: proves the suite runs.</item>
/// <item>no mode flag: BenchmarkDotNet's default job (the full run).</item>
/// <item><c>--in-process</c> (with either): runs the job in this process, with no boilerplate project to build
/// (on a loaded machine that build can exceed BenchmarkDotNet's timeout).</item>
/// </list>
/// <item><c>--live-profile [--workers W] N…</c>: no BenchmarkDotNet run; starts a live graph of each N nodes (a thread
/// per node, or W shared workers) and prints its
/// per-commit latencies (<see cref="LiveProfile"/>): the quickest way to see live-graph commit percentiles.</item>
/// <item><c>--durable-profile [R]</c>: no BenchmarkDotNet run; runs the durable suite's graph R times (5) per contender
/// and prints where the time goes (<see cref="DurableProfile"/>): wall, store time, the rest, commits and bytes.</item>
/// Any other argument goes to BenchmarkDotNet (<c>--filter '*Stream*'</c>, <c>--list flat</c>, ...).
/// </summary>
public static class BenchmarkApp
{
    public static readonly Type[] Suites =
    [
        typeof(StreamBenchmarks),
        typeof(FilterBenchmarks),
        typeof(FlatMapBenchmarks),
        typeof(AggregateBenchmarks),
        typeof(SmallGraphBenchmarks),
        typeof(FanOutBenchmarks),
        typeof(NewestWinsBenchmarks),
        typeof(GeneratorBenchmarks),
        typeof(SaxpyBenchmarks),
        typeof(StencilBenchmarks),
        typeof(DagBenchmarks),
        typeof(AsyncNodeBenchmarks),
        typeof(LiveCommitBenchmarks),
        typeof(LiveStartBenchmarks),
        typeof(LiveStreamBenchmarks),
        typeof(DurableBenchmarks),
    ];

    public static int Run(string[] args)
    {
        if (args is ["--live-profile", .. var sizes])
        {
            if (sizes is ["--workers", { } workers, .. var others])
            {
                LiveProfile.Workers = int.Parse(workers, System.Globalization.CultureInfo.InvariantCulture);
                sizes = others;
            }
            foreach (var size in sizes) LiveProfile.For(int.Parse(size!, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }
        if (args is ["--durable-profile", .. var runs])
        {
            DurableProfile.Print(runs is [{ } count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 5);
            return 0;
        }
        var quick = args.Contains("--quick");
        var smoke = args.Contains("--smoke");
        var inProcess = args.Contains("--in-process");
        var rest = args.Where(a => a is not "--quick" and not "--smoke" and not "--in-process").ToList();
        if (!rest.Any(a => a is "--filter" or "-f" || a.StartsWith("--list", StringComparison.Ordinal)))
        {
            rest.AddRange(["--filter", "*"]);
        }
        if (smoke) Environment.SetEnvironmentVariable(Sizes.Variable, "1");

        var job = smoke
            ? Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance).WithId("Smoke")
            : quick
                ? Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
                    .WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("Quick")
                : Job.Default.WithId("Full");
        // The in-process toolchain gives up on a benchmark after 5 minutes by default; a live graph of 10,000 nodes on
        // a busy 2-core machine takes longer than that to set up, measure and stop.
        if (inProcess && !smoke) job = job.WithToolchain(new InProcessNoEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));

        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(CategoriesColumn.Default, new AllocatedPerItemColumn(), new ProbeColumn())
            .HideColumns(Column.Type, Column.Job, Column.AllocRatio, Column.Error, Column.StdDev, Column.Median, Column.RatioSD, Column.Gen0, Column.Gen1, Column.Gen2)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOptions(ConfigOptions.JoinSummary);
        if (smoke) config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        config = config.AddFilter(VulkanCasesFilter());

        var summaries = BenchmarkSwitcher.FromTypes(Suites).Run(rest.ToArray(), config).ToList();
        if (rest.Any(a => a.StartsWith("--list", StringComparison.Ordinal))) return 0;
        var failed = summaries.Count == 0
            || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
        if (failed)
        {
            Console.Error.WriteLine("Daedalus.Benchmarks: some benchmarks failed or did not run (see the log above).");
            return 1;
        }
        return 0;
    }

    /// <summary>Leaves out the <see cref="VulkanCaseAttribute"/> benchmarks, with the reason printed, when no Vulkan device opens.</summary>
    private static SimpleFilter VulkanCasesFilter()
    {
        var reason = ShaderSupport.VulkanUnavailable;
        if (reason is not null)
            Console.WriteLine($"// Shader suites: the Vulkan cases are skipped: {reason}");
        return new SimpleFilter(benchmark =>
            reason is null || !benchmark.Descriptor.WorkloadMethod.IsDefined(typeof(VulkanCaseAttribute), inherit: false));
    }
}
