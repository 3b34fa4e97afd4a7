namespace Daedalus.Runtime;

/// <summary>
/// Every node on a worker thread of its own, joined by thread-safe queues, so a stream flows through all
/// stages at once. Each consumer node waits on one signal shared by all edges into it.
/// </summary>
internal sealed class PipelinedExecutor(WorkerPool? pool) : Executor
{
    /// <summary>The most nodes a pipelined run takes: one thread each.</summary>
    public const int MaxNodes = 8192;

    public override string Name => pool is null ? "pipelined" : "pooled-pipelined";

    internal override IEdgeFactory CreateEdgeFactory(RunState run)
    {
        var count = run.Graph.Nodes.Length;
        if (count > MaxNodes)
            throw new NotSupportedException($"Graph '{run.Graph.Name}' has {count} nodes; the pipelined executor runs a thread per node and takes at most {MaxNodes}. Use Executor.Parallel for larger graphs.");
        var signals = new WaitSignal[count];
        for (var n = 0; n < count; n++) signals[n] = new WaitSignal();
        run.ExecutorState = signals;
        return new PipeEdgeFactory(signals, run.Token);
    }

    internal override void Execute(RunState run)
    {
        var signals = (WaitSignal[])run.ExecutorState!;
        var schedule = run.Graph.Schedule;
        if (schedule.Length == 0) return;
        Workers(pool).Run(schedule.Length, index => new PipelineWorker(run, schedule[index], signals[schedule[index]]).Run());
    }
}
