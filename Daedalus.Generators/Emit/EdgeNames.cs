using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>Names of the generated members that stand for edges, nodes and discards.</summary>
internal static class EdgeNames
{
    /// <summary>The edge's stable, human-readable id: <c>from.Port->to.Port</c>.</summary>
    public static string Id(GraphModel graph, GraphEdge edge) =>
        $"{graph.Nodes[edge.From].Name}.{edge.FromPort}->{graph.Nodes[edge.To].Name}.{edge.ToPort}";

    public static string Field(int edge) => "__edge" + edge;

    /// <summary>The counter of an unconnected output; the node's index keeps it unique (names alone could run together).</summary>
    public static string Discard(GraphNode node, PortModel port) => $"__discard{node.Index}{port.Name}";

    /// <summary>The <c>OutPort&lt;T&gt;</c> the compiled run passes a flat-map for one of its outputs.</summary>
    public static string OutPort(GraphNode node, PortModel port) => $"__port{node.Index}{port.Name}";

    /// <summary>The field holding the index of the next edge of a round-robin output.</summary>
    public static string RoundRobin(GraphNode node, string port) => $"__next{node.Index}{port}";

    public static string QueueType(GraphEdge edge, string itemType) => edge.Kind switch
    {
        EdgeKindModel.Bounded => $"global::Daedalus.Runtime.BoundedRing<{itemType}>",
        EdgeKindModel.Latest => $"global::Daedalus.Runtime.LatestSlot<{itemType}>",
        _ => $"global::Daedalus.Runtime.FifoQueue<{itemType}>",
    };

    public static string QueueConstruction(GraphModel graph, GraphEdge edge) => edge.Kind switch
    {
        EdgeKindModel.Bounded when edge.IsDefault => $"new({Emit.SourceFile.Literal(Id(graph, edge))}, global::Daedalus.Edge.Default({edge.Capacity}))",
        EdgeKindModel.Bounded => $"new({Emit.SourceFile.Literal(Id(graph, edge))}, {edge.Capacity}, global::Daedalus.Overflow.{edge.Overflow})",
        _ => $"new({Emit.SourceFile.Literal(Id(graph, edge))})",
    };
}
