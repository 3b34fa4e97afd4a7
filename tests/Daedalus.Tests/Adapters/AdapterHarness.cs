using Daedalus.Runtime;

namespace Daedalus.Tests.Adapters;

/// <summary>Drives generated adapters through their public surface only, the way an executor does.</summary>
internal static class AdapterHarness
{
    /// <summary>The <see cref="FireContext"/> an executor would hand the adapter of a node named "node".</summary>
    public static FireContext Context(CancellationToken token = default, RetryPolicy? retry = null) =>
        new(new NodeContext("test", "node", token), retry);

    /// <summary>A context without a retry policy: the first failure is the node's failure.</summary>
    public static FireContext NoRetry => Context();

    public static NodeAdapter Adapt(object node) => Assert.IsAssignableFrom<IRuntimeNode>(node).CreateAdapter();

    public static AdapterInput<T> Input<T>(this NodeAdapter adapter, string name) =>
        Assert.IsType<AdapterInput<T>>(adapter.Inputs.Single(i => i.Name == name));

    public static AdapterOutput<T> Output<T>(this NodeAdapter adapter, string name) =>
        Assert.IsType<AdapterOutput<T>>(adapter.Outputs.Single(o => o.Name == name));

    /// <summary>Binds <paramref name="input"/> to a new FIFO edge holding <paramref name="items"/>.</summary>
    public static FifoQueue<T> Feed<T>(this NodeAdapter adapter, string input, params T[] items)
    {
        var edge = new FifoQueue<T>("test->" + input);
        foreach (var item in items) edge.Write(item);
        adapter.Input<T>(input).Bind(edge);
        return edge;
    }

    /// <summary>Binds <paramref name="output"/> to a new FIFO edge and returns it.</summary>
    public static FifoQueue<T> Collect<T>(this NodeAdapter adapter, string output)
    {
        var edge = new FifoQueue<T>(output + "->test");
        adapter.Output<T>(output).Bind(FanOut.Broadcast, edge);
        return edge;
    }

    /// <summary>Fires until the adapter cannot; returns the number of firings.</summary>
    public static int FireAll(this NodeAdapter adapter, FireContext? context = null)
    {
        context ??= NoRetry;
        var firings = 0;
        while (adapter.TryFire(context)) firings++;
        return firings;
    }

    public static List<T> Drain<T>(this IItemReader<T> edge)
    {
        var items = new List<T>();
        while (edge.TryRead(out var item)) items.Add(item);
        return items;
    }
}
