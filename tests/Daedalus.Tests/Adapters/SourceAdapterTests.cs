using Daedalus.Runtime;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Adapters;

/// <summary>Enumerable and async-enumerable sources, fired through their generated adapters.</summary>
public sealed class SourceAdapterTests
{
    [Fact]
    public void Source_writes_one_item_per_firing_then_is_exhausted()
    {
        var adapter = AdapterHarness.Adapt(new Range { From = 1, To = 3 });
        var output = adapter.Collect<int>("Output");
        Assert.Equal(NodeKind.Source, adapter.Kind);

        adapter.Open(AdapterHarness.Context());
        Assert.True(adapter.TryFire(AdapterHarness.NoRetry));
        Assert.Equal([1], output.Drain());
        Assert.False(adapter.IsExhausted);
        Assert.Equal(2, adapter.FireAll());
        Assert.True(adapter.IsExhausted);
        Assert.False(adapter.TryFire(AdapterHarness.NoRetry));
        adapter.Close();
        Assert.Equal([2, 3], output.Drain());
    }

    [Fact]
    public void Each_open_starts_a_new_enumeration()
    {
        var adapter = AdapterHarness.Adapt(new Range { From = 1, To = 2 });
        var output = adapter.Collect<int>("Output");

        for (var run = 0; run < 2; run++)
        {
            adapter.Open(AdapterHarness.Context());
            adapter.FireAll();
            adapter.Close();
        }
        Assert.Equal([1, 2, 1, 2], output.Drain());
    }

    [Fact]
    public void Source_does_not_fire_before_open_or_after_close()
    {
        var adapter = AdapterHarness.Adapt(new Range());
        adapter.Collect<int>("Output");
        Assert.False(adapter.TryFire(AdapterHarness.NoRetry));

        adapter.Open(AdapterHarness.Context());
        adapter.Close();
        Assert.False(adapter.TryFire(AdapterHarness.NoRetry));
    }

    [Fact]
    public void Async_source_is_waited_for_item_by_item()
    {
        var adapter = AdapterHarness.Adapt(new AsyncRange { Count = 4 });
        var output = adapter.Collect<int>("Output");

        adapter.Open(AdapterHarness.Context());
        Assert.Equal(4, adapter.FireAll());
        Assert.True(adapter.IsExhausted);
        adapter.Close();
        Assert.Equal([1, 2, 3, 4], output.Drain());
    }

    [Fact]
    public void Async_source_receives_the_runs_token()
    {
        using var cancellation = new CancellationTokenSource();
        var adapter = AdapterHarness.Adapt(new AsyncRange { Count = 10 });
        var output = adapter.Collect<int>("Output");

        adapter.Open(AdapterHarness.Context(cancellation.Token));
        Assert.True(adapter.TryFire(AdapterHarness.NoRetry));
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => adapter.TryFire(AdapterHarness.NoRetry));
        adapter.Close();
        Assert.Equal([1], output.Drain());
    }
}
