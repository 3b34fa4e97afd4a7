using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Daedalus.Runtime;
using Daedalus.Sqlite;

namespace Daedalus.Benchmarks;

/// <summary>
/// Where a durable run's time goes, on the <see cref="DurableBenchmarks"/> graph: for each contender, the median over
/// several runs of the wall time, of <see cref="DurableRunStats.StoreTime"/> (opening the run, reading, committing) and
/// of the rest (the executor: scheduling, serializing, hashing, running the nodes), with the run's commits and bytes;
/// then what the SHA-256 calls of a cold run cost on their own (a blob hash and a key hash per recorded node).
/// </summary>
public static class DurableProfile
{
    /// <summary>Runs before the timed ones: tiered compilation promotes a method after 30 calls and a short delay.</summary>
    private const int WarmUps = 40;

    public static void Print(int runs)
    {
        var (graph, _) = DurableGraph.Build(Sizes.DurableChunks, Sizes.DurableRows);
        Console.WriteLine($"// Durable profile: {graph.NodeCount:N0} nodes, {Sizes.DurableRows} readings per chunk, serial, median of {runs} runs");
        Report("no store", Measure(runs, () => (graph.Run(new RunOptions { Executor = Executor.Serial }), null)));
        Report("cold, MemoryRunStore", Measure(runs, () => (RunDurably(graph, new MemoryRunStore(), "cold"), null)));
        Report("cold, new SQLite file", Measure(runs, () =>
        {
            var folder = Directory.CreateTempSubdirectory("daedalus-bench-durable-");
            var store = SqliteRunStore.Open(Path.Combine(folder.FullName, "runs.db"));
            return (RunDurably(graph, store, "cold"), () =>
            {
                store.Dispose();
                folder.Delete(recursive: true);
            });
        }));
        var warmFolder = Directory.CreateTempSubdirectory("daedalus-bench-durable-");
        try
        {
            using var warm = SqliteRunStore.Open(Path.Combine(warmFolder.FullName, "runs.db"));
            RunDurably(graph, warm, "warm");
            Report("warm, SQLite", Measure(runs, () => (RunDurably(graph, warm, "warm"), null)));
        }
        finally
        {
            warmFolder.Delete(recursive: true);
        }
        Console.WriteLine($"SHA-256 alone, a cold run's calls (blob + key per recorded node): {Ms(HashingTime(graph.NodeCount - 1))}");
    }

    private static RunResult RunDurably(RuntimeGraph graph, IRunStore store, string runId) =>
        graph.Run(new RunOptions { Executor = Executor.Serial, Durable = new DurableRun(store, runId) });

    private sealed record Sample(double WallMs, double StoreMs, DurableRunStats? Stats);

    /// <summary>
    /// Untimed runs until the JIT has compiled the run's code at its final tier, then <paramref name="runs"/> timed ones;
    /// each run may return a cleanup, run untimed.
    /// </summary>
    private static List<Sample> Measure(int runs, Func<(RunResult Result, Action? Cleanup)> run)
    {
        var samples = new List<Sample>();
        for (var i = 0; i < WarmUps + runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var (result, cleanup) = run();
            var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cleanup?.Invoke();
            if (i >= WarmUps) samples.Add(new Sample(wall, result.Durable?.StoreTime.TotalMilliseconds ?? 0, result.Durable));
        }
        return samples;
    }

    private static void Report(string contender, List<Sample> samples)
    {
        var wall = Median(samples.Select(s => s.WallMs));
        var store = Median(samples.Select(s => s.StoreMs));
        var stats = samples[^1].Stats;
        var counts = stats is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $", {stats.Misses:N0} computed, {stats.Hits:N0} reused, {stats.Commits} commits, {stats.BytesWritten:N0} B written, {stats.BytesRead:N0} B read");
        Console.WriteLine($"{contender,-22} wall {Ms(wall)}, store {Ms(store)}, rest {Ms(wall - store)}{counts}");
    }

    /// <summary>Times one SHA-256 of a 32-reading blob and one incremental key hash of ~12 parts, per node.</summary>
    private static double HashingTime(int nodes)
    {
        var blob = new byte[Sizes.DurableRows * 9];
        var part = new byte[24];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var n = 0; n < nodes; n++)
            {
                SHA256.HashData(blob, digest);
                using var key = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                for (var i = 0; i < 12; i++) key.AppendData(part);
                key.GetHashAndReset(digest);
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return best;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
