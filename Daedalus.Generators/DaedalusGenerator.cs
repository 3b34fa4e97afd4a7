using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Emit;
using Daedalus.Generators.Isolation;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators;

/// <summary>
/// The Daedalus source generator. Two independent pipelines, each turning attributed syntax into
/// value-equatable models at once (so unrelated edits stay cached):
/// <c>[Node]</c> classes get their typed ports; <c>[Graph]</c> classes get their wiring and run loop.
/// The Daedalus analyzer reports the problems it finds, from the same models. Each class is read, analysed
/// and emitted behind its own wall (<see cref="Guarded"/>, <see cref="GuardedOutput"/>): an exception never
/// leaves the generator, and one failing class never takes the others down.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DaedalusGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for cacheability tests.</summary>
    public static class Steps
    {
        public const string Nodes = "Daedalus.Nodes";
        public const string Graphs = "Daedalus.Graphs";
        public const string Plans = "Daedalus.Plans";
        public const string Catalog = "Daedalus.Catalog";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var nodes = context.SyntaxProvider.ForAttributeWithMetadataName(
                Names.NodeAttribute,
                static (syntax, _) => syntax is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (attributed, cancellation) => ReadNode((INamedTypeSymbol)attributed.TargetSymbol, (TypeDeclarationSyntax)attributed.TargetNode, cancellation))
            .Where(static node => node is not null)
            .WithTrackingName(Steps.Nodes);

        // Adapters are emitted only where Daedalus.Runtime is referenced; a project that references only
        // Daedalus.Abstractions gets its ports and nothing it could not compile.
        var runtimeAvailable = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(Names.RuntimeNode) is not null);

        context.RegisterSourceOutput(nodes.Combine(runtimeAvailable), static (output, pair) => EmitNode(output, pair.Left!, pair.Right));

        // One catalogue of the project's node classes, by type name; compared by value, so it is rebuilt only when a
        // node's constructor or configuration members change.
        var catalog = nodes
            .Select(static (node, _) => CatalogEntry(node!))
            .Where(static entry => entry is not null)
            .Collect()
            .Select(static (entries, _) => entries.Select(entry => entry!).OrderBy(entry => entry.TypeName, StringComparer.Ordinal).ToEquatableArray())
            .Combine(runtimeAvailable)
            .WithTrackingName(Steps.Catalog);

        context.RegisterSourceOutput(catalog, static (output, pair) => EmitCatalog(output, pair.Left, pair.Right));

        var graphs = context.SyntaxProvider.ForAttributeWithMetadataName(
                Names.GraphAttribute,
                static (syntax, _) => syntax is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (attributed, cancellation) => ReadGraph((INamedTypeSymbol)attributed.TargetSymbol, attributed.SemanticModel, cancellation))
            .Where(static graph => graph is not null)
            .WithTrackingName(Steps.Graphs);

        var plans = graphs
            .Select(static (graph, _) => (Graph: graph!, Analysis: Guarded.Analyze(graph!)))
            .WithTrackingName(Steps.Plans);

        context.RegisterSourceOutput(plans, static (output, plan) => EmitGraph(output, plan.Graph, plan.Analysis));
    }

    /// <remarks>
    /// Reading failures are not reported here: the analyzer reads the same class through the same walls and
    /// reports them (DAE0999), so each is reported once.
    /// </remarks>
    private static NodeDeclaration? ReadNode(INamedTypeSymbol type, TypeDeclarationSyntax syntax, CancellationToken cancellation)
    {
        try
        {
            // A class that is not partial cannot receive generated members (DAE0100); a static class cannot
            // implement INode (DAE0106). The analyzer reports both.
            if (!NodeDeclarations.CanBeGenerated(type)) return null;
            // Each partial declaration with [Node] triggers the pipeline (twice is CS0579); emit once, for the first.
            // That is not always the type's first declaration: [Node] may be on any part.
            if (type.DeclaringSyntaxReferences.Length > 1 && NodeAttributeOwner(type, cancellation) is { } owner && owner != syntax) return null;
            return Guarded.ReadNodeDeclaration(type, new List<Problem>());
        }
        catch (Exception exception) when (InternalError.IsUnexpected(exception, cancellation))
        {
            return null;
        }
    }

    /// <summary>The declaration that carries the type's first <c>[Node]</c>.</summary>
    private static TypeDeclarationSyntax? NodeAttributeOwner(INamedTypeSymbol type, CancellationToken cancellation) =>
        type.GetAttributes().FirstOrDefault(a => Names.IsNamed(a.AttributeClass, Names.NodeAttribute))?.ApplicationSyntaxReference?
            .GetSyntax(cancellation).FirstAncestorOrSelf<TypeDeclarationSyntax>();

    private static GraphModel? ReadGraph(INamedTypeSymbol type, SemanticModel model, CancellationToken cancellation)
    {
        try
        {
            return PartialDeclarations.AllPartial(type) && GraphDeclarations.Unsupported(type) is null
                ? Guarded.ReadGraph(type, model, cancellation)
                : null;
        }
        catch (Exception exception) when (InternalError.IsUnexpected(exception, cancellation))
        {
            return null;
        }
    }

    /// <summary>The node's file; if emitting it fails, its <c>Ports</c> and <c>INode</c> link without the adapter, or without ports.</summary>
    private static void EmitNode(SourceProductionContext output, NodeDeclaration node, bool runtimeAvailable) =>
        GuardedOutput.AddSource(output, node.HintName + ".Node.g.cs", $"node '{Describe.Node(node)}'",
            () =>
            {
                TestFaults.At(TestFaults.Emit, node.ClassName);
                return NodeEmitter.Emit(node, runtimeAvailable);
            },
            () => NodeEmitter.Emit(node, runtimeAvailable: false),
            () => NodeEmitter.Emit(node with { Node = null }, runtimeAvailable: false),
            () => NodeEmitter.Emit(node with { Node = null, PortProperties = EquatableArray<PortPropertyModel>.Empty }, runtimeAvailable: false));

    /// <summary>The node's catalogue entry when the generator emits its adapter (the class has its <c>Ports</c>).</summary>
    private static CatalogNode? CatalogEntry(NodeDeclaration node) =>
        node.Node is not null && !node.Taken.Contains(NodeMemberNames.PortsClass) ? node.Catalog : null;

    /// <summary>
    /// <c>DaedalusNodeCatalog.g.cs</c>, when the project references Daedalus.Runtime and has a node class to create;
    /// a node whose factory fails to emit is reported (DAE0999) and left out.
    /// </summary>
    private static void EmitCatalog(SourceProductionContext output, EquatableArray<CatalogNode> nodes, bool runtimeAvailable)
    {
        if (!runtimeAvailable || nodes.Count == 0) return;
        var methods = CatalogEmitter.MethodNames(nodes);
        var factories = new List<(CatalogNode Node, string Method, string Factory)>();
        foreach (var node in nodes)
        {
            var factory = GuardedOutput.Part(output, $"the node catalogue entry of node '{node.TypeName}'", () =>
            {
                TestFaults.At(TestFaults.Catalog, node.ClassName);
                return CatalogEmitter.Factory(node, methods[node]);
            });
            if (factory is not null) factories.Add((node, methods[node], factory));
        }
        GuardedOutput.AddSource(output, CatalogEmitter.HintName, "the node catalogue", () => CatalogEmitter.Emit(factories));
    }

    /// <summary>The graph's file; if emitting it fails, the throwing surface of an invalid graph, with its nodes if possible.</summary>
    private static void EmitGraph(SourceProductionContext output, GraphModel graph, GraphAnalysisResult analysis)
    {
        var subject = $"graph '{Describe.Graph(graph)}'";
        var failed = analysis with
        {
            Problems = analysis.Problems.Prepend(new Problem(InternalError.Id, $"Daedalus failed while generating {subject}; see the DAE0999 build error", null)).ToEquatableArray(),
        };
        GuardedOutput.AddSource(output, graph.HintName + ".Graph.g.cs", subject,
            () =>
            {
                TestFaults.At(TestFaults.Emit, graph.ClassName);
                return GraphEmitter.Emit(graph, analysis);
            },
            () => GraphEmitter.Emit(graph, failed),
            () => GraphEmitter.Emit(graph with { Nodes = EquatableArray<GraphNode>.Empty, Edges = EquatableArray<GraphEdge>.Empty, RoundRobin = EquatableArray<RoundRobinOutput>.Empty }, failed));
    }
}
