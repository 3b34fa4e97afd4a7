using System.Collections.Concurrent;
using Daedalus.Generators.Isolation;
using Daedalus.Generators.Tests.Fuzz;

namespace Daedalus.Generators.Tests;

/// <summary>
/// The generator and the analyzer never throw, whatever the source: thousands of random mutations of the samples'
/// and tests' graph and node sources (<see cref="FuzzCorpus"/>, <see cref="Mutations"/>), with fixed seeds, each
/// built with both (<see cref="FuzzRunner"/>). A failure prints the seed, the mutations and the mutant;
/// <c>DAEDALUS_FUZZ_SEED=n</c> reruns one seed, and <c>DAEDALUS_FUZZ_MUTANTS=n</c> runs n mutants per program
/// instead of the default, to hunt for crashes.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Seeds of program i are i × this plus 0, 1, 2...: a seed names one mutant of one program.</summary>
    private const int SeedsPerProgram = 1_000_000;

    /// <summary>A mutant builds in well under a second; one that takes this long is stuck in a loop.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Programs => new(FuzzCorpus.Programs.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task Mutated_sources_never_make_Daedalus_throw(string program)
    {
        var index = FuzzCorpus.Programs.ToList().FindIndex(p => p.Name == program);
        var runner = new FuzzRunner(FuzzCorpus.Programs[index]);
        var failures = new ConcurrentDictionary<int, string>();
        using var enough = new CancellationTokenSource();
        try
        {
            // Two at a time: CI machines have two cores, and each mutant is a build of its own.
            await Parallel.ForEachAsync(Seeds(index), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = enough.Token }, async (seed, _) =>
            {
                var run = Task.Run(() => runner.RunAsync(seed));
                var failure = await Task.WhenAny(run, Task.Delay(Hang)) == run
                    ? await run
                    : $"Seed {seed} of {program} did not build within {Hang.TotalSeconds} s: the generator or the analyzer hangs (rerun it alone with DAEDALUS_FUZZ_SEED={seed}).";
                if (failure is null) return;
                failures[seed] = failure;
                if (failures.Count >= 3) await enough.CancelAsync();
            });
        }
        catch (OperationCanceledException) when (enough.IsCancellationRequested)
        {
        }
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.OrderBy(f => f.Key).Select(f => f.Value)));
    }

    /// <summary>The fuzz test can fail: a crash in any stage, turned into DAE0999 by the walls, is caught and described.</summary>
    [Theory]
    [InlineData(TestFaults.Read, "analyzer: ")]
    [InlineData(TestFaults.Analyze, "analyzer: ")]
    [InlineData(TestFaults.Emit, "generator: ")]
    public async Task The_runner_reports_a_crash_with_its_seed_mutations_and_mutant(string stage, string reporter)
    {
        var runner = new FuzzRunner(FuzzCorpus.Programs.Single(p => p.Name == "Sources.Cycle"));
        TestFaults.Inject.Value = (at, name) =>
        {
            if (at == stage && name == "Loop") throw new InvalidOperationException("injected");
        };
        try
        {
            // Most mutants keep the graph class Loop, so one of the first few fails.
            string? failure = null;
            var seed = 0;
            for (; seed < 20 && failure is null; seed++) failure = await runner.RunAsync(seed);

            Assert.NotNull(failure);
            Assert.StartsWith($"Seed {seed - 1} of Sources.Cycle crashed Daedalus (rerun it alone with DAEDALUS_FUZZ_SEED={seed - 1}).", failure);
            Assert.Contains(reporter, failure);
            Assert.Contains("DAE0999", failure);
            Assert.Contains("Mutations of Sources.Cycle/Source0.cs:", failure);
            Assert.Contains("class Loop", failure);
        }
        finally
        {
            TestFaults.Inject.Value = null;
        }
    }

    private static IEnumerable<int> Seeds(int program)
    {
        var first = (program + 1) * SeedsPerProgram;
        if (int.TryParse(Environment.GetEnvironmentVariable("DAEDALUS_FUZZ_SEED"), out var only))
        {
            return only / SeedsPerProgram == program + 1 ? [only] : [];
        }
        var count = int.TryParse(Environment.GetEnvironmentVariable("DAEDALUS_FUZZ_MUTANTS"), out var mutants) ? mutants : FuzzCorpus.Programs[program].Mutants;
        return Enumerable.Range(first, Math.Min(count, SeedsPerProgram));
    }
}
