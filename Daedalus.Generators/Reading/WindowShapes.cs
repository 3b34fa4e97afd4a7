using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads and checks the aggregate and window shapes of a process method: a <c>ref</c> accumulator
/// (DAE0114), <c>[Window]</c>'s arguments (DAE0115), a window's <c>ReadOnlySpan&lt;T&gt;</c> input (DAE0116),
/// and a span input without <c>[Window]</c> (DAE0117).
/// </summary>
internal static class WindowShapes
{
    /// <summary>The method's <c>[Window]</c> attribute, or null.</summary>
    public static AttributeData? Attribute(IMethodSymbol process) =>
        process.GetAttributes().FirstOrDefault(a => Names.IsNamed(a.AttributeClass, Names.WindowAttribute));

    /// <summary>The window <paramref name="attribute"/> describes; null (and DAE0115) unless it has a positive Count or Milliseconds and neither is negative.</summary>
    public static WindowModel? Read(INamedTypeSymbol type, IMethodSymbol process, AttributeData attribute, List<Problem> problems)
    {
        int count = 0, milliseconds = 0;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Value is not int value) continue;
            if (argument.Key == "Count") count = value;
            if (argument.Key == "Milliseconds") milliseconds = value;
        }
        if (count >= 0 && milliseconds >= 0 && (count > 0 || milliseconds > 0)) return new WindowModel(count, milliseconds);
        problems.Add(new Problem("DAE0115",
            $"[Window] on '{type.Name}.{process.Name}' closes no window: give it a positive Count (items per window), a positive Milliseconds (time per window) or both, and neither negative",
            LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? process.Locations.FirstOrDefault())));
        return null;
    }

    /// <summary>The item type of a <c>ReadOnlySpan&lt;T&gt;</c> parameter, or null for any other type.</summary>
    public static ITypeSymbol? SpanItem(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } span && Names.IsNamed(span, Names.ReadOnlySpan) ? span.TypeArguments[0] : null;

    /// <summary>DAE0114 for a second <c>ref</c>, an <c>in</c>/<c>ref readonly</c> parameter, or an accumulator that cannot be kept.</summary>
    public static bool CheckAccumulator(INamedTypeSymbol type, IMethodSymbol process, IParameterSymbol parameter, bool haveOne, List<Problem> problems)
    {
        string? why =
            parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter ? $"'{Modifier(parameter.RefKind)}' parameter '{parameter.Name}' can be neither an input (items are passed by value) nor an accumulator (the node must write it); take the item by value, or make the accumulator 'ref'" :
            haveOne ? $"it has more than one 'ref' parameter ('{parameter.Name}' is the second); an aggregate keeps exactly one accumulator (use a tuple or a struct for several totals)" :
            NodeReader.Unqueueable(parameter.Type) is { } what ? $"its accumulator '{parameter.Name}' is {what}, which cannot be published to an output" :
            null;
        if (why is null) return true;
        problems.Add(new Problem("DAE0114",
            $"'{type.Name}.{process.Name}' is not a valid aggregate: {why}",
            LocationInfo.From(parameter.Locations.FirstOrDefault())));
        return false;
    }

    /// <summary>DAE0114 for an aggregate whose method returns something or has no input.</summary>
    public static bool CheckAggregate(INamedTypeSymbol type, IMethodSymbol process, bool hasInputs, List<Problem> problems)
    {
        string? why =
            process.ReturnType.SpecialType != SpecialType.System_Void ? $"it returns {process.ReturnType.ToDisplayString()}; an aggregate returns void and its output is the accumulator" :
            !hasInputs ? "it has no input; an aggregate adds each input item to its accumulator" :
            null;
        if (why is null) return true;
        problems.Add(new Problem("DAE0114",
            $"'{type.Name}.{process.Name}' is not a valid aggregate: {why}",
            LocationInfo.From(process.Locations.FirstOrDefault())));
        return false;
    }

    /// <summary>
    /// DAE0116 unless a window method takes exactly one input, a <c>ReadOnlySpan&lt;T&gt;</c>, and returns its result
    /// synchronously, or is an aggregate taking items (not spans).
    /// </summary>
    public static bool CheckWindowInputs(INamedTypeSymbol type, IMethodSymbol process, int inputs, int spans, bool isAggregate, bool isAwaitable, List<Problem> problems)
    {
        string? why =
            isAggregate && spans > 0 ? "an aggregate with [Window] takes its items one by one (not a ReadOnlySpan<T>) and publishes its accumulator on each window boundary" :
            isAggregate ? null :
            inputs != 1 || spans != 1 ? $"it has {Describe(inputs, spans)}; a window method takes exactly one input, a ReadOnlySpan<T> of the window's items (or is an aggregate: void Add(T item, ref TTotal total))" :
            isAwaitable ? "it is asynchronous; a window method returns its result when called, since the window's span lives only for the call" :
            null;
        if (why is null) return true;
        problems.Add(new Problem("DAE0116",
            $"'{type.Name}.{process.Name}' cannot take windows: {why}",
            LocationInfo.From(process.Locations.FirstOrDefault())));
        return false;
    }

    /// <summary>DAE0117: a <c>ReadOnlySpan&lt;T&gt;</c> input on a method without <c>[Window]</c>.</summary>
    public static void SpanWithoutWindow(INamedTypeSymbol type, IMethodSymbol process, IParameterSymbol parameter, List<Problem> problems) =>
        problems.Add(new Problem("DAE0117",
            $"Parameter '{parameter.Name}' of '{type.Name}.{process.Name}' is a ReadOnlySpan<T>, which only a window method takes: add [Window(Count = n)] and/or [Window(Milliseconds = m)] to the method, or take one item of type T",
            LocationInfo.From(parameter.Locations.FirstOrDefault())));

    private static string Describe(int inputs, int spans) =>
        spans == 0 ? (inputs == 0 ? "no input" : $"{inputs} input(s) and no ReadOnlySpan<T>") : $"{inputs} inputs";

    private static string Modifier(RefKind kind) => kind == RefKind.In ? "in" : "ref readonly";
}
