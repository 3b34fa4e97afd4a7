using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Daedalus.Generators.Analysis;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Isolation;

/// <summary>
/// The readers and the graph analysis, each behind a wall: an unexpected exception while reading or analysing
/// one node or graph becomes a DAE0999 problem of that type, and what could not be read is left out, so the
/// type still gets its public surface and every other type is read as usual. The generator and the analyzer
/// both read through here, so both meet the same exception; the analyzer reports it, the generator only
/// emits the surface.
/// </summary>
internal static class Guarded
{
    /// <summary>
    /// <see cref="NodeReader.Read"/>; null, with a DAE0999 problem, when it throws on a node class of this project,
    /// which the analyzer reads and reports on its own. A graph reading a constructed generic node (<c>Box&lt;int&gt;</c>)
    /// or one from a referenced assembly lets the exception reach its own wall, so the graph reports it.
    /// </summary>
    public static NodeModel? ReadNode(INamedTypeSymbol type, List<Problem> problems)
    {
        try
        {
            TestFaults.At(TestFaults.Read, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
            return NodeReader.Read(type, problems);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && IsReadOnItsOwn(type))
        {
            // NodeReader observes no cancellation token; a cancellation is left to the caller, which has one.
            problems.Add(InternalError.Problem($"reading node '{type.ToDisplayString()}'", exception, LocationOf(type)));
            return null;
        }
    }

    /// <summary>Whether the analyzer reads <paramref name="type"/> as a node class of this compilation.</summary>
    private static bool IsReadOnItsOwn(INamedTypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type, type.OriginalDefinition) && type.Locations.Any(location => location.IsInSource);

    /// <summary>
    /// What the generator emits for a <c>[Node]</c> class. A part that throws is left out (the node model, or the
    /// partial port properties to implement), so the class still gets its <c>Ports</c> and <c>INode</c> link;
    /// null when not even its name and place could be read.
    /// </summary>
    public static NodeDeclaration? ReadNodeDeclaration(INamedTypeSymbol type, List<Problem> problems)
    {
        var node = ReadNode(type, problems);
        var ports = Try(type, problems, () => PortPropertyReader.ReadImplementations(type), EquatableArray<PortPropertyModel>.Empty);
        var taken = Try(type, problems, () => NodeMemberNames.Taken(type), EquatableArray<string>.Empty);
        var declaredPorts = node is null ? Try(type, problems, () => DeclaredPorts.Of(type), PortList.None) : PortList.None;
        var catalog = node is null ? null : Try(type, problems, () => CatalogReader.Read(type, node), fallback: null);
        var code = node is null ? null : Try(type, problems, () => NodeCodeHash.Of(type), fallback: null);
        return Try(type, problems, () => new NodeDeclaration(
            Declarations.Namespace(type),
            Declarations.Containers(type),
            type.Name,
            Declarations.TypeParameters(type),
            Declarations.HintName(type),
            node,
            ports,
            problems.ToEquatableArray())
        {
            Keyword = type.IsRecord ? "record" : "class",
            Taken = taken,
            PortsOfInvalidNode = declaredPorts,
            Catalog = catalog,
            Code = code,
        }, fallback: null);
    }

    /// <summary>
    /// <see cref="GraphReader.Read"/>; when it throws, a graph with no nodes whose only problem is the DAE0999,
    /// so the class still gets the throwing surface of an invalid graph.
    /// </summary>
    public static GraphModel ReadGraph(INamedTypeSymbol graph, SemanticModel model, CancellationToken cancellation)
    {
        try
        {
            TestFaults.At(TestFaults.Read, graph.Name);
            return GraphReader.Read(graph, model, cancellation);
        }
        catch (Exception exception) when (InternalError.IsUnexpected(exception, cancellation))
        {
            var problem = InternalError.Problem($"reading graph '{graph.ToDisplayString()}'", exception, LocationOf(graph));
            return new GraphModel(
                Declarations.Namespace(graph),
                Declarations.Containers(graph),
                graph.Name,
                Declarations.HintName(graph),
                EquatableArray<string>.Empty,
                EquatableArray<GraphNode>.Empty,
                EquatableArray<GraphEdge>.Empty,
                EquatableArray<RoundRobinOutput>.Empty,
                new[] { problem }.ToEquatableArray());
        }
    }

    /// <summary>
    /// <see cref="GraphAnalysis.Analyze"/>; when it throws, an invalid result whose problems end with the DAE0999
    /// (at <paramref name="location"/>, the graph class, when the caller reports it).
    /// </summary>
    public static GraphAnalysisResult Analyze(GraphModel graph, LocationInfo? location = null)
    {
        try
        {
            TestFaults.At(TestFaults.Analyze, graph.ClassName);
            return GraphAnalysis.Analyze(graph);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The analysis observes no cancellation token; a cancellation is left to the caller, which has one.
            var problem = InternalError.Problem($"analysing graph '{Describe.Graph(graph)}'", exception, location);
            return new GraphAnalysisResult(
                EquatableArray<int>.Empty,
                graph.Edges.Select(_ => false).ToEquatableArray(),
                graph.Problems.Append(problem).ToEquatableArray(),
                EquatableArray<SegmentModel>.Empty);
        }
    }

    public static LocationInfo? LocationOf(INamedTypeSymbol type) => LocationInfo.From(type.Locations.FirstOrDefault());

    private static T Try<T>(INamedTypeSymbol type, List<Problem> problems, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (!problems.Any(p => p.Id == InternalError.Id))
            {
                problems.Add(InternalError.Problem($"reading node '{type.ToDisplayString()}'", exception, LocationOf(type)));
            }
            return fallback;
        }
    }
}
