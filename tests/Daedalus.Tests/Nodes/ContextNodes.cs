using System.Text.Json.Serialization;
using Daedalus;
using Daedalus.Runtime;

namespace Daedalus.Tests.Nodes;

[JsonSerializable(typeof(long))]
internal sealed partial class TestJson : JsonSerializerContext;

/// <summary>Asks for its <see cref="NodeContext"/> in a hook and in its process method; counts items in its state.</summary>
[Node]
public sealed partial class CountingStage
{
    private NodeState<long>? _seen;

    /// <summary>What the context said, per run: graph, node, whether the token was the run's.</summary>
    public List<string> Seen { get; } = [];

    public long Total => _seen?.Value ?? 0;

    [Initialize]
    public void Start(NodeContext context, CancellationToken cancellationToken)
    {
        _seen = context.State("seen", TestJson.Default.Int64, initialValue: 0);
        var tenant = context.Metadata.TryGetValue("tenant", out var value) ? $" tenant={value}" : "";
        Seen.Add($"{context.Graph}/{context.Node} token={(context.CancellationToken == cancellationToken ? "run" : "other")}{tenant}");
    }

    [Process]
    public int Run(int value, NodeContext context)
    {
        _seen!.Value++;
        return value;
    }
}

/// <summary>Records the device its context names (null on the CPU), per item.</summary>
[Node]
public sealed partial class DeviceProbe
{
    public List<string?> Devices { get; } = [];

    [Process]
    public int Run(int value, NodeContext context)
    {
        Devices.Add(context.Device?.DisplayName);
        return value;
    }
}
