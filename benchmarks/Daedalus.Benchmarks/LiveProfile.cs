using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Daedalus.Runtime;

namespace Daedalus.Benchmarks;

/// <summary>
/// Per-commit latencies of one <see cref="LiveLanes"/> graph, measured with a <see cref="Stopwatch"/> around each
/// <c>Commit()</c> call, from the caller (so the edit's description and the validation of the whole graph count), and
/// <see cref="CommitResult.Elapsed"/> (measured inside the commit: from the difference to the released nodes) beside
/// it. BenchmarkDotNet's statistics are over iteration means, which hide the tail; these are over single commits, so
/// their p99 is a commit's. Also the graph's start-up: <c>Start()</c> until it returns, until every lane delivered
/// an item, and <c>StopAsync()</c>. Measured once per size in the host process, while no benchmark runs.
/// </summary>
public sealed class LiveProfile
{
    /// <summary>The commit kinds, in the order each cycle runs them.</summary>
    public static readonly string[] Kinds = ["add", "remove", "reconfigure", "resize"];

    private static readonly ConcurrentDictionary<int, LiveProfile> Cache = new();
    private readonly Dictionary<string, List<double>> _caller = Kinds.ToDictionary(kind => kind, _ => new List<double>());
    private readonly Dictionary<string, List<double>> _inside = Kinds.ToDictionary(kind => kind, _ => new List<double>());

    private LiveProfile(int nodes) => Nodes = nodes;

    /// <summary>Shared workers for the profiled graphs (<see cref="LiveOptions.Workers"/>); null: a thread per node.</summary>
    public static int? Workers { get; set; }

    /// <summary>The graph's size.</summary>
    public int Nodes { get; }

    /// <summary><c>Start()</c>, from the call until it returned: every worker thread started.</summary>
    public TimeSpan Start { get; private set; }

    /// <summary>From the <c>Start()</c> call until every lane's sink received an item.</summary>
    public TimeSpan FirstItems { get; private set; }

    /// <summary><c>StopAsync()</c>: every queue drained and every worker ended.</summary>
    public TimeSpan Stop { get; private set; }

    /// <summary>Commits measured per kind.</summary>
    public int Samples => _caller[Kinds[0]].Count;

    /// <summary>The profile of the graph of <paramref name="nodes"/> nodes, measured on first use.</summary>
    public static LiveProfile For(int nodes) => Cache.GetOrAdd(nodes, Measure);

    /// <summary>The <paramref name="percentile"/> (0-100, nearest rank) of a <paramref name="kind"/> commit's latency in ms, from the caller or inside the commit.</summary>
    public double Percentile(string kind, double percentile, bool inside = false)
    {
        var samples = (inside ? _inside : _caller)[kind];
        samples.Sort();
        var rank = (int)Math.Ceiling(percentile / 100 * samples.Count);
        return samples[Math.Clamp(rank - 1, 0, samples.Count - 1)];
    }

    /// <summary>Milliseconds, three significant digits.</summary>
    public static string Ms(double ms) => ms.ToString(ms < 1 ? "0.000" : ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Nodes} nodes{(Workers is { } workers ? $" on {workers} workers" : ", a thread each")}: start {Ms(Start.TotalMilliseconds)}, first items {Ms(FirstItems.TotalMilliseconds)}, stop {Ms(Stop.TotalMilliseconds)}; " +
        string.Join("; ", Kinds.Select(kind =>
            $"{kind} p50 {Ms(Percentile(kind, 50))} p99 {Ms(Percentile(kind, 99))} (inside p50 {Ms(Percentile(kind, 50, true))} p99 {Ms(Percentile(kind, 99, true))})")) +
        $"; {Samples} commits per kind";

    private static LiveProfile Measure(int nodes)
    {
        var profile = new LiveProfile(nodes);
        var lanes = LiveLanes.Build(nodes);
        var clock = Stopwatch.StartNew();
        var live = lanes.Graph.Start(new LiveOptions { Workers = Workers });
        profile.Start = clock.Elapsed;
        LiveCommits.WaitFor(() => lanes.Sinks.All(sink => sink.Count > 0), "every lane to deliver an item");
        profile.FirstItems = clock.Elapsed;

        var commits = new LiveCommits(live, lanes);
        commits.Verify(lanes);
        // Warm-up (the JIT, the first growth of every list), then cycles until enough samples or the time is up.
        for (var i = 0; i < (Sizes.Smoke ? 2 : nodes <= 1_000 ? 20 : 3); i++) commits.Cycle();
        var (cycles, budget) = Sizes.Smoke ? (20, TimeSpan.FromSeconds(5)) : nodes <= 1_000 ? (2_000, TimeSpan.FromSeconds(30)) : (300, TimeSpan.FromSeconds(40));
        var delivered = lanes.Delivered;
        clock.Restart();
        for (var i = 0; i < cycles && (i < 10 || clock.Elapsed < budget); i++)
        {
            foreach (var (kind, commit) in commits.Cycle())
            {
                profile._caller[kind].Add(commit.Caller.TotalMilliseconds);
                profile._inside[kind].Add(commit.Result.Elapsed.TotalMilliseconds);
            }
        }
        LiveCommits.WaitFor(() => lanes.Delivered > delivered, "items to flow after the commits");

        clock.Restart();
        var result = live.StopAsync().GetAwaiter().GetResult();
        profile.Stop = clock.Elapsed;
        LiveCommits.CheckAccounting(result);
        Console.WriteLine($"// Live profile: {profile}");
        return profile;
    }
}
