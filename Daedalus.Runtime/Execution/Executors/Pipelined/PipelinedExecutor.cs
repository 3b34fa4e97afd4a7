namespace Daedalus.Runtime;

/// <summary>
/// Every node on a worker thread of its own, joined by thread-safe queues, so a stream flows through all
/// stages at once. Each consumer node waits on one signal shared by all edges into it. A graph with more
/// than <see cref="MaxThreads"/> nodes is cut into contiguous slices of its schedule instead, one worker
/// each (<see cref="SegmentWorker"/>).
/// </summary>
internal sealed class PipelinedExecutor(WorkerPool? pool) : Executor
{
    /// <summary>The most nodes that get a thread each.</summary>
    public const int MaxThreads = 2048;

    public override string Name => pool is null ? "pipelined" : "pooled-pipelined";

    internal override bool WaitsForRoomInFirings => true;

    internal override IEdgeFactory CreateEdgeFactory(RunState run)
    {
        var plan = Partition.Of(run.Graph);
        run.ExecutorState = plan;
        return new PipeEdgeFactory(plan.Signals, run.Token, softBounds: plan.Slices is null);
    }

    internal override void Execute(RunState run)
    {
        var plan = (Partition)run.ExecutorState!;
        var schedule = run.Graph.Schedule;
        if (schedule.Length == 0) return;
        if (plan.Slices is null)
        {
            Workers(pool).Run(schedule.Length, i => new PipelineWorker(new PipelineNode(run, schedule[i]), plan.Signals[schedule[i]]).Run());
            return;
        }
        var slices = plan.Slices;
        Workers(pool).Run(slices.Length - 1, s => Slice(run, plan, s).Run());
    }

    private static SegmentWorker Slice(RunState run, Partition plan, int slice)
    {
        var graph = run.Graph;
        var (from, to) = (plan.Slices![slice], plan.Slices[slice + 1]);
        var nodes = new PipelineNode[to - from];
        var external = new List<RunEdge>();
        for (var i = from; i < to; i++)
        {
            var node = graph.Schedule[i];
            nodes[i - from] = new PipelineNode(run, node);
            for (var e = graph.InStart[node]; e < graph.InStart[node + 1]; e++)
            {
                var edge = graph.InEdges[e];
                if (plan.Signals[graph.Edges[edge].From] != plan.Signals[node]) external.Add(run.Edges[edge]);
            }
        }
        return new SegmentWorker(nodes, plan.Signals[graph.Schedule[from]], [.. external]);
    }

    /// <summary>Each node's wake-up signal and, for large graphs, the slices of the schedule.</summary>
    private sealed record Partition(WaitSignal[] Signals, int[]? Slices)
    {
        public static Partition Of(CompiledGraph graph)
        {
            var count = graph.Nodes.Length;
            var signals = new WaitSignal[count];
            if (count <= MaxThreads)
            {
                for (var n = 0; n < count; n++) signals[n] = new WaitSignal();
                return new Partition(signals, null);
            }
            // Slices start at schedule positions; every node of a slice shares the slice's signal.
            var sliceCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 64);
            var slices = new int[sliceCount + 1];
            for (var s = 0; s <= sliceCount; s++) slices[s] = (int)((long)count * s / sliceCount);
            for (var s = 0; s < sliceCount; s++)
            {
                var signal = new WaitSignal();
                for (var i = slices[s]; i < slices[s + 1]; i++) signals[graph.Schedule[i]] = signal;
            }
            return new Partition(signals, slices);
        }
    }
}
