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
internal sealed record GraphNode(string Name, string PropertyName, NodeModel Node, string Creation, LocationInfo? Location, bool HasAdapter)
{
    /// <summary>
    /// The <c>#nullable</c> setting to copy <see cref="Creation"/> under, when <c>Define</c>'s file does not enable
    /// nullable annotations and warnings there (generated files enable both); null when it does.
    /// </summary>
    public string? CreationNullable { get; init; }

    /// <summary>The node's position in <see cref="GraphModel.Nodes"/>, which makes the names of its generated fields unique.</summary>
    public int Index { get; init; }

    /// <summary>
    /// Whether <see cref="PropertyName"/> collides with another member (DAE0013): the graph is then invalid, and its
    /// throwing surface leaves the property out so that the collision is reported once, by the analyzer.
    /// </summary>
    public bool PropertyCollides { get; init; }

    /// <summary>
    /// Whether another node of the graph could be given the same instance (its class is this node's class, or one
    /// derives from the other): the generated constructor then checks that they are separate objects.
    /// </summary>
    public bool MayShareInstance { get; init; }
}

/// <summary>
/// A namespace declaration enclosing <c>Define</c>, with its <c>extern alias</c> and <c>using</c> directives as written.
/// The generated file repeats the declarations that have directives, so each resolves as it does in the user's file.
/// </summary>
/// <param name="Name">The name as declared (<c>Shop</c>, <c>Shop.Orders</c>).</param>
internal sealed record NamespaceBlock(string Name, EquatableArray<string> Directives);

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

    /// <summary>Connected without a policy: the graph's default, a bounded Block edge that may still be fused.</summary>
    public bool IsDefault { get; init; }
}

/// <summary>An output port whose items go round-robin to its edges instead of to all of them.</summary>
/// <param name="Location">The <c>g.Distribute</c> statement.</param>
internal sealed record RoundRobinOutput(int Node, string Port, LocationInfo? Location);

/// <summary>Everything needed to emit one <c>[Graph]</c> class.</summary>
/// <param name="Usings">The file-level <c>extern alias</c> and <c>using</c> directives of the file that declares <c>Define</c>.</param>
/// <param name="Namespaces">The namespace declarations enclosing <c>Define</c>, outermost first.</param>
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
    /// <summary>The type parameter list of a generic graph class (<c>&lt;T&gt;</c>), empty otherwise.</summary>
    public string TypeParameters { get; init; } = "";

    public EquatableArray<NamespaceBlock> Namespaces { get; init; } = EquatableArray<NamespaceBlock>.Empty;

    /// <summary>The capacity of the edges connected without a policy (<c>[Graph(DefaultCapacity = n)]</c>).</summary>
    public int DefaultCapacity { get; init; } = Reading.GraphDefaults.Capacity;

    /// <summary>Whether any edge got the default policy and may, on a stall, be written past its bound.</summary>
    public bool HasDefaultEdges => Edges.Any(e => e.IsDefault);

    /// <summary>
    /// Generated members the user already declared (DAE0013), by name (<c>.ctor</c> for the constructor): the
    /// throwing surface of the invalid graph leaves them out, so that the collision is reported once.
    /// </summary>
    public EquatableArray<string> Withheld { get; init; } = EquatableArray<string>.Empty;

    public bool Withholds(string member) => Withheld.Contains(member);

    public bool IsRoundRobin(int node, string port) => RoundRobinOf(node, port) is not null;

    /// <summary>The <c>g.Distribute(..., FanOut.RoundRobin)</c> of <paramref name="node"/>'s output <paramref name="port"/>, if any.</summary>
    public RoundRobinOutput? RoundRobinOf(int node, string port) => RoundRobin.FirstOrDefault(r => r.Node == node && r.Port == port);

    /// <summary>
    /// Whether any node has a byte-stream port, connected or not: the graph runs on the pipelined executor, whose
    /// pipes need their producer and consumer running at once, and which discards a byte output with no edge.
    /// </summary>
    public bool HasByteStreams => Nodes.Any(n => n.Node.IsStreaming);

    /// <summary>Indexes of the edges leaving <paramref name="node"/>'s output <paramref name="port"/>, in declaration order.</summary>
    public IEnumerable<int> EdgesFrom(int node, string port) =>
        Enumerable.Range(0, Edges.Count).Where(e => Edges[e].From == node && Edges[e].FromPort == port);

    /// <summary>Indexes of the edges into <paramref name="node"/>'s input <paramref name="port"/>, in declaration order.</summary>
    public IEnumerable<int> EdgesInto(int node, string port) =>
        Enumerable.Range(0, Edges.Count).Where(e => Edges[e].To == node && Edges[e].ToPort == port);
}
