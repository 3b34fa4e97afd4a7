using Daedalus.Tests.Graphs;

namespace Daedalus.Tests;

/// <summary>The generated serial path allocates nothing per item once its queues have grown.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void Fused_chain_allocates_nothing_per_item() =>
        AssertNoPerItemAllocation(count => new LinearChainSum(count));

    [Fact]
    public void A_batch_source_allocates_nothing_at_all_once_warm() =>
        AssertNoPerItemAllocation(count => new SpanSum(count), expectedBytes: 0);

    [Fact]
    public void Bounded_edges_allocate_nothing_per_item() =>
        AssertNoPerItemAllocation(count => new BoundedSum(count));

    [Fact]
    public void A_filter_allocates_nothing_per_item() =>
        AssertNoPerItemAllocation(count => Runnable.Of(new EvenSum(source: new Nodes.Range { From = 1, To = count }).Run));

    [Fact]
    public void A_try_map_allocates_nothing_per_item() =>
        AssertNoPerItemAllocation(count => Runnable.Of(new HalvedSum(source: new Nodes.Range { From = 1, To = count }).Run));

    [Fact]
    public void A_flat_map_allocates_nothing_per_item() =>
        AssertNoPerItemAllocation(count => Runnable.Of(new RepeatSum(source: new Nodes.Range { From = 1, To = count }).Run));

    [Fact]
    public void An_aggregate_fused_into_the_source_loop_allocates_nothing_per_item() =>
        AssertNoPerItemAllocation(count => new FusedSum(count));

    [Fact]
    public void A_count_window_allocates_nothing_per_item_or_window() =>
        AssertNoPerItemAllocation(count => new FusedWindow(count));

    [Fact]
    public void Default_edges_behind_a_port_node_allocate_nothing_per_item() =>
        AssertNoPerItemAllocation(count => new DefaultFanOut(count));

    [Fact]
    public void A_compiled_run_asked_for_progress_allocates_nothing_per_item_between_reports() =>
        AssertNoPerItemAllocation(count => new ReportingChain(count));

    private static void AssertNoPerItemAllocation(Func<int, IRunnable> create, long? expectedBytes = null)
    {
        var small = create(4_000);
        var large = create(400_000);
        small.Run();
        large.Run();
        var smallBytes = Measure(small);
        var largeBytes = Measure(large);
        Assert.Equal(smallBytes, largeBytes);
        if (expectedBytes is { } bytes) Assert.Equal(bytes, largeBytes);
    }

    private static long Measure(IRunnable graph)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        graph.Run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private interface IRunnable
    {
        void Run();
    }

    private sealed class Runnable(Action run) : IRunnable
    {
        /// <summary>A compiled graph's <c>Run(CancellationToken = default)</c>.</summary>
        public static Runnable Of(Action<CancellationToken> run) => new(() => run(default));

        public void Run() => run();
    }

    private sealed class LinearChainSum(int count) : IRunnable
    {
        private readonly SumChain _graph = new(source: new Nodes.Range { From = 1, To = count });

        public void Run() => _graph.Run();
    }

    private sealed class SpanSum(int count) : IRunnable
    {
        private readonly SpanSumChain _graph = new(source: new Nodes.SpanRange { Count = count });

        public void Run() => _graph.Run();
    }

    private sealed class FusedSum(int count) : IRunnable
    {
        private readonly FusedSumGraph _graph = new(source: new Nodes.SpanRange { Count = count });

        public void Run() => _graph.Run();
    }

    private sealed class FusedWindow(int count) : IRunnable
    {
        private readonly FusedWindowGraph _graph = new(source: new Nodes.SpanRange { Count = count });

        public void Run() => _graph.Run();
    }

    private sealed class BoundedSum(int count) : IRunnable
    {
        private readonly BoundedPipeline _graph = new(source: new Nodes.Range { From = 1, To = count });

        public void Run() => _graph.Run();
    }

    private sealed class DefaultFanOut(int count) : IRunnable
    {
        private readonly BoundedFanOut _graph = new(source: new Nodes.Range { From = 1, To = count });

        public void Run() => _graph.Run();
    }

    // An interval no test run reaches: only the final report is made, whatever the item count.
    private sealed class ReportingChain(int count) : IRunnable
    {
        private readonly SumChain _graph = new(source: new Nodes.Range { From = 1, To = count });
        private readonly IProgress<Runtime.RunProgress> _ignore = new Ignore();

        public void Run() => _graph.Run(_ignore, TimeSpan.FromHours(1));

        private sealed class Ignore : IProgress<Runtime.RunProgress>
        {
            public void Report(Runtime.RunProgress value) { }
        }
    }
}
