using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads <c>[Node(MaxDegreeOfParallelism = N, EnsureOrdered = b)]</c>: DAE0118 when N is below 1, DAE0119 when
/// N is above 1 on a node whose firings cannot overlap (a source, a port node).
/// </summary>
internal static class NodeConcurrency
{
    private const string Degree = "MaxDegreeOfParallelism";
    private const string Ordered = "EnsureOrdered";

    public static NodeModel Read(INamedTypeSymbol type, NodeModel model, List<Problem> problems)
    {
        var attribute = type.OriginalDefinition.GetAttributes().FirstOrDefault(a => Names.IsNamed(a.AttributeClass, Names.NodeAttribute));
        if (attribute is null) return model;
        var degree = 1;
        var ordered = true;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == Degree && argument.Value.Value is int value) degree = value;
            if (argument.Key == Ordered && argument.Value.Value is bool flag) ordered = flag;
        }
        if (degree < 1)
        {
            problems.Add(new Problem("DAE0118",
                $"Node '{type.Name}' has {Degree} = {degree}; it must be at least 1 (1, the default, calls the node one item at a time)",
                Where(type, attribute)));
            return model;
        }
        if (degree > 1 && WhyNotConcurrent(model) is { } why)
        {
            problems.Add(new Problem("DAE0119",
                $"Node '{type.Name}' is {why}; {Degree} above 1 applies to function nodes that return their result and to sinks",
                Where(type, attribute)));
            return model;
        }
        return model with { MaxDegreeOfParallelism = degree, EnsureOrdered = ordered };
    }

    private static string? WhyNotConcurrent(NodeModel model) =>
        model.IsItemSource || model.Inputs.Count == 0 ? "a source, whose firings cannot overlap"
        : model.Shape == NodeShape.Ports ? "a port node, whose firings cannot overlap"
        : model.IsFlatMap ? "a flat-map, whose calls write to its output ports themselves"
        : model.WritesAtMostOnce ? "a filter or try-map, which runs one call at a time"
        : model.PublishesWhenInputsFinish ? "an aggregate or window node, whose calls share one total or window"
        : null;

    /// <summary>The <c>MaxDegreeOfParallelism = N</c> argument, or the class name when it cannot be found.</summary>
    private static LocationInfo? Where(INamedTypeSymbol type, AttributeData attribute)
    {
        var argument = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == Degree);
        return argument is not null ? LocationInfo.From(argument) : LocationInfo.From(type.Locations.FirstOrDefault());
    }
}
