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
    private string _builder = "g";

    private GraphReader(SemanticModel model) => _model = model;

    public static GraphModel Read(INamedTypeSymbol graph, SemanticModel model, System.Threading.CancellationToken cancellation)
    {
        var define = FindDefine(graph);
        // Define may sit in another partial declaration, which needs the semantic model of its own tree.
        var semantic = define is null || define.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(define.SyntaxTree);
        var reader = new GraphReader(semantic);
        var usings = new List<string>();
        if (define is not null)
        {
            reader.ReadBody(define, cancellation);
            usings.AddRange(UsingsOf(define));
        }
        else
        {
            reader._problems.Add(new Problem("DAE0007",
                $"Graph '{graph.Name}' needs a 'static void Define(GraphBuilder g)' method that declares its nodes and connections",
                LocationInfo.From(graph.Locations.FirstOrDefault())));
        }

        return new GraphModel(
            Declarations.Namespace(graph),
            Declarations.Containers(graph),
            graph.Name,
            Declarations.HintName(graph),
            usings.ToEquatableArray(),
            reader._nodes.ToEquatableArray(),
            reader._edges.ToEquatableArray(),
            reader._roundRobin.ToEquatableArray(),
            reader._problems.ToEquatableArray());
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
                    ReadAdd(variables[0].Identifier.ValueText, add);
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
                default:
                    _problems.Add(NotDeclarative(statement, $"'{Describe(statement)}' is not an Add or Connect statement"));
                    break;
            }
        }
    }

    private void ReadAdd(string name, InvocationExpressionSyntax add)
    {
        if (add.ArgumentList.Arguments.Count != 1)
        {
            _problems.Add(NotDeclarative(add, "Add takes exactly one node instance"));
            return;
        }
        var creation = add.ArgumentList.Arguments[0].Expression;
        if (_model.GetTypeInfo(creation).Type is not INamedTypeSymbol type || !Names.HasAttribute(type.OriginalDefinition, Names.NodeAttribute))
        {
            _problems.Add(new Problem("DAE0009",
                $"'{creation}' is not an instance of a [Node] class, so it cannot be added to the graph",
                LocationInfo.From(creation)));
            _unreadableNodes.Add(name);
            return;
        }
        foreach (var reference in creation.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (_model.GetSymbolInfo(reference).Symbol is ILocalSymbol or IParameterSymbol { ContainingSymbol: IMethodSymbol { Name: "Define" } })
            {
                _problems.Add(NotDeclarative(reference, $"the node expression uses '{reference.Identifier.ValueText}', a local or parameter of Define; use constants or static members of the graph class"));
                return;
            }
        }

        var nodeProblems = new List<Problem>();
        var node = Isolation.Guarded.ReadNode(type, nodeProblems);
        if (node is null)
        {
            _problems.Add(new Problem("DAE0009",
                $"Node '{name}' of type '{type.Name}' has declaration errors (reported on the node class) and cannot be wired",
                LocationInfo.From(creation)));
            _unreadableNodes.Add(name);
            return;
        }
        if (node.IsGpuPlaced && _model.Compilation.GetTypeByMetadataName(Names.GraphicsDevice) is null)
        {
            // The graph would hand the node a device from Daedalus.Shaders, which this project cannot see.
            _problems.Add(new Problem("DAE0012",
                $"Node '{name}' is placed on the GPU ({node.Placement}), but this project does not reference Daedalus.Shaders, which chooses and runs its device; reference it (the Daedalus package includes it) or place the node on the CPU",
                LocationInfo.From(add.Parent?.Parent?.Parent ?? add)));
        }
        _nodeIndex[name] = _nodes.Count;
        _nodes.Add(new GraphNode(name, Names.Pascal(name), node, creation.ToString(), LocationInfo.From(add.Parent?.Parent?.Parent ?? add), HasAdapter(type)));
    }

    /// <summary>Whether the node gets (source) or has (metadata) the generated <c>IRuntimeNode&lt;Ports&gt;</c> implementation.</summary>
    private static bool HasAdapter(INamedTypeSymbol type) =>
        type.OriginalDefinition.Locations.Any(location => location.IsInSource)
        || type.AllInterfaces.Any(implemented => Names.IsNamed(implemented, Names.RuntimeNode));

    private void ReadConnect(InvocationExpressionSyntax connect)
    {
        var arguments = connect.ArgumentList.Arguments;
        if (arguments.Count is < 2 or > 3)
        {
            _problems.Add(NotDeclarative(connect, "Connect takes an output port, an input port and an optional edge policy"));
            return;
        }
        var from = ReadPortReference(arguments[0].Expression, output: true);
        var to = ReadPortReference(arguments[1].Expression, output: false);
        if (from is null || to is null) return;

        var fromType = _nodes[from.Value.Node].Node.Outputs[from.Value.Port].ItemType;
        var toType = _nodes[to.Value.Node].Node.Inputs[to.Value.Port].ItemType;
        if (fromType != toType)
        {
            // The C# compiler reports the mismatch (CS1503) on the user's line; the graph cannot be wired.
            _problems.Add(new Problem("DAE0010",
                $"Cannot connect '{arguments[0].Expression}' ({fromType.Replace("global::", "")}) to '{arguments[1].Expression}' ({toType.Replace("global::", "")}): the item types differ",
                LocationInfo.From(connect)));
            return;
        }

        var isByteStream = fromType == Names.ByteStreamItem;
        var policy = arguments.Count == 3 ? ReadPolicy(arguments[2].Expression)
            : isByteStream ? (EdgeKindModel.Bytes, DefaultByteCapacity, OverflowModel.Block, false)
            : (EdgeKindModel.Fifo, 0, OverflowModel.Block, false);
        if (policy is null) return;
        if (isByteStream != (policy.Value.Kind == EdgeKindModel.Bytes))
        {
            _problems.Add(new Problem("DAE0011",
                isByteStream
                    ? $"'{arguments[0].Expression}' is a byte-stream port; connect it with Edge.Bytes(capacityBytes) or without a policy, not an item policy"
                    : $"Edge.Bytes connects byte-stream ports (ByteOutPort to ByteInPort); '{arguments[0].Expression}' carries {fromType.Replace("global::", "")} items",
                LocationInfo.From(arguments[2].Expression)));
            return;
        }
        _edges.Add(new GraphEdge(
            from.Value.Node, _nodes[from.Value.Node].Node.Outputs[from.Value.Port].Name,
            to.Value.Node, _nodes[to.Value.Node].Node.Inputs[to.Value.Port].Name,
            policy.Value.Kind, policy.Value.Capacity, policy.Value.Overflow,
            LocationInfo.From(connect.Parent ?? connect))
        {
            NeverFused = policy.Value.NeverFused,
        });
    }

    private void ReadDistribute(InvocationExpressionSyntax distribute)
    {
        var arguments = distribute.ArgumentList.Arguments;
        if (arguments.Count != 2)
        {
            _problems.Add(NotDeclarative(distribute, "Distribute takes an output port and a FanOut mode"));
            return;
        }
        var output = ReadPortReference(arguments[0].Expression, output: true);
        if (output is null) return;
        if (_model.GetConstantValue(arguments[1].Expression) is not { HasValue: true, Value: int mode } || mode is < 0 or > 1)
        {
            _problems.Add(NotDeclarative(arguments[1].Expression, "the fan-out mode must be FanOut.Broadcast or FanOut.RoundRobin written in place"));
            return;
        }
        if (mode == 1) _roundRobin.Add(new RoundRobinOutput(output.Value.Node, _nodes[output.Value.Node].Node.Outputs[output.Value.Port].Name, LocationInfo.From(distribute.Parent ?? distribute)));
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
            // A node whose Add already failed is not unknown: its own problem (DAE0009) explains the connection.
            if (_unreadableNodes.Contains(nodeName.Identifier.ValueText)) return null;
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
            _problems.Add(new Problem("DAE0010",
                $"Node '{nodeName.Identifier.ValueText}' ({model.ShortName}) has no {(output ? "output" : "input")} port '{portName.Identifier.ValueText}'",
                LocationInfo.From(expression)));
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
                    return ReadBounded(invocation, (IMethodSymbol)symbol) is { } bounded
                        ? (bounded.Kind, bounded.Capacity, bounded.Overflow, false)
                        : null;
            }
        }
        _problems.Add(NotDeclarative(expression, "an edge policy is written with Edge.Fifo, Edge.Queued, Edge.Latest, Edge.Bounded(capacity, overflow) or Edge.Bytes(capacityBytes) directly in the Connect call"));
        return null;
    }

    private (EdgeKindModel Kind, int Capacity, OverflowModel Overflow)? ReadBounded(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        ExpressionSyntax? capacity = null;
        ExpressionSyntax? overflow = null;
        var arguments = invocation.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = arguments[i].NameColon?.Name.Identifier.ValueText ?? (i < method.Parameters.Length ? method.Parameters[i].Name : "");
            if (parameter == "capacity") capacity = arguments[i].Expression;
            else if (parameter == "overflow") overflow = arguments[i].Expression;
        }

        var capacityValue = capacity is null ? null : _model.GetConstantValue(capacity) is { HasValue: true, Value: int value } ? value : (int?)null;
        if (capacityValue is null or <= 0)
        {
            _problems.Add(new Problem("DAE0006",
                capacityValue is null
                    ? $"The capacity '{capacity}' is not a compile-time constant; the generator sizes the edge at compile time"
                    : $"The capacity {capacityValue} is not positive; a bounded edge holds at least one item",
                LocationInfo.From((SyntaxNode?)capacity ?? invocation)));
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
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count == 0) return DefaultByteCapacity;
        var capacity = arguments[0].Expression;
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

    private static Problem NotDeclarative(SyntaxNode node, string why) =>
        new("DAE0007",
            $"The graph definition is not declarative: {why}. Define is read at compile time, not run; build graphs that need loops or conditions with the run-time graph API",
            LocationInfo.From(node));

    private static string Describe(StatementSyntax statement)
    {
        var text = statement.ToString();
        var line = text.IndexOf('\n');
        return line < 0 ? text.Trim() : text.Substring(0, line).Trim() + " …";
    }

    private static IEnumerable<string> UsingsOf(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            var usings = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.None)) yield return directive.ToString();
            }
        }
    }
}
