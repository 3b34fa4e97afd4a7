using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;

namespace Daedalus.Generators.Model;

/// <summary>Edge kinds, mirroring <c>Daedalus.EdgeKind</c> (the generator does not reference the runtime).</summary>
internal enum EdgeKindModel
{
    Fifo,
    Bounded,
    Latest,
    Bytes,
}

/// <summary>Overflow strategies, mirroring <c>Daedalus.Overflow</c>.</summary>
internal enum OverflowModel
{
    Block,
    DropOldest,
    DropNewest,
    Error,
}

/// <summary>A node added to a graph.</summary>
/// <param name="Name">The local variable that names it in <c>Define</c>.</param>
/// <param name="PropertyName">The generated property exposing the instance.</param>
/// <param name="Node">The node type's model.</param>
/// <param name="Creation">The expression that creates the default instance, as written.</param>
/// <param name="HasAdapter">
/// Whether the node type implements <c>IRuntimeNode&lt;Ports&gt;</c>: declared in this compilation (the generator
/// adds it) or in an assembly built with Daedalus.Runtime. Without it the node cannot join a run-time graph.
/// </param>
internal sealed record GraphNode(string Name, string PropertyName, NodeModel Node, string Creation, LocationInfo? Location, bool HasAdapter);

/// <summary>A connection from an output port to an input port.</summary>
internal sealed record GraphEdge(
    int From,
    string FromPort,
    int To,
    string ToPort,
    EdgeKindModel Kind,
    int Capacity,
    OverflowModel Overflow,
    LocationInfo? Location)
{
    public bool IsBlocking => Kind == EdgeKindModel.Bounded && Overflow == OverflowModel.Block;

    /// <summary>Declared with <c>Edge.Queued</c>: a FIFO edge that keeps its queue.</summary>
    public bool NeverFused { get; init; }
}

/// <summary>An output port whose items go round-robin to its edges instead of to all of them.</summary>
/// <param name="Location">The <c>g.Distribute</c> statement.</param>
internal sealed record RoundRobinOutput(int Node, string Port, LocationInfo? Location);

/// <summary>Everything needed to emit one <c>[Graph]</c> class.</summary>
internal sealed record GraphModel(
    string? Namespace,
    EquatableArray<ContainingType> Containers,
    string ClassName,
    string HintName,
    EquatableArray<string> Usings,
    EquatableArray<GraphNode> Nodes,
    EquatableArray<GraphEdge> Edges,
    EquatableArray<RoundRobinOutput> RoundRobin,
    EquatableArray<Problem> Problems)
{
    public bool IsRoundRobin(int node, string port) => RoundRobinOf(node, port) is not null;

    /// <summary>The <c>g.Distribute(..., FanOut.RoundRobin)</c> of <paramref name="node"/>'s output <paramref name="port"/>, if any.</summary>
    public RoundRobinOutput? RoundRobinOf(int node, string port) => RoundRobin.FirstOrDefault(r => r.Node == node && r.Port == port);

    /// <summary>Whether any edge is a byte stream, so the graph needs producers and consumers running at once.</summary>
    public bool HasByteStreams => Edges.Any(e => e.Kind == EdgeKindModel.Bytes);

    /// <summary>Indexes of the edges leaving <paramref name="node"/>'s output <paramref name="port"/>, in declaration order.</summary>
    public IEnumerable<int> EdgesFrom(int node, string port) =>
        Enumerable.Range(0, Edges.Count).Where(e => Edges[e].From == node && Edges[e].FromPort == port);

    /// <summary>Indexes of the edges into <paramref name="node"/>'s input <paramref name="port"/>, in declaration order.</summary>
    public IEnumerable<int> EdgesInto(int node, string port) =>
        Enumerable.Range(0, Edges.Count).Where(e => Edges[e].To == node && Edges[e].ToPort == port);
}
