using Daedalus.Sqlite.Tests.Support;
using Xunit.Abstractions;

namespace Daedalus.Sqlite.Tests;

/// <summary>
/// A durable run of a DAG in a child process, killed with SIGKILL at 20 random moments of its run and started again each time,
/// on the serial and parallel executors (10,002 nodes) and as a generated graph (384 nodes): the last session completes
/// with the result of an uninterrupted run, no node whose result was committed ran again, and the nodes that ran again
/// are at most those in flight (started, not committed) at the kills.
/// </summary>
[Trait("Category", "Crash")]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 20;

    // Each chunk sleeps first, so an uninterrupted run lasts about 40 s whatever the machine's speed, longer than the 20
    // sessions the kills cut short (0.2–2 s after the child starts its run): every kill lands while work is left.
    [Theory]
    [InlineData("serial", 101, 12)]
    [InlineData("parallel", 202, 48)]
    [InlineData("compiled", 303, 250)]
    public void A_run_killed_at_random_moments_resumes_to_the_uninterrupted_result(string mode, int seed, int sleepMilliseconds)
    {
        using var folder = new TempFolder();
        var journal = folder.File("journal.txt");
        var random = new Random(seed);
        var expected = CrashChildProcess.Run("expected", mode);
        var sessions = new List<Session>();
        var kills = 0;
        // A kill that lands before the child made any progress still counts; sessions are capped so a child that never
        // gets going fails the test instead of looping.
        while (kills < Kills && sessions.Count < Kills * 3)
        {
            var number = sessions.Count + 1;
            using var child = CrashChildProcess.Start(folder.Store, "crash", mode, journal, Text(number), Text(sleepMilliseconds));
            child.WaitUntilStarted();
            Thread.Sleep(random.Next(200, 2_000));
            var killed = child.Kill();
            sessions.Add(new Session(number, killed, Recorded(folder.Store, mode)));
            if (!killed) break;  // the run completed before its 20th kill: the assertion below says so
            kills++;
        }
        var last = sessions.Count + 1;
        var result = CrashChildProcess.Run(folder.Store, "crash", mode, journal, Text(last));
        sessions.Add(new Session(last, false, Recorded(folder.Store, mode)));

        Assert.Equal(Kills, kills);
        Assert.Equal(expected, result);
        var started = Started(journal);
        var inFlight = 0;
        var rerun = 0;
        foreach (var session in sessions)
        {
            var startedHere = started.GetValueOrDefault(session.Number, []);
            inFlight += startedHere.Count(node => !session.RecordedAfter.Contains(node));
            foreach (var node in startedHere)
            {
                var earlier = sessions.Where(s => s.Number < session.Number && started.GetValueOrDefault(s.Number, []).Contains(node)).ToList();
                if (earlier.Count == 0) continue;
                rerun++;
                // A node runs again only when no earlier session committed its result.
                Assert.All(earlier, s => Assert.DoesNotContain(node, s.RecordedAfter));
            }
        }
        Assert.InRange(rerun, 0, inFlight);
        // Not a vacuous run: results were committed between kills, so the kills cut runs that had stored work.
        var progressed = sessions.Where((s, i) => s.Killed && s.RecordedAfter.Count > (i == 0 ? 0 : sessions[i - 1].RecordedAfter.Count)).Count();
        Assert.True(progressed >= Kills / 4, $"only {progressed} of {Kills} killed sessions committed anything");
        var nodesWithResults = mode == "compiled" ? 383 : 10_001;
        Assert.Equal(nodesWithResults, sessions[^1].RecordedAfter.Count);
        output.WriteLine($"{mode}: {sessions.Count} sessions, {kills} kills, {rerun} nodes ran again, {inFlight} were in flight at the kills; progress per session: "
            + string.Join(" ", sessions.Select(s => s.RecordedAfter.Count)));
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The nodes that started in each session, from the children's journal.</summary>
    private static Dictionary<int, HashSet<string>> Started(string journal)
    {
        var started = new Dictionary<int, HashSet<string>>();
        foreach (var line in File.ReadAllLines(journal))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) continue;  // the line being written when the child was killed
            var session = int.Parse(line[..space], System.Globalization.CultureInfo.InvariantCulture);
            if (!started.TryGetValue(session, out var nodes)) started[session] = nodes = [];
            nodes.Add(line[(space + 1)..]);
        }
        return started;
    }

    /// <summary>The nodes whose result the run has committed, read from the store as the next session would.</summary>
    private static HashSet<string> Recorded(string store, string mode)
    {
        if (!File.Exists(store)) return [];
        using var sqlite = SqliteRunStore.Open(store);
        using var run = sqlite.OpenRun("crash", mode == "compiled" ? "CompiledTree" : "crash-tree");
        return [.. run.Recorded.Keys];
    }

    private sealed record Session(int Number, bool Killed, HashSet<string> RecordedAfter);
}
