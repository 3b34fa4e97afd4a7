namespace Daedalus;

/// <summary>
/// A graph's compile-time plan: its nodes, edges and schedule order, as the source generator
/// computed them. Exposed by every generated graph as <c>Plan</c>.
/// </summary>
/// <param name="Name">The graph class name.</param>
/// <param name="Nodes">Nodes in declaration order.</param>
/// <param name="Edges">Edges in declaration order.</param>
/// <param name="Schedule">Node names in the order the serial executor visits them: topological, ties broken by declaration order.</param>
/// <param name="Segments">The GPU segments (none when every node runs on the CPU).</param>
public sealed record GraphPlan(
    string Name,
    IReadOnlyList<PlanNode> Nodes,
    IReadOnlyList<PlanEdge> Edges,
    IReadOnlyList<string> Schedule,
    IReadOnlyList<PlanSegment>? Segments = null)
{
    /// <summary>The GPU segments in name order; empty (never null) when every node runs on the CPU.</summary>
    public IReadOnlyList<PlanSegment> Segments { get; init; } = Segments ?? [];

    /// <summary>Finds a GPU segment by name (<c>gpu0</c>…).</summary>
    public PlanSegment Segment(string name) =>
        Segments.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"Graph '{Name}' has no GPU segment '{name}'.");

    /// <summary>Renders the graph as a Mermaid flowchart.</summary>
    public string ToMermaid() => MermaidRenderer.Render(this);

    /// <summary>Renders the graph in Graphviz DOT.</summary>
    public string ToDot() => DotRenderer.Render(this);

    /// <summary>The plan as indented JSON (camelCase names, enums as strings).</summary>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, PlanJsonContext.Default.GraphPlan).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Reads a plan written by <see cref="ToJson"/>.</summary>
    public static GraphPlan FromJson(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, PlanJsonContext.Default.GraphPlan)
        ?? throw new System.Text.Json.JsonException("The JSON document holds no plan.");

    /// <summary>Finds a node by name.</summary>
    public PlanNode Node(string name) =>
        Nodes.FirstOrDefault(n => n.Name == name) ?? throw new KeyNotFoundException($"Graph '{Name}' has no node '{name}'.");
}

/// <summary>What a node does with items.</summary>
public enum NodeKind
{
    /// <summary>Produces items and has no inputs.</summary>
    Source,

    /// <summary>A <c>[Process]</c> method whose parameters are inputs and whose result is the output.</summary>
    Function,

    /// <summary>Reads and writes any number of items per firing through explicit ports.</summary>
    Port,

    /// <summary>Consumes items and has no outputs.</summary>
    Sink,
}

/// <summary>A node of a plan.</summary>
/// <param name="Name">The name given by the graph definition (its local variable).</param>
/// <param name="Type">The node's C# type.</param>
/// <param name="Kind">The node's kind.</param>
/// <param name="IsAsync">Whether the node's process method is asynchronous.</param>
/// <param name="Inputs">Input ports.</param>
/// <param name="Outputs">Output ports.</param>
/// <param name="Placement">Where the node runs.</param>
/// <param name="Segment">The GPU segment the node belongs to; null for CPU nodes.</param>
public sealed record PlanNode(
    string Name,
    string Type,
    NodeKind Kind,
    bool IsAsync,
    IReadOnlyList<PlanPort> Inputs,
    IReadOnlyList<PlanPort> Outputs,
    NodePlacement Placement = NodePlacement.Cpu,
    string? Segment = null)
{
    /// <summary>
    /// The node instance's configuration (its public properties and fields as invariant strings, in declaration order),
    /// in the plans of run-time graphs whose node has any; null in generated graphs' static plans, which describe node
    /// classes rather than instances. Omitted from JSON when null.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string?>? Configuration { get; init; }
}

/// <summary>A port of a plan node.</summary>
/// <param name="Name">The port name used in graph definitions.</param>
/// <param name="ItemType">The C# type of the items that flow through it.</param>
public sealed record PlanPort(string Name, string ItemType);

/// <summary>An edge of a plan.</summary>
/// <param name="Id">A stable name, <c>from.Port->to.Port</c>.</param>
/// <param name="FromNode">Producer node name.</param>
/// <param name="FromPort">Producer output port.</param>
/// <param name="ToNode">Consumer node name.</param>
/// <param name="ToPort">Consumer input port.</param>
/// <param name="Policy">
/// The effective buffering policy: what the connection named, or the graph's default (<see cref="EdgePolicy.IsDefault"/>,
/// shown as <c>bounded(1024, Block) (default)</c>). Renderings label every queued edge with it; a fused edge has no queue.
/// </param>
/// <param name="IsFused">Whether the generator turned the edge into a local variable (no queue).</param>
/// <param name="FanOut">How the producer's output shares items among its edges.</param>
public sealed record PlanEdge(
    string Id,
    string FromNode,
    string FromPort,
    string ToNode,
    string ToPort,
    EdgePolicy Policy,
    bool IsFused,
    FanOut FanOut = FanOut.Broadcast);
