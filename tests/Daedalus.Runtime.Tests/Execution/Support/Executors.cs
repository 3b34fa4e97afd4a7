namespace Daedalus.Runtime.Tests.Execution;

/// <summary>Every executor by name, for theories, and runs guarded against deadlocks.</summary>
internal static class Executors
{
    /// <summary>One pool shared by the pooled executors of every test (pools serve concurrent runs).</summary>
    public static readonly WorkerPool Pool = new();

    /// <summary>Generous: only there to turn a deadlock into a failure on however loaded a machine.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    public static TheoryData<string> All => ["serial", "parallel", "pipelined", "pooled-parallel", "pooled-pipelined"];

    public static Executor Get(string name) => name switch
    {
        "serial" => Executor.Serial,
        "parallel" => Executor.Parallel(2),
        "pipelined" => Executor.Pipelined(),
        "pooled-parallel" => Executor.Parallel(2, Pool),
        "pooled-pipelined" => Executor.Pipelined(Pool),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Runs <paramref name="graph"/>, failing the test instead of hanging if it does not end in time.</summary>
    public static RunResult Run(RuntimeGraph graph, string executor, bool throwOnFailure = true,
        IReadOnlyDictionary<string, RetryPolicy>? retry = null, CancellationToken cancellation = default)
    {
        var options = new RunOptions
        {
            Executor = Get(executor),
            ThrowOnFailure = throwOnFailure,
            Retry = retry ?? new Dictionary<string, RetryPolicy>(),
        };
        var run = graph.RunAsync(options, cancellation);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(Guard))
            Assert.Fail($"Graph '{graph.Name}' on {executor} did not finish within {Guard.TotalSeconds} s: deadlock.");
        return run.GetAwaiter().GetResult();
    }

    /// <summary>Like <see cref="Run"/>, for a run expected to throw <typeparamref name="TException"/>.</summary>
    public static TException RunThrows<TException>(RuntimeGraph graph, string executor,
        IReadOnlyDictionary<string, RetryPolicy>? retry = null, CancellationToken cancellation = default) where TException : Exception
    {
        RunResult? result = null;
        var error = Record.Exception(() => result = Run(graph, executor, retry: retry, cancellation: cancellation));
        return error as TException
            ?? throw new Xunit.Sdk.XunitException($"Expected {typeof(TException).Name} from {executor}, got {(error is null ? $"a result: {result}" : error.ToString())}");
    }
}
