using System.Diagnostics;

namespace Daedalus.Runtime;

/// <summary>
/// The part of a run every executor shares: retry policies, edges and binding, the lifecycle hooks
/// (Initialize in schedule order, Open, then the executor's firing, Close and Cleanup in reverse order,
/// also after a failure or cancellation), and the result.
/// </summary>
internal static class RunEngine
{
    public static RunResult Run(CompiledGraph graph, RunOptions options, CancellationToken token)
    {
        Executor executor = options.Executor ?? throw new ArgumentException("RunOptions.Executor is null.", nameof(options));
        var durable = options.Durable is null ? null : DurableExecutor.For(graph, executor, options);
        if (durable is not null) executor = durable;
        if (options.Metadata.Count > 0) CheckNodeNames(graph, options.Metadata.Keys, $"{nameof(RunOptions)}.{nameof(RunOptions.Metadata)}");
        CheckSnapshotOptions(graph, executor, options);
        var retry = RetryPolicies(graph, options);
        var degrees = Degrees(graph, options);
        // The whole snapshot is checked and read before anything changes; a failed resume then puts node state back.
        var resume = SnapshotResume.Prepare(graph, options.Resume, token);
        // Every run takes the reusable state, so a run on another executor leaves none behind (it rebinds the adapters).
        var reuse = graph.TakeReusable();
        if (reuse is not null && !reuse.Fits(executor, options)) reuse = null;
        var run = new RunState(graph, options, retry, token, reuse);
        SetInvocationLimits(run, executor, degrees);
        var started = Stopwatch.GetTimestamp();
        if (reuse is not null) run.ReuseEdges(reuse);
        else run.CreateEdges(executor.CreateEdgeFactory(run));
        durable?.Open(run);
        try
        {
            return Run(run, executor, resume, started);
        }
        finally
        {
            durable?.Dispose();
        }
    }

    /// <summary>Executes a prepared run and turns it into its result, or the exception the run contract asks for.</summary>
    private static RunResult Run(RunState run, Executor executor, PreparedResume? resume, long started)
    {
        var graph = run.Graph;
        var token = run.Token;
        run.Span = DaedalusTelemetry.StartRun(graph.Name, executor.Name);
        RunResult result;
        try
        {
            resume?.Restore(run);
            using (DaedalusTelemetry.TrackDepth(graph.Name, run.EdgeBuffers))
            {
                Execute(run, executor, resume, started);
            }
            if (run.EngineError is { } bug) RunFailures.Throw(bug);
            result = RunResults.Build(run, executor.Name, Stopwatch.GetElapsedTime(started));
            if (executor is DurableExecutor durable) result = result with { Durable = durable.Stats };
            run.Progress?.Final(result);
            graph.KeepReusable(ReusableRun.From(run, executor));
        }
        catch
        {
            run.Progress?.Dispose();
            run.Span?.Dispose();
            resume?.RollBack();
            throw;
        }
        if (!result.Succeeded) resume?.RollBack();
        DaedalusTelemetry.RecordRun(result);
        DaedalusTelemetry.EndRun(run.Span, result);
        if (result.Cancelled) throw new GraphCanceledException(result, token);
        if (run.Options.ThrowOnFailure && result.Durable?.BudgetExceeded is not null) throw new GraphBudgetExceededException(result);
        if (run.Options.ThrowOnFailure && !result.Succeeded) throw new GraphRunException(result);
        return result;
    }

    /// <summary>The run's lifecycle: hooks, firing (after a resume's catch-up), the pause snapshot, then Close and Cleanup whatever happened.</summary>
    private static void Execute(RunState run, Executor executor, PreparedResume? resume, long started)
    {
        try
        {
            // A durable run prepares each node just before it fires it: a node whose result is reused never runs its hooks.
            if (!executor.PreparesNodes)
            {
                Initialize(run);
                Open(run);
            }
            run.Progress = ProgressReporter.Start(run, started);
            if (resume is not null && IsHealthy(run)) SnapshotResume.Continue(run, resume);
            if (IsHealthy(run)) executor.Execute(run);
            // Before Close and Cleanup: the state is what the next firing would have seen.
            if (run.Paused && IsHealthy(run) && run.Failures.Count == 0) run.Snapshot = SnapshotCapture.Take(run);
        }
        finally
        {
            // No sample while nodes close; the final report follows from the result.
            run.Progress?.Dispose();
            Close(run);
            Cleanup(run);
        }
    }

    /// <summary>Neither cancelled nor stopped by an executor bug.</summary>
    private static bool IsHealthy(RunState run) => !run.IsCancelled && run.EngineError is null;

    /// <summary>Pausing and resuming need an executor that stops between passes.</summary>
    private static void CheckSnapshotOptions(CompiledGraph graph, Executor executor, RunOptions options)
    {
        if (options.Pause is null && options.Resume is null) return;
        if (!executor.SupportsSnapshots)
            throw new NotSupportedException(
                $"The {executor.Name} executor cannot pause a run or resume one from a snapshot (RunOptions.Pause / RunOptions.Resume): its nodes never stop at one point together. Use Executor.Serial or Executor.Parallel().");
        // A snapshot holds queued items and node state stores, not an accumulator or a partial window.
        var holding = graph.Nodes.FirstOrDefault(node => node.Adapter.PublishesWhenInputsFinish);
        if (holding is not null)
            throw new NotSupportedException(
                $"Graph '{graph.Name}' cannot pause a run or resume one from a snapshot (RunOptions.Pause / RunOptions.Resume): node '{holding.Name}' is an aggregate or window node, whose accumulator or open window a snapshot does not hold.");
    }

    /// <summary>Each node's retry policy; null when no node has one.</summary>
    private static RetryPolicy?[]? RetryPolicies(CompiledGraph graph, RunOptions options)
    {
        var retry = options.Retry;
        if (retry.Count == 0) return null;
        CheckNodeNames(graph, retry.Keys, $"{nameof(RunOptions)}.{nameof(RunOptions.Retry)}");
        var policies = new RetryPolicy?[graph.Nodes.Length];
        for (var n = 0; n < policies.Length; n++) policies[n] = retry.GetValueOrDefault(graph.Nodes[n].Name);
        return policies;
    }

    /// <summary>Fails a run (or a live graph's start) when <paramref name="option"/> names a node the graph does not have.</summary>
    internal static void CheckNodeNames(CompiledGraph graph, IEnumerable<string> names, string option)
    {
        var unknown = names.Where(name => !graph.HasNode(name)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"{option} names nodes that graph '{graph.Name}' does not have: {string.Join(", ", unknown)}.", "options");
    }

    private static void Initialize(RunState run)
    {
        foreach (var node in run.Graph.Schedule)
        {
            if (!InitializeNode(run, node)) return;
        }
    }

    /// <summary>Runs one node's <c>Initialize</c> hook (a failure fails the node); false when the run was cancelled.</summary>
    internal static bool InitializeNode(RunState run, int node)
    {
        var adapter = run.Graph.Nodes[node].Adapter;
        if (run.Token.IsCancellationRequested)
        {
            run.Cancel();
            return false;
        }
        try
        {
            if (adapter.Node is IPerRunState perRun) perRun.ResetPerRun();
            adapter.Initialize(run.Contexts[node]);
            run.Initialized[node] = true;
        }
        catch (Exception error) when (run.IsRunCancellation(error))
        {
            run.Cancel(node, inFlight: false);
            return false;
        }
        catch (Exception error)
        {
            run.Fail(node, "initialize", error, 0);
        }
        return true;
    }

    private static void Open(RunState run)
    {
        if (run.IsCancelled) return;
        foreach (var node in run.Graph.Schedule) OpenNode(run, node);
    }

    /// <summary>Opens one active node (a failure fails it).</summary>
    internal static void OpenNode(RunState run, int node)
    {
        if (run.States[node] != NodeState.Active) return;
        try
        {
            run.Graph.Nodes[node].Adapter.Open(run.Contexts[node]);
            run.Opened[node] = true;
        }
        catch (Exception error)
        {
            run.Opened[node] = true;
            run.Threw(node, error, inFlight: false);
        }
    }

    /// <summary>Each node's degree of parallelism: <see cref="RunOptions.Parallelism"/> over its attribute's.</summary>
    private static int[] Degrees(CompiledGraph graph, RunOptions options)
    {
        var degrees = new int[graph.Nodes.Length];
        for (var n = 0; n < degrees.Length; n++) degrees[n] = graph.Nodes[n].Adapter.MaxDegreeOfParallelism;
        var overrides = options.Parallelism;
        if (overrides.Count == 0) return degrees;
        CheckNodeNames(graph, overrides.Keys, $"{nameof(RunOptions)}.{nameof(RunOptions.Parallelism)}");
        for (var n = 0; n < degrees.Length; n++)
        {
            var node = graph.Nodes[n];
            if (!overrides.TryGetValue(node.Name, out var degree)) continue;
            if (degree < 1)
                throw new ArgumentException($"RunOptions.Parallelism gives node '{node.Name}' {degree} calls in flight; it needs at least 1.", nameof(options));
            if (degrees[n] == 1)
                throw new ArgumentException(
                    $"RunOptions.Parallelism names node '{node.Name}', which is declared without concurrent calls; declare [Node(MaxDegreeOfParallelism = N)] with N above 1 on {node.Adapter.TypeName}.",
                    nameof(options));
            degrees[n] = degree;
        }
        return degrees;
    }

    /// <summary>Each node's invocations in flight at once: its degree where the executor allows concurrency, else 1.</summary>
    private static void SetInvocationLimits(RunState run, Executor executor, int[] degrees)
    {
        var nodes = run.Graph.Nodes;
        for (var n = 0; n < nodes.Length; n++)
        {
            run.Contexts[n].MaxDegreeOfParallelism = executor.RunsInvocationsConcurrently ? degrees[n] : 1;
            run.Contexts[n].LimitsResultsByRoom = !executor.WaitsForRoomInFirings;
        }
    }

    private static void Close(RunState run)
    {
        var schedule = run.Graph.Schedule;
        for (var i = schedule.Length - 1; i >= 0; i--)
        {
            var node = schedule[i];
            if (!run.Opened[node]) continue;
            try
            {
                run.Graph.Nodes[node].Adapter.Close();
            }
            catch (Exception error)
            {
                run.Fail(node, "cleanup", error, 0);
            }
        }
    }

    private static void Cleanup(RunState run)
    {
        var schedule = run.Graph.Schedule;
        for (var i = schedule.Length - 1; i >= 0; i--)
        {
            var node = schedule[i];
            if (!run.Initialized[node] || !run.Graph.Nodes[node].Adapter.HasLifecycleHooks) continue;
            try
            {
                // Not the run's token: cleanup must run to the end even when the run was cancelled.
                run.Graph.Nodes[node].Adapter.Cleanup(run.CleanupContext(node));
            }
            catch (Exception error)
            {
                run.Fail(node, "cleanup", error, 0);
            }
        }
    }
}
