using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Diagnostics;

/// <summary>
/// The Daedalus diagnostic catalogue. Each message is the specific text the readers and the graph
/// analysis wrote for the problem (<c>{0}</c>); titles and descriptions say what the rule is about.
/// Every descriptor links to its page under <c>docs/diagnostics</c>; severities can be changed in
/// <c>.editorconfig</c> (<c>dotnet_diagnostic.DAE0004.severity = none</c>) like any other rule.
/// </summary>
internal static class Descriptors
{
    public const string GraphCategory = "Daedalus.Graph";
    public const string NodeCategory = "Daedalus.Node";
    public const string HelpLinkBase = "https://github.com/daedalus-dataflow/daedalus/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor Cycle = new(
        "DAE0001",
        "The graph has a cycle",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A dataflow graph must be acyclic so it can be scheduled at compile time. Break the cycle, or feed values back through the run-time graph API.",
        HelpLinkBase + "DAE0001.md");

    public static readonly DiagnosticDescriptor InputNotConnected = new(
        "DAE0002",
        "An input port is not connected",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A function node fires once it has an item on every input; an input with no edge means it never fires. Connect the input or remove the node.",
        HelpLinkBase + "DAE0002.md");

    public static readonly DiagnosticDescriptor OutputNotConnected = new(
        "DAE0003",
        "An output port is not connected",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Items written to an output without an edge are discarded. They are counted (the graph's Discards), but usually the output should be connected.",
        HelpLinkBase + "DAE0003.md");

    public static readonly DiagnosticDescriptor NodeNotConnected = new(
        "DAE0004",
        "A node is added but never connected",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A node with ports that is not connected to anything does no useful work in the graph. Connect it or remove it.",
        HelpLinkBase + "DAE0004.md");

    public static readonly DiagnosticDescriptor DuplicateConnection = new(
        "DAE0005",
        "The same connection is declared twice",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Two identical connections create two edges, so every item is delivered twice. Remove the repeated Connect call.",
        HelpLinkBase + "DAE0005.md");

    public static readonly DiagnosticDescriptor InvalidCapacity = new(
        "DAE0006",
        "An edge capacity is not a positive compile-time constant",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The generator sizes bounded edges at compile time, so the capacity must be a positive constant (a literal or a const).",
        HelpLinkBase + "DAE0006.md");

    public static readonly DiagnosticDescriptor NotDeclarative = new(
        "DAE0007",
        "The graph definition is not declarative",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Define is read by the generator at compile time and never run: it may only contain 'var x = g.Add(...)' and 'g.Connect(...)' statements. Build graphs that need loops, conditions or calls with the run-time graph API.",
        HelpLinkBase + "DAE0007.md");

    public static readonly DiagnosticDescriptor UnknownNode = new(
        "DAE0008",
        "A connection refers to a node that is not part of this graph",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Both ends of a connection must be nodes added earlier in the same Define method with 'var name = g.Add(...)'.",
        HelpLinkBase + "DAE0008.md");

    public static readonly DiagnosticDescriptor ByteStreamConnection = new(
        "DAE0011",
        "A byte-stream connection is not valid",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A byte-stream edge is a pipe between one ByteOutPort and one ByteInPort, connected with Edge.Bytes(capacityBytes) or without a policy; item edges take item policies.",
        HelpLinkBase + "DAE0011.md");

    public static readonly DiagnosticDescriptor NoShaderLibrary = new(
        "DAE0012",
        "A GPU node needs Daedalus.Shaders",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A graph chooses a device for each GPU segment through Daedalus.Shaders, so a project whose graph has GPU-placed nodes must reference it.",
        HelpLinkBase + "DAE0012.md");

    public static readonly DiagnosticDescriptor NotPartial = new(
        "DAE0100",
        "A [Node] or [Graph] type is not partial",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The generator adds members to [Node] and [Graph] classes, so the class and every type that encloses it must be declared partial.",
        HelpLinkBase + "DAE0100.md");

    public static readonly DiagnosticDescriptor NoProcessMethod = new(
        "DAE0101",
        "A node has no [Process] method",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A node runs exactly one method per firing, marked with [Process].",
        HelpLinkBase + "DAE0101.md");

    public static readonly DiagnosticDescriptor SeveralProcessMethods = new(
        "DAE0102",
        "A node has more than one [Process] method",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A node runs exactly one method per firing; keep [Process] on one method and call the others from it.",
        HelpLinkBase + "DAE0102.md");

    public static readonly DiagnosticDescriptor UnwirableSignature = new(
        "DAE0103",
        "The generator cannot wire this method",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Process and lifecycle methods are called directly by the generated graph: they must be accessible instance methods whose parameters can be queued (no ref/in, pointers, ref structs or method type parameters).",
        HelpLinkBase + "DAE0103.md");

    public static readonly DiagnosticDescriptor PortShape = new(
        "DAE0104",
        "A port property has the wrong shape",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A port property is an instance 'partial' get-only property: [Input] of type InPort<T>, [Output] of type OutPort<T>. The generator implements it.",
        HelpLinkBase + "DAE0104.md");

    public static readonly DiagnosticDescriptor DuplicatePort = new(
        "DAE0105",
        "Two ports of one node share a name",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Graph definitions refer to ports by name (node.Port), so the names of a node's inputs and outputs must be unique.",
        HelpLinkBase + "DAE0105.md");

    public static readonly DiagnosticDescriptor NotInstantiable = new(
        "DAE0106",
        "A node type cannot be instantiated",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The generated graph holds an instance of each node, so a [Node] class cannot be static or abstract and needs a constructor the graph can call.",
        HelpLinkBase + "DAE0106.md");

    public static readonly DiagnosticDescriptor DeviceOnCpuNode = new(
        "DAE0107",
        "A CPU node asks for a GPU device",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Only GPU-placed nodes belong to a GPU segment and receive its GraphicsDevice. Place the node on the GPU, or allocate from GraphicsDevice.Select yourself.",
        HelpLinkBase + "DAE0107.md");

    public static readonly DiagnosticDescriptor PortTypeMismatch = new(
        "DAE0009",
        "Connected ports carry different item types",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An edge carries one item type: the output and the input it connects must have the same item type, nullable annotations and tuple element names included. Convert between types in a node.",
        HelpLinkBase + "DAE0009.md");

    public static readonly DiagnosticDescriptor GraphNameCollision = new(
        "DAE0013",
        "A generated graph member's name is taken",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Each node becomes a property of the graph named after its local in Define (in PascalCase), next to the generated Plan, Run, RunAsync, ToRuntimeGraph, Edges and Discards and private members beginning with '__'. Those names must not collide with each other or with the graph class's own members.",
        HelpLinkBase + "DAE0013.md");

    public static readonly DiagnosticDescriptor UnsupportedGraphType = new(
        "DAE0014",
        "A [Graph] type cannot be generated",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A graph is an ordinary class the generator adds instance members to, in a file of its own: not static, not a record, not file-local, and not also a [Node].",
        HelpLinkBase + "DAE0014.md");

    public static readonly DiagnosticDescriptor EmptyGraph = new(
        "DAE0015",
        "The graph has no nodes",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A graph whose Define adds no node builds and runs, doing nothing; usually its statements were forgotten or moved.",
        HelpLinkBase + "DAE0015.md");

    public static readonly DiagnosticDescriptor SharedNodeInstance = new(
        "DAE0016",
        "The same node instance is added twice",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A node instance holds one node's configuration and state, and is called once per firing of that node; two nodes of a graph must be two instances.",
        HelpLinkBase + "DAE0016.md");

    public static readonly DiagnosticDescriptor InvalidDefaultCapacity = new(
        "DAE0017",
        "The graph's default edge capacity is not positive",
        "{0}",
        GraphCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "[Graph(DefaultCapacity = n)] sets the capacity of every item edge connected without a policy; a bounded edge needs room for at least one item.",
        HelpLinkBase + "DAE0017.md");

    public static readonly DiagnosticDescriptor CarriedOverField = new(
        "DAE0018",
        "A node field carries over to the next run",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "A graph can run the same node instance many times. A field the process method writes keeps its value from one run to the next (a count doubles on the second run) unless it is marked [PerRun], which resets it to its initializer at the start of each run, or an [Initialize] method resets it.",
        HelpLinkBase + "DAE0018.md");

    public static readonly DiagnosticDescriptor InvalidPerRunField = new(
        "DAE0019",
        "A [PerRun] field cannot be reset",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "[PerRun] resets a writable instance field to its initializer at the start of each run, in generated code that repeats the initializer: the field must not be static, readonly or const, and its initializer must be a literal, default, new(), new T(...) of its own type with literal arguments, or [].",
        HelpLinkBase + "DAE0019.md");

    public static readonly DiagnosticDescriptor NodeNameCollision = new(
        "DAE0108",
        "A generated node member's name is taken",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The generator adds a nested 'Ports' class to every node class, with a property per port, and private members beginning with '__'. The node's members and ports must leave those names free.",
        HelpLinkBase + "DAE0108.md");

    public static readonly DiagnosticDescriptor UnsupportedNodeType = new(
        "DAE0109",
        "A [Node] type cannot be generated",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The generator continues a [Node] class in a file of its own, which a file-local class (or a class nested in one) cannot have.",
        HelpLinkBase + "DAE0109.md");

    public static readonly DiagnosticDescriptor FilterShape = new(
        "DAE0110",
        "A [Filter] method has the wrong signature",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A filter's process method returns bool and takes exactly one input item (plus, optionally, a CancellationToken or a NodeContext); the item is passed on through 'Output' when it returns true. It takes no out or OutPort<T> parameters.",
        HelpLinkBase + "DAE0110.md");

    public static readonly DiagnosticDescriptor TryMapShape = new(
        "DAE0111",
        "A try-map method has the wrong signature",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A process method with an out parameter is a try-map: it returns bool, takes at least one input item and has exactly one out parameter, whose value is written to the output port named after it when the method returns true.",
        HelpLinkBase + "DAE0111.md");

    public static readonly DiagnosticDescriptor FlatMapShape = new(
        "DAE0112",
        "A flat-map method has the wrong signature",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A process method with OutPort<T> parameters is a flat-map: it returns void, Task or ValueTask, takes at least one input item, and writes any number of items to its OutPort<T> parameters. It has no out parameter.",
        HelpLinkBase + "DAE0112.md");

    public static readonly DiagnosticDescriptor MisplacedFilter = new(
        "DAE0113",
        "[Filter] is on a method it does not apply to",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "[Filter] marks the [Process] method of a function node as a filter. On another method, or on the process method of a port node, it would do nothing.",
        HelpLinkBase + "DAE0113.md");

    public static readonly DiagnosticDescriptor InvalidAggregate = new(
        "DAE0114",
        "An aggregate has the wrong shape",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An aggregate's process method returns void and takes its inputs by value and exactly one 'ref' accumulator, which the generated code keeps for the run and publishes as the output named after it.",
        HelpLinkBase + "DAE0114.md");

    public static readonly DiagnosticDescriptor InvalidWindowSize = new(
        "DAE0115",
        "A [Window] closes no window",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "[Window] needs a positive Count (items per window), a positive Milliseconds (time per window) or both; neither may be negative.",
        HelpLinkBase + "DAE0115.md");

    public static readonly DiagnosticDescriptor InvalidWindowMethod = new(
        "DAE0116",
        "A [Window] method has the wrong shape",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A window method takes exactly one input, a ReadOnlySpan<T> of the window's items, and returns its result synchronously (or nothing); or it is an aggregate taking items one by one. Port nodes and sources cannot take windows.",
        HelpLinkBase + "DAE0116.md");

    public static readonly DiagnosticDescriptor SpanWithoutWindow = new(
        "DAE0117",
        "A ReadOnlySpan<T> input needs [Window]",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A ReadOnlySpan<T> cannot be queued between nodes; a process method takes one only as the items of a window, with [Window] on the method.",
        HelpLinkBase + "DAE0117.md");

    public static readonly DiagnosticDescriptor InvalidDegreeOfParallelism = new(
        "DAE0118",
        "MaxDegreeOfParallelism must be at least 1",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "[Node(MaxDegreeOfParallelism = N)] is how many invocations of the node may be in flight at once; 1, the default, calls the node one item at a time.",
        HelpLinkBase + "DAE0118.md");

    public static readonly DiagnosticDescriptor ParallelismNotSupported = new(
        "DAE0119",
        "This node cannot run invocations concurrently",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A source moves one enumeration and a port node reads its ports itself, so their firings cannot overlap; MaxDegreeOfParallelism above 1 applies to function nodes and sinks.",
        HelpLinkBase + "DAE0119.md");

    public static readonly DiagnosticDescriptor CachedSink = new(
        "DAE0120",
        "A sink cannot be cached",
        "{0}",
        NodeCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "[Node(Cached = true)] lets durable runs reuse a node's stored result instead of firing it; a sink has no outputs, so it has no result to store, and durable runs always run it.",
        HelpLinkBase + "DAE0120.md");

    public static readonly DiagnosticDescriptor InternalError = new(
        Isolation.InternalError.Id,
        "Daedalus failed on this node or graph",
        "{0}",
        "Daedalus.Internal",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An unexpected exception in the Daedalus generator or analyzer while it read, analysed or generated one node or graph. That type gets only its public surface (a graph's members throw InvalidGraphException); every other type is generated as usual. This is a bug in Daedalus: please report it with the code that triggers it.",
        HelpLinkBase + Isolation.InternalError.Id + ".md");

    /// <summary>Every descriptor: the graph rules, the node rules, then the rules added since, each group in ID order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        Cycle, InputNotConnected, OutputNotConnected, NodeNotConnected, DuplicateConnection, InvalidCapacity,
        NotDeclarative, UnknownNode, ByteStreamConnection, NoShaderLibrary, NotPartial, NoProcessMethod, SeveralProcessMethods, UnwirableSignature,
        PortShape, DuplicatePort, NotInstantiable, DeviceOnCpuNode,
        PortTypeMismatch, GraphNameCollision, UnsupportedGraphType, EmptyGraph, SharedNodeInstance, InvalidDefaultCapacity, NodeNameCollision, CarriedOverField, InvalidPerRunField, UnsupportedNodeType,
        FilterShape, TryMapShape, FlatMapShape, MisplacedFilter, InvalidAggregate, InvalidWindowSize, InvalidWindowMethod, SpanWithoutWindow,
        InvalidDegreeOfParallelism, ParallelismNotSupported, CachedSink,
        InternalError);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    /// <summary>
    /// Problem IDs the readers record only so the generator knows the graph cannot be wired: DAE0010 marks mistakes
    /// the C# compiler already reports on the same line (an argument of g.Add that is not a [Node] instance or whose
    /// node class has errors, reported there; a port the node does not have; an argument that names no parameter),
    /// so the analyzer does not repeat them.
    /// </summary>
    public static readonly ImmutableHashSet<string> ReportedByCompiler = ImmutableHashSet.Create("DAE0010");

    /// <summary>The descriptor for a problem's ID; null for <see cref="ReportedByCompiler"/> IDs.</summary>
    public static DiagnosticDescriptor? For(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;
}
