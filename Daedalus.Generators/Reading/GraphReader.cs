using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads a <c>[Graph]</c> class's <c>Define(GraphBuilder g)</c> method into a <see cref="GraphModel"/>.
/// The method is declarative: each statement is either <c>var name = g.Add(expression);</c> or
/// <c>g.Connect(a.Port, b.Port[, policy]);</c>. Ports are matched by name because the generated
/// <c>Ports</c> types are not visible to the generator; the C# compiler type-checks them in the final build.
/// </summary>
internal sealed class GraphReader
{
    private readonly SemanticModel _model;
    private readonly List<Problem> _problems = new();
    private readonly List<GraphNode> _nodes = new();
    private readonly List<GraphEdge> _edges = new();
    private readonly List<RoundRobinOutput> _roundRobin = new();
    private readonly Dictionary<string, int> _nodeIndex = new();
    private readonly HashSet<string> _unreadableNodes = new();
    private readonly List<LocationInfo?> _nodeNames = new();
    private readonly List<ITypeSymbol> _nodeTypes = new();
    private readonly Dictionary<ISymbol, string> _sharedInstances = new(SymbolEqualityComparer.Default);
    private string _builder = "g";
    private int _defaultCapacity = GraphDefaults.Capacity;

    private GraphReader(SemanticModel model) => _model = model;

    public static GraphModel Read(INamedTypeSymbol graph, SemanticModel model, System.Threading.CancellationToken cancellation)
    {
        var define = FindDefine(graph);
        // Define may sit in another partial declaration, which needs the semantic model of its own tree.
        var semantic = define is null || define.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(define.SyntaxTree);
        var reader = new GraphReader(semantic);
        reader._defaultCapacity = GraphDefaults.ReadCapacity(graph, reader._problems);
        var scopes = (Usings: EquatableArray<string>.Empty, Namespaces: EquatableArray<NamespaceBlock>.Empty);
        if (define is not null)
        {
            reader.ReadBody(define, cancellation);
            scopes = UsingScopes.Of(define, semantic);
            if (reader._nodes.Count == 0 && reader._problems.Count == 0)
            {
                reader._problems.Add(new Problem("DAE0015",
                    $"Graph '{graph.Name}' has no nodes: its Define adds none, so its runs do nothing",
                    LocationInfo.From(define.Identifier.GetLocation())));
            }
        }
        else
        {
            reader._problems.Add(new Problem("DAE0007",
                $"Graph '{graph.Name}' needs a 'static void Define(GraphBuilder g)' method that declares its nodes and connections",
                LocationInfo.From(graph.Locations.FirstOrDefault())));
        }

        SharedInstances.Mark(reader._nodes, reader._nodeTypes);
        var names = GraphMemberNames.Check(graph, semantic.Compilation, reader._nodes, reader._nodeNames, reader._nodeTypes, reader._problems);
        return new GraphModel(
            Declarations.Namespace(graph),
            Declarations.Containers(graph),
            graph.Name,
            Declarations.HintName(graph),
            scopes.Usings,
            names.Nodes.ToEquatableArray(),
            reader._edges.ToEquatableArray(),
            reader._roundRobin.ToEquatableArray(),
            reader._problems.ToEquatableArray())
        {
            TypeParameters = Declarations.TypeParameters(graph),
            DefaultCapacity = reader._defaultCapacity,
            Namespaces = scopes.Namespaces,
            Withheld = names.Withheld.ToEquatableArray(),
        };
    }

    private static MethodDeclarationSyntax? FindDefine(INamedTypeSymbol graph)
    {
        foreach (var method in graph.GetMembers("Define").OfType<IMethodSymbol>())
        {
            if (!method.IsStatic || method.Parameters.Length != 1 || !Names.IsNamed(method.Parameters[0].Type, Names.GraphBuilder)) continue;
            return method.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<MethodDeclarationSyntax>().FirstOrDefault();
        }
        return null;
    }

    private void ReadBody(MethodDeclarationSyntax define, System.Threading.CancellationToken cancellation)
    {
        _builder = define.ParameterList.Parameters[0].Identifier.ValueText;
        if (define.Body is null)
        {
            _problems.Add(NotDeclarative(define, "the definition must be a block of Add and Connect statements"));
            return;
        }
        foreach (var statement in define.Body.Statements)
        {
            cancellation.ThrowIfCancellationRequested();
            switch (statement)
            {
                case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
                    when variables[0].Initializer?.Value is InvocationExpressionSyntax add && IsBuilderCall(add, "Add"):
                    ReadAdd(variables[0].Identifier, add);
                    break;
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax connect } when IsBuilderCall(connect, "Connect"):
                    ReadConnect(connect);
                    break;
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax distribute } when IsBuilderCall(distribute, "Distribute"):
                    ReadDistribute(distribute);
                    break;
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax add } when IsBuilderCall(add, "Add"):
                    _problems.Add(NotDeclarative(statement, "assign each added node to a local variable ('var name = g.Add(...)'); the variable names the node"));
                    break;
                case LocalFunctionStatementSyntax function:
                    _problems.Add(NotDeclarative(statement, $"'{Describe(statement)}' declares a local function, which the generated graph cannot call; make '{function.Identifier.ValueText}' a static method of the graph class"));
                    break;
                default:
                    _problems.Add(NotDeclarative(statement, $"'{Describe(statement)}' is not an Add or Connect statement"));
                    break;
            }
        }
    }

    private void ReadAdd(SyntaxToken identifier, InvocationExpressionSyntax add)
    {
        var name = identifier.ValueText;
        var declaration = LocationInfo.From(add.Parent?.Parent?.Parent ?? add);
        if (CallArguments.Bind(add.ArgumentList, "node")?[0] is not { } creation)
        {
            Unreadable(name, ReportedByCompiler(add, "Add takes exactly one node instance"));
            return;
        }
        if (_model.GetTypeInfo(creation).Type is not INamedTypeSymbol type || !Names.HasAttribute(type.OriginalDefinition, Names.NodeAttribute))
        {
            Unreadable(name, ReportedByCompiler(creation, $"'{creation}' is not an instance of a [Node] class, so it cannot be added to the graph"));
            return;
        }
        if (!NodeExpression.CanBeCopied(creation, _model, this, out var problem))
        {
            Unreadable(name, problem);
            return;
        }

        var nodeProblems = new List<Problem>();
        var node = NodeDeclarations.CanBeGenerated(type) ? Isolation.Guarded.ReadNode(type, nodeProblems) : null;
        if (node is null)
        {
            Unreadable(name, ReportedByCompiler(creation, $"Node '{name}' of type '{type.Name}' has declaration errors (reported on the node class) and cannot be wired"));
            return;
        }
        if (SharedInstances.Field(creation, _model) is { } field)
        {
            if (_sharedInstances.TryGetValue(field, out var first))
            {
                Unreadable(name, new Problem("DAE0016",
                    $"Nodes '{first}' and '{name}' are both '{creation}', the same {type.Name} instance; a node instance is one node of one graph: create a new instance for each",
                    LocationInfo.From(creation)));
                return;
            }
            _sharedInstances.Add(field, name);
        }
        if (node.IsGpuPlaced && _model.Compilation.GetTypeByMetadataName(Names.GraphicsDevice) is null)
        {
            // The graph would hand the node a device from Daedalus.Shaders, which this project cannot see.
            _problems.Add(new Problem("DAE0012",
                $"Node '{name}' is placed on the GPU ({node.Placement}), but this project does not reference Daedalus.Shaders, which chooses and runs its device; reference it (the Daedalus package includes it) or place the node on the CPU",
                declaration));
        }
        _nodeIndex[name] = _nodes.Count;
        _nodeNames.Add(LocationInfo.From(identifier.GetLocation()));
        _nodeTypes.Add(type);
        _nodes.Add(new GraphNode(name, Names.Pascal(name), node, creation.ToString(), declaration, HasAdapter(type))
        {
            Index = _nodes.Count,
            CreationNullable = NullableSetting(_model.GetNullableContext(creation.SpanStart)),
        });
    }

    /// <summary>The directive that turns the generated file's <c>#nullable enable</c> into <paramref name="context"/>; null if none is needed.</summary>
    private static string? NullableSetting(NullableContext context) =>
        (context.AnnotationsEnabled(), context.WarningsEnabled()) switch
        {
            (true, true) => null,
            (true, false) => "disable warnings",
            (false, true) => "disable annotations",
            _ => "disable",
        };

    /// <summary>Records why node <paramref name="name"/> cannot be wired; its connections are then skipped, not reported again.</summary>
    private void Unreadable(string name, Problem? problem)
    {
        if (problem is not null) _problems.Add(problem);
        _unreadableNodes.Add(name);
    }

    /// <summary>Whether <paramref name="name"/> names a node, readable or not, added by an earlier <c>var name = g.Add(...)</c>.</summary>
    internal bool IsNodeLocal(string name) => _nodeIndex.ContainsKey(name) || _unreadableNodes.Contains(name);

    /// <summary>Whether the node gets (source) or has (metadata) the generated <c>IRuntimeNode&lt;Ports&gt;</c> implementation.</summary>
    private static bool HasAdapter(INamedTypeSymbol type) =>
        type.OriginalDefinition.Locations.Any(location => location.IsInSource)
        || type.AllInterfaces.Any(implemented => Names.IsNamed(implemented, Names.RuntimeNode));

    private void ReadConnect(InvocationExpressionSyntax connect)
    {
        var arguments = CallArguments.Bind(connect.ArgumentList, "from", "to", "policy");
        if (arguments?[0] is not { } fromArgument || arguments[1] is not { } toArgument)
        {
            _problems.Add(ReportedByCompiler(connect, "Connect takes an output port, an input port and an optional edge policy"));
            return;
        }
        var policyArgument = arguments[2];
        var from = ReadPortReference(fromArgument, output: true);
        var to = ReadPortReference(toArgument, output: false);
        if (from is null || to is null) return;

        var fromType = _nodes[from.Value.Node].Node.Outputs[from.Value.Port].ItemType;
        var toType = _nodes[to.Value.Node].Node.Inputs[to.Value.Port].ItemType;
        if (fromType != toType)
        {
            _problems.Add(new Problem("DAE0009",
                $"Cannot connect '{fromArgument}' ({fromType.Replace("global::", "")}) to '{toArgument}' ({toType.Replace("global::", "")}): the item types differ",
                LocationInfo.From(connect)));
            return;
        }

        var isByteStream = fromType == Names.ByteStreamItem;
        var policy = policyArgument is not null ? ReadPolicy(policyArgument)
            : isByteStream ? (EdgeKindModel.Bytes, DefaultByteCapacity, OverflowModel.Block, false)
            : (EdgeKindModel.Bounded, _defaultCapacity, OverflowModel.Block, false);
        if (policy is null) return;
        if (isByteStream != (policy.Value.Kind == EdgeKindModel.Bytes))
        {
            _problems.Add(new Problem("DAE0011",
                isByteStream
                    ? $"'{fromArgument}' is a byte-stream port; connect it with Edge.Bytes(capacityBytes) or without a policy, not an item policy"
                    : $"Edge.Bytes connects byte-stream ports (ByteOutPort to ByteInPort); '{fromArgument}' carries {fromType.Replace("global::", "")} items",
                LocationInfo.From(policyArgument)));
            return;
        }
        _edges.Add(new GraphEdge(
            from.Value.Node, _nodes[from.Value.Node].Node.Outputs[from.Value.Port].Name,
            to.Value.Node, _nodes[to.Value.Node].Node.Inputs[to.Value.Port].Name,
            policy.Value.Kind, policy.Value.Capacity, policy.Value.Overflow,
            LocationInfo.From(connect.Parent ?? connect))
        {
            NeverFused = policy.Value.NeverFused,
            IsDefault = policyArgument is null && !isByteStream,
        });
    }

    private void ReadDistribute(InvocationExpressionSyntax distribute)
    {
        var arguments = CallArguments.Bind(distribute.ArgumentList, "output", "mode");
        if (arguments?[0] is not { } outputArgument || arguments[1] is not { } modeArgument)
        {
            _problems.Add(ReportedByCompiler(distribute, "Distribute takes an output port and a FanOut mode"));
            return;
        }
        var output = ReadPortReference(outputArgument, output: true);
        if (output is null) return;
        if (_model.GetConstantValue(modeArgument) is not { HasValue: true, Value: int mode } || mode is < 0 or > 1)
        {
            _problems.Add(NotDeclarative(modeArgument, "the fan-out mode must be FanOut.Broadcast or FanOut.RoundRobin written in place"));
            return;
        }
        // Distributing the same output round-robin twice says nothing new.
        if (mode == 1 && _roundRobin.All(r => r.Node != output.Value.Node || r.Port != _nodes[output.Value.Node].Node.Outputs[output.Value.Port].Name)) _roundRobin.Add(new RoundRobinOutput(output.Value.Node, _nodes[output.Value.Node].Node.Outputs[output.Value.Port].Name, LocationInfo.From(distribute.Parent ?? distribute)));
    }

    private (int Node, int Port)? ReadPortReference(ExpressionSyntax expression, bool output)
    {
        if (expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax nodeName, Name: IdentifierNameSyntax portName })
        {
            _problems.Add(NotDeclarative(expression, "a port is written 'node.Port', where 'node' is a local from g.Add"));
            return null;
        }
        if (!_nodeIndex.TryGetValue(nodeName.Identifier.ValueText, out var node))
        {
            // A node whose Add already failed is not unknown: its own problem explains the connection.
            if (_unreadableNodes.Contains(nodeName.Identifier.ValueText)) return null;
            if (_model.GetSymbolInfo(nodeName) is { Symbol: null, CandidateSymbols.IsEmpty: true })
            {
                _problems.Add(ReportedByCompiler(nodeName, $"'{nodeName.Identifier.ValueText}' does not exist"));
                return null;
            }
            _problems.Add(new Problem("DAE0008",
                $"'{nodeName.Identifier.ValueText}' is not a node added to this graph by an earlier 'var {nodeName.Identifier.ValueText} = g.Add(...)'",
                LocationInfo.From(nodeName)));
            return null;
        }
        var model = _nodes[node].Node;
        var port = output ? model.IndexOfOutput(portName.Identifier.ValueText) : model.IndexOfInput(portName.Identifier.ValueText);
        if (port < 0)
        {
            // Also a C# error (the generated Ports type has no such member, or it has the other direction).
            _problems.Add(ReportedByCompiler(expression,
                $"Node '{nodeName.Identifier.ValueText}' ({model.ShortName}) has no {(output ? "output" : "input")} port '{portName.Identifier.ValueText}'"));
            return null;
        }
        return (node, port);
    }

    private (EdgeKindModel Kind, int Capacity, OverflowModel Overflow, bool NeverFused)? ReadPolicy(ExpressionSyntax expression)
    {
        var symbol = _model.GetSymbolInfo(expression).Symbol;
        if (symbol?.ContainingType is { } container && Names.IsNamed(container, Names.Edge))
        {
            switch (symbol.Name)
            {
                case "Fifo":
                    return (EdgeKindModel.Fifo, 0, OverflowModel.Block, false);
                case "Queued":
                    return (EdgeKindModel.Fifo, 0, OverflowModel.Block, true);
                case "Latest":
                    return (EdgeKindModel.Latest, 1, OverflowModel.DropOldest, false);
                case "Bytes" when expression is InvocationExpressionSyntax bytes:
                    return ReadByteCapacity(bytes) is { } capacityBytes
                        ? (EdgeKindModel.Bytes, capacityBytes, OverflowModel.Block, false)
                        : null;
                case "Bounded" when expression is InvocationExpressionSyntax invocation:
                    return ReadBounded(invocation) is { } bounded
                        ? (bounded.Kind, bounded.Capacity, bounded.Overflow, false)
                        : null;
            }
        }
        _problems.Add(NotDeclarative(expression, "an edge policy is written with Edge.Fifo, Edge.Queued, Edge.Latest, Edge.Bounded(capacity, overflow) or Edge.Bytes(capacityBytes) directly in the Connect call"));
        return null;
    }

    private (EdgeKindModel Kind, int Capacity, OverflowModel Overflow)? ReadBounded(InvocationExpressionSyntax invocation)
    {
        var arguments = CallArguments.Bind(invocation.ArgumentList, "capacity", "overflow");
        if (arguments?[0] is not { } capacity)
        {
            _problems.Add(ReportedByCompiler(invocation, "Edge.Bounded takes a capacity and an optional overflow strategy"));
            return null;
        }

        var overflow = arguments[1];
        var capacityValue = _model.GetConstantValue(capacity) is { HasValue: true, Value: int value } ? value : (int?)null;
        if (capacityValue is null or <= 0)
        {
            _problems.Add(new Problem("DAE0006",
                capacityValue is null
                    ? $"The capacity '{capacity}' is not a compile-time constant; the generator sizes the edge at compile time"
                    : $"The capacity {capacityValue} is not positive; a bounded edge holds at least one item",
                LocationInfo.From(capacity)));
            return null;
        }

        var overflowValue = OverflowModel.Block;
        if (overflow is not null)
        {
            if (_model.GetConstantValue(overflow) is not { HasValue: true, Value: int raw } || raw is < 0 or > 3)
            {
                _problems.Add(NotDeclarative(overflow, "the overflow strategy must be an Overflow member written in place (Overflow.Block, DropOldest, DropNewest or Error)"));
                return null;
            }
            overflowValue = (OverflowModel)raw;
        }
        return (EdgeKindModel.Bounded, capacityValue.Value, overflowValue);
    }

    /// <summary>Mirrors <c>Edge.DefaultByteCapacity</c>.</summary>
    private const int DefaultByteCapacity = 64 * 1024;

    private int? ReadByteCapacity(InvocationExpressionSyntax invocation)
    {
        var arguments = CallArguments.Bind(invocation.ArgumentList, "capacityBytes");
        if (arguments is null)
        {
            _problems.Add(ReportedByCompiler(invocation, "Edge.Bytes takes one capacity in bytes"));
            return null;
        }
        if (arguments[0] is not { } capacity) return DefaultByteCapacity;
        var value = _model.GetConstantValue(capacity) is { HasValue: true, Value: int bytes } ? bytes : (int?)null;
        if (value is null or <= 0)
        {
            _problems.Add(new Problem("DAE0006",
                value is null
                    ? $"The capacity '{capacity}' is not a compile-time constant; the generator sizes the edge at compile time"
                    : $"The capacity {value} is not positive; a byte-stream edge buffers at least one byte",
                LocationInfo.From(capacity)));
            return null;
        }
        return value;
    }

    private bool IsBuilderCall(InvocationExpressionSyntax invocation, string method) =>
        invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name.Identifier.ValueText: var name }
        && target.Identifier.ValueText == _builder && name == method;

    /// <summary>
    /// A mistake the C# compiler reports on the same line (an argument that names no parameter, a port the node does
    /// not have, something that is not a node): recorded (DAE0010) only so that the graph is not wired, never reported.
    /// </summary>
    private static Problem ReportedByCompiler(SyntaxNode node, string what) => new("DAE0010", what, LocationInfo.From(node));

    internal static Problem NotDeclarative(SyntaxNode node, string why) =>
        new("DAE0007",
            $"The graph definition is not declarative: {why}. Define is read at compile time, not run; build graphs that need loops or conditions with the run-time graph API",
            LocationInfo.From(node));

    private static string Describe(StatementSyntax statement)
    {
        var text = statement.ToString();
        var line = text.IndexOf('\n');
        return line < 0 ? text.Trim() : text.Substring(0, line).Trim() + " …";
    }
}
