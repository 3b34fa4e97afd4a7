using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads the function-node shapes that write 0..N items per call: a filter (<c>[Filter] bool Keep(T item)</c>),
/// a try-map (<c>bool TryParse(T item, out U value)</c>) and a flat-map (<c>void Split(T item, OutPort&lt;U&gt; parts)</c>),
/// and reports their misuses (DAE0110–DAE0113).
/// </summary>
internal static class FlowShapeReader
{
    public const string FilterAttribute = "Daedalus.FilterAttribute";

    /// <summary>Whether <paramref name="process"/> has one of these shapes (or means to): <c>[Filter]</c>, an <c>out</c> or an <c>OutPort&lt;T&gt;</c> parameter.</summary>
    public static bool Applies(IMethodSymbol process) =>
        Names.HasAttribute(process, FilterAttribute)
        || process.Parameters.Any(p => p.RefKind == RefKind.Out || IsOutPort(p));

    /// <summary>
    /// DAE0113: <c>[Filter]</c> only means something on the <c>[Process]</c> method of a function node. Returns
    /// whether it was misplaced.
    /// </summary>
    public static bool CheckFilterPlacement(INamedTypeSymbol type, IMethodSymbol process, bool isPortNode, List<Problem> problems)
    {
        var before = problems.Count;
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (!Names.HasAttribute(method, FilterAttribute) || SymbolEqualityComparer.Default.Equals(method, process)) continue;
            problems.Add(new Problem("DAE0113",
                $"[Filter] on '{type.Name}.{method.Name}' has no effect: it applies to the node's [Process] method ('{process.Name}'); add [Process] there or remove [Filter]",
                LocationInfo.From(method.Locations.FirstOrDefault())));
        }
        if (isPortNode && Names.HasAttribute(process, FilterAttribute))
        {
            problems.Add(new Problem("DAE0113",
                $"[Filter] on '{type.Name}.{process.Name}' has no effect: '{type.Name}' is a port node, which decides what to write through its [Output] ports; remove [Filter]",
                LocationInfo.From(process.Locations.FirstOrDefault())));
        }
        return problems.Count > before;
    }

    public static NodeModel? Read(INamedTypeSymbol type, IMethodSymbol process, List<Problem> problems)
    {
        var where = $"'{type.Name}.{process.Name}'";
        var parameters = new List<ParameterModel>();
        var inputs = new List<PortModel>();
        var outValues = new List<IParameterSymbol>();
        var outPorts = new List<IParameterSymbol>();
        foreach (var parameter in process.Parameters)
        {
            if (Names.ServiceParameter(parameter.Type) is { } service)
            {
                parameters.Add(new ParameterModel(parameter.Name, service));
            }
            else if (parameter.RefKind == RefKind.Out)
            {
                outValues.Add(parameter);
                parameters.Add(new ParameterModel(parameter.Name, ParameterKind.OutValue));
            }
            else if (IsOutPort(parameter))
            {
                outPorts.Add(parameter);
                parameters.Add(new ParameterModel(parameter.Name, ParameterKind.OutPort));
            }
            else if (parameter.RefKind != RefKind.None || NodeReader.Unqueueable(parameter.Type) is not null)
            {
                problems.Add(new Problem("DAE0103",
                    $"Parameter '{parameter.Name}' of {where} cannot be an input port: ref/in parameters, pointers and ref structs cannot be queued",
                    LocationInfo.From(parameter.Locations.FirstOrDefault())));
                return null;
            }
            else
            {
                parameters.Add(new ParameterModel(parameter.Name, ParameterKind.Input));
                inputs.Add(new PortModel(Names.Pascal(parameter.Name), Names.Qualified(parameter.Type), parameter.Name));
            }
        }

        var returnsBool = process.ReturnType.SpecialType == SpecialType.System_Boolean;
        if (Names.HasAttribute(process, FilterAttribute))
        {
            if (outValues.Concat(outPorts).FirstOrDefault() is { } extra)
            {
                return Fail(problems, "DAE0110",
                    $"[Filter] method {where} passes its input item on unchanged, so it takes no out or OutPort<T> parameter ('{extra.Name}'); to pass on a different value, remove [Filter] and write a try-map: bool TryMap(T item, out U value)",
                    extra);
            }
            if (!returnsBool || inputs.Count != 1)
            {
                return Fail(problems, "DAE0110",
                    $"[Filter] method {where} must return bool and take exactly one input item (and, if it needs them, a CancellationToken or a NodeContext); it {Describe(process, inputs.Count)}",
                    process);
            }
            return Model(type, process, parameters, ResultShape.Filter, inputs, [new PortModel("Output", inputs[0].ItemType, "Output")]);
        }

        if (outValues.Count > 0 && outPorts.Count > 0)
        {
            return Fail(problems, "DAE0112",
                $"{where} has both an out parameter ('{outValues[0].Name}') and an OutPort<T> parameter ('{outPorts[0].Name}'); write one value with a try-map (bool TryMap(T item, out U value)) or any number with OutPort<T> parameters, not both",
                outPorts[0]);
        }
        if (outValues.Count > 0)
        {
            if (outValues.Count > 1)
            {
                return Fail(problems, "DAE0111",
                    $"{where} has more than one out parameter ('{outValues[0].Name}' and '{outValues[1].Name}'); a try-map has one out parameter, its output: return a named tuple through it, or write to several OutPort<T> parameters",
                    outValues[1]);
            }
            if (!returnsBool || inputs.Count == 0)
            {
                return Fail(problems, "DAE0111",
                    $"{where} has an out parameter, so it is a try-map: it must return bool (true: the out value is written) and take at least one input item; it {Describe(process, inputs.Count)}",
                    process);
            }
            var value = outValues[0];
            if (NodeReader.Unqueueable(value.Type) is { } what)
            {
                return Fail(problems, "DAE0103",
                    $"Out parameter '{value.Name}' of {where} is {what}, which cannot be queued between nodes",
                    value);
            }
            return Model(type, process, parameters, ResultShape.TryMap, inputs,
                [new PortModel(Names.Pascal(value.Name), Names.Qualified(value.Type), value.Name)]);
        }

        if (!AwaitableReturn.IsVoidLike(process.ReturnType) || inputs.Count == 0)
        {
            return Fail(problems, "DAE0112",
                $"{where} writes through OutPort<T> parameters, so it is a flat-map: it must return void, Task or ValueTask and take at least one input item; it {Describe(process, inputs.Count)}",
                process);
        }
        var outputs = outPorts.Select(p => new PortModel(Names.Pascal(p.Name), Names.Qualified(((INamedTypeSymbol)p.Type).TypeArguments[0]), p.Name)).ToList();
        return Model(type, process, parameters, ResultShape.FlatMap, inputs, outputs,
            isAwaitable: process.ReturnType.SpecialType != SpecialType.System_Void);
    }

    private static bool IsOutPort(IParameterSymbol parameter) =>
        parameter.RefKind == RefKind.None && Names.IsNamed(parameter.Type, Names.OutPort);

    private static string Describe(IMethodSymbol process, int inputs) =>
        $"returns {process.ReturnType.ToDisplayString()} and takes {(inputs == 1 ? "1 input item" : $"{inputs} input items")}";

    private static NodeModel? Fail(List<Problem> problems, string id, string message, ISymbol at)
    {
        problems.Add(new Problem(id, message, LocationInfo.From(at.Locations.FirstOrDefault())));
        return null;
    }

    private static NodeModel Model(INamedTypeSymbol type, IMethodSymbol process, List<ParameterModel> parameters, ResultShape result,
        List<PortModel> inputs, List<PortModel> outputs, bool isAwaitable = false) =>
        new(Names.Qualified(type), type.Name, NodeShape.Function, process.Name,
            parameters.ToEquatableArray(), result, isAwaitable,
            inputs.ToEquatableArray(), outputs.ToEquatableArray(),
            null, null, NodeReader.HasParameterlessConstructor(type));
}
