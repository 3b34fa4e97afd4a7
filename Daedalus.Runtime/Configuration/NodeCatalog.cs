namespace Daedalus.Runtime;

/// <summary>
/// Node factories by type name, so that nodes can be created from a description (a plan read from JSON, a live
/// graph's desired state) without reflection. The generator emits the catalogue of a project's node classes as
/// <c>Daedalus.Generated.DaedalusNodeCatalog.Nodes</c>; catalogues of several projects are combined with <see cref="Merge"/>.
/// </summary>
public sealed class NodeCatalog
{
    private readonly Dictionary<string, NodeFactory> _factories = new(StringComparer.Ordinal);

    /// <summary>The registered type names, as <see cref="NodeAdapter.TypeName"/> writes them.</summary>
    public IReadOnlyCollection<string> TypeNames => _factories.Keys;

    /// <summary>Registers <paramref name="factory"/> under <paramref name="typeName"/>.</summary>
    /// <returns>This catalogue, to chain calls.</returns>
    /// <exception cref="ArgumentException">The name is already registered.</exception>
    public NodeCatalog Add(string typeName, NodeFactory factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(typeName, factory))
            throw new ArgumentException($"Node type '{typeName}' is already in the catalogue.", nameof(typeName));
        return this;
    }

    /// <summary>Whether <paramref name="typeName"/> is registered.</summary>
    public bool Contains(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        return _factories.ContainsKey(typeName);
    }

    /// <summary>Adds every factory of <paramref name="other"/> to this catalogue.</summary>
    /// <returns>This catalogue, to chain calls.</returns>
    /// <exception cref="ArgumentException">A type name is in both catalogues.</exception>
    public NodeCatalog Merge(NodeCatalog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (typeName, factory) in other._factories) Add(typeName, factory);
        return this;
    }

    /// <summary>
    /// Creates a node of type <paramref name="typeName"/>. Configuration values are invariant strings, as
    /// <see cref="NodeConfiguration.Describe(IRuntimeNode)"/> writes them; keys are compared without regard to case.
    /// Members the type describes but cannot set (get-only properties, read-only fields, values of types that are not
    /// parsed: string, bool, numbers, enums, <see cref="TimeSpan"/>, <see cref="Guid"/>) are accepted and ignored.
    /// </summary>
    /// <param name="typeName">The node's type, as <see cref="NodeAdapter.TypeName"/> writes it.</param>
    /// <param name="configuration">Values for constructor parameters (by name) and settable properties and fields.</param>
    /// <param name="services">Where constructor parameters that are not configuration come from.</param>
    /// <exception cref="KeyNotFoundException">The type is not in the catalogue.</exception>
    /// <exception cref="ArgumentException">A key is not a member of the type, a value does not parse, or a constructor parameter has no value.</exception>
    /// <exception cref="InvalidOperationException">A constructor needs a service that <paramref name="services"/> does not have.</exception>
    public IRuntimeNode Create(string typeName, IReadOnlyDictionary<string, string?>? configuration = null, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        if (!_factories.TryGetValue(typeName, out var factory))
            throw new KeyNotFoundException($"Node type '{typeName}' is not in the catalogue; it has {Describe(_factories.Keys)}.");
        var reader = new NodeConfigurationReader(typeName, configuration);
        var node = factory(reader, services);
        reader.CheckEveryKeyRead();
        return node;
    }

    /// <summary>
    /// Builds a run-time graph from <paramref name="plan"/>: every node created by its <see cref="PlanNode.Type"/>
    /// with its <see cref="PlanNode.Configuration"/> and added under its name, every edge connected by names with its
    /// policy (a default edge stays default), and every round-robin output distributed as the plan records it.
    /// GPU placement is not restored: every node runs on the CPU (place nodes with <see cref="RuntimeGraph.Place"/>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">A node's type is not in the catalogue.</exception>
    /// <exception cref="ArgumentException">A node's configuration does not fit its type.</exception>
    public RuntimeGraph CreateGraph(GraphPlan plan, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var graph = new RuntimeGraph(plan.Name);
        foreach (var node in plan.Nodes) graph.AddNode(Create(node.Type, node.Configuration, services), node.Name);
        var distributed = new HashSet<(string Node, string Port)>();
        foreach (var edge in plan.Edges)
        {
            graph.Connect(edge.FromNode, edge.FromPort, edge.ToNode, edge.ToPort, edge.Policy);
            if (edge.FanOut != FanOut.Broadcast && distributed.Add((edge.FromNode, edge.FromPort)))
                graph.Distribute(edge.FromNode, edge.FromPort, edge.FanOut);
        }
        return graph;
    }

    private static string Describe(IReadOnlyCollection<string> names) =>
        names.Count switch
        {
            0 => "no node types",
            <= 20 => "node types " + string.Join(", ", names.Order(StringComparer.Ordinal)),
            _ => $"{names.Count} node types",
        };
}
