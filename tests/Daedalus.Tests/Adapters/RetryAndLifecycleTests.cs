using Daedalus.Runtime;
using Daedalus.Tests.Nodes;

namespace Daedalus.Tests.Adapters;

/// <summary>Retry policies, cancellation tokens and lifecycle hooks, through the generated adapters.</summary>
public sealed class RetryAndLifecycleTests
{
    [Fact]
    public void Flaky_node_succeeds_on_its_third_attempt_under_a_retry_policy()
    {
        var node = new Flaky { FailuresPerItem = 2 };
        var adapter = AdapterHarness.Adapt(node);
        adapter.Feed("Value", 5, 6);
        var output = adapter.Collect<int>("Output");
        var context = AdapterHarness.Context(retry: new RetryPolicy(maxAttempts: 3));

        Assert.Equal(2, adapter.FireAll(context));
        Assert.Equal([10, 12], output.Drain());
        Assert.Equal(6, node.Attempts);
        Assert.Equal(4, context.Retries);
    }

    [Fact]
    public void Exhausted_retries_rethrow_the_nodes_exception()
    {
        var node = new Flaky { FailuresPerItem = 2 };
        var adapter = AdapterHarness.Adapt(node);
        adapter.Feed("Value", 5);
        var output = adapter.Collect<int>("Output");
        var context = AdapterHarness.Context(retry: new RetryPolicy(maxAttempts: 2));

        var error = Assert.Throws<TimeoutException>(() => adapter.TryFire(context));
        Assert.Equal("attempt 2 for 5 timed out", error.Message);
        Assert.Equal(1, context.Retries);
        Assert.Equal(0, output.Count);
    }

    [Fact]
    public void Without_a_retry_policy_the_first_failure_is_thrown()
    {
        var node = new Flaky { FailuresPerItem = 1 };
        var adapter = AdapterHarness.Adapt(node);
        adapter.Feed("Value", 1);
        adapter.Collect<int>("Output");

        Assert.Throws<TimeoutException>(() => adapter.TryFire(AdapterHarness.NoRetry));
        Assert.Equal(1, node.Attempts);
    }

    [Fact]
    public void Retry_policy_filter_decides_which_errors_are_transient()
    {
        var node = new Flaky { FailuresPerItem = 1 };
        var adapter = AdapterHarness.Adapt(node);
        adapter.Feed("Value", 1);
        adapter.Collect<int>("Output");
        var policy = new RetryPolicy(maxAttempts: 5) { RetryOn = e => e is not TimeoutException };

        Assert.Throws<TimeoutException>(() => adapter.TryFire(AdapterHarness.Context(retry: policy)));
        Assert.Equal(1, node.Attempts);
    }

    [Fact]
    public void Cancellation_token_reaches_the_process_method_and_the_hooks()
    {
        using var cancellation = new CancellationTokenSource();
        var node = new TokenProbe();
        var adapter = AdapterHarness.Adapt(node);
        adapter.Feed("Value", 7);
        var output = adapter.Collect<int>("Output");

        Assert.True(adapter.HasLifecycleHooks);
        adapter.Initialize(AdapterHarness.Context(cancellation.Token));
        Assert.True(adapter.TryFire(AdapterHarness.Context(cancellation.Token)));
        adapter.Cleanup(AdapterHarness.Context(cancellation.Token));

        Assert.Equal(cancellation.Token, node.Initialized);
        Assert.Equal(cancellation.Token, node.Processed);
        Assert.Equal([7], output.Drain());
    }

    [Fact]
    public void Lifecycle_hooks_run_through_the_adapter_in_order()
    {
        var node = new Recorder();
        var adapter = AdapterHarness.Adapt(node);
        adapter.Feed("Value", 1, 2);

        Assert.True(adapter.HasLifecycleHooks);
        adapter.Initialize(AdapterHarness.Context());
        adapter.Open(AdapterHarness.Context());
        adapter.FireAll();
        adapter.Close();
        adapter.Cleanup(AdapterHarness.Context());
        Assert.Equal(["initialize", "process 1", "process 2", "cleanup"], node.Calls);
    }

    [Fact]
    public void Node_with_only_an_initialize_hook_has_lifecycle_hooks()
    {
        var node = new StartsOnly();
        var adapter = AdapterHarness.Adapt(node);

        Assert.True(adapter.HasLifecycleHooks);
        adapter.Initialize(AdapterHarness.Context());
        adapter.Cleanup(AdapterHarness.Context());
        Assert.Equal(1, node.Starts);
    }
}
