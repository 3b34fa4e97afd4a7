using Daedalus.Runtime;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests.Adapters;

/// <summary>A generated function adapter allocates nothing per firing: no delegate, no closure, no boxing.</summary>
public sealed class AdapterAllocationTests
{
    [Fact]
    public void Function_adapter_allocates_nothing_per_item()
    {
        var small = new Harness(4_000);
        var large = new Harness(400_000);
        small.Run();
        large.Run();

        var smallBytes = Measure(small);
        var largeBytes = Measure(large);
        Assert.Equal(smallBytes, largeBytes);
        Assert.Equal(400_000L * 2, large.Total);
    }

    private static long Measure(Harness harness)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        harness.Run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>One item in, one firing, one item out, so the edges never grow.</summary>
    private sealed class Harness
    {
        private readonly int _count;
        private readonly NodeAdapter _adapter;
        private readonly FifoQueue<int> _input = new("test->scale.Value");
        private readonly FifoQueue<int> _output = new("scale.Output->test");
        private readonly FireContext _context = AdapterHarness.Context(retry: new RetryPolicy(maxAttempts: 3));

        public Harness(int count)
        {
            _count = count;
            _adapter = AdapterHarness.Adapt(new Scale { Factor = 2 });
            _adapter.Input<int>("Value").Bind(_input);
            _adapter.Output<int>("Output").Bind(FanOut.Broadcast, _output);
        }

        public long Total { get; private set; }

        public void Run()
        {
            long total = 0;
            for (var i = 0; i < _count; i++)
            {
                _input.Write(1);
                _adapter.TryFire(_context);
                total += _output.Take();
            }
            Total = total;
        }
    }
}
