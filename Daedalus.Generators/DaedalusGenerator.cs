using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Emit;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators;

/// <summary>
/// The Daedalus source generator. Two independent pipelines, each turning attributed syntax into
/// value-equatable models at once (so unrelated edits stay cached):
/// <c>[Node]</c> classes get their typed ports; <c>[Graph]</c> classes get their wiring and run loop.
/// The generator never reports diagnostics: the Daedalus analyzer does, from the same models.
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
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var nodes = context.SyntaxProvider.ForAttributeWithMetadataName(
                Names.NodeAttribute,
                static (syntax, _) => syntax is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (attributed, _) => ReadNodeDeclaration((INamedTypeSymbol)attributed.TargetSymbol, (TypeDeclarationSyntax)attributed.TargetNode))
            .Where(static node => node is not null)
            .WithTrackingName(Steps.Nodes);

        // Adapters are emitted only where Daedalus.Runtime is referenced; a project that references only
        // Daedalus.Abstractions gets its ports and nothing it could not compile.
        var runtimeAvailable = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(Names.RuntimeNode) is not null);

        context.RegisterSourceOutput(nodes.Combine(runtimeAvailable), static (output, pair) =>
            output.AddSource(pair.Left!.HintName + ".Node.g.cs", NodeEmitter.Emit(pair.Left, pair.Right)));

        var graphs = context.SyntaxProvider.ForAttributeWithMetadataName(
                Names.GraphAttribute,
                static (syntax, _) => syntax is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (attributed, cancellation) => PartialDeclarations.AllPartial((INamedTypeSymbol)attributed.TargetSymbol)
                        && GraphDeclarations.Unsupported((INamedTypeSymbol)attributed.TargetSymbol) is null
                    ? GraphReader.Read((INamedTypeSymbol)attributed.TargetSymbol, attributed.SemanticModel, cancellation)
                    : null)
            .Where(static graph => graph is not null)
            .WithTrackingName(Steps.Graphs);

        var plans = graphs
            .Select(static (graph, _) => (Graph: graph!, Analysis: GraphAnalysis.Analyze(graph!)))
            .WithTrackingName(Steps.Plans);

        context.RegisterSourceOutput(plans, static (output, plan) =>
            output.AddSource(plan.Graph.HintName + ".Graph.g.cs", GraphEmitter.Emit(plan.Graph, plan.Analysis)));
    }

    private static NodeDeclaration? ReadNodeDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax syntax)
    {
        // A class that is not partial cannot receive generated members (DAE0100); a static class cannot
        // implement INode (DAE0106). The analyzer reports both.
        if (!NodeDeclarations.CanBeGenerated(type)) return null;
        // Several partial declarations each trigger the pipeline; emit once, for the first.
        if (type.DeclaringSyntaxReferences.Length > 1 && type.DeclaringSyntaxReferences[0].GetSyntax() != syntax) return null;

        var problems = new List<Problem>();
        var node = NodeReader.Read(type, problems);
        return new NodeDeclaration(
            Declarations.Namespace(type),
            Declarations.Containers(type),
            type.Name,
            Declarations.TypeParameters(type),
            Declarations.HintName(type),
            node,
            PortPropertyReader.ReadImplementations(type),
            problems.ToEquatableArray())
        {
            Keyword = type.IsRecord ? "record" : "class",
            Taken = NodeMemberNames.Taken(type),
            PortsOfInvalidNode = node is null ? DeclaredPorts.Of(type) : PortList.None,
        };
    }
}
