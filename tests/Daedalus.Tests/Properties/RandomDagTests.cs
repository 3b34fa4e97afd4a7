using Daedalus.Runtime;

namespace Daedalus.Tests.Properties;

/// <summary>
/// The executors' contract, as a property: for random DAGs of deterministic nodes (seeded, so a failure names
/// its graph), serial, parallel, pipelined and pooled executors give the same sink results. Every run has a
/// deadlock guard.
/// </summary>
public sealed class RandomDagTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly WorkerPool _pool = new();

    public void Dispose() => _pool.Dispose();

    private IEnumerable<Executor> Executors() =>
    [
        Executor.Parallel(),
        Executor.Parallel(maxDegreeOfParallelism: 3),
        Executor.Pipelined(),
        Executor.Parallel(pool: _pool),
        Executor.Pipelined(_pool),
    ];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(0, 60));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_executor_gives_the_serial_results(int seed)
    {
        var expected = Run(seed, fanIn: false, Executor.Serial);
        foreach (var executor in Executors())
        {
            var actual = Run(seed, fanIn: false, executor);
            Assert.Equal(expected.Count, actual.Count);
            for (var s = 0; s < expected.Count; s++)
            {
                Assert.True(expected[s].Items.SequenceEqual(actual[s].Items), $"seed {seed}, {executor.Name}: sink {s} differs");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void With_fan_in_every_executor_delivers_the_same_items(int seed)
    {
        var expected = Run(seed, fanIn: true, Executor.Serial);
        foreach (var executor in Executors())
        {
            var actual = Run(seed, fanIn: true, executor);
            for (var s = 0; s < expected.Count; s++)
            {
                // A merging sink's order depends on timing; its multiset does not. Every other sink is exact.
                var (want, got) = expected[s].Merges
                    ? (expected[s].Items.Order(), actual[s].Items.Order())
                    : (expected[s].Items.AsEnumerable(), actual[s].Items.AsEnumerable());
                Assert.True(want.SequenceEqual(got), $"seed {seed}, {executor.Name}: sink {s} differs");
            }
        }
    }

    private static List<(List<int> Items, bool Merges)> Run(int seed, bool fanIn, Executor executor)
    {
        var dag = RandomDag.Build(seed, fanIn);
        var run = Task.Run(() => dag.Graph.Run(new RunOptions { Executor = executor }));
        Assert.True(run.Wait(Guard), $"seed {seed}: {executor.Name} did not finish within {Guard.TotalSeconds} s (deadlock?)");
        Assert.True(run.Result.Succeeded, $"seed {seed}: {executor.Name} did not succeed");
        return dag.Sinks.Select(s => (s.Sink.Items, s.Merges)).ToList();
    }
}
