using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// Reads a <c>[Node]</c> type symbol (open or constructed) into a <see cref="NodeModel"/>, collecting the
/// problems that make it unusable. Shared by the generator, the graph reader and the analyzer.
/// </summary>
internal static class NodeReader
{
    public static NodeModel? Read(INamedTypeSymbol type, List<Problem> problems)
    {
        if (WhyNotInstantiable(type) is { } why)
        {
            problems.Add(new Problem("DAE0106",
                $"Node '{type.Name}' cannot be instantiated by a graph: {why}",
                LocationInfo.From(type.Locations.FirstOrDefault())));
            return null;
        }
        // The generated Ports class and private members need their names free in the class (DAE0108).
        if (type.OriginalDefinition.Locations.Any(location => location.IsInSource)
            && NodeMemberNames.CheckDeclarations(type.OriginalDefinition, problems))
        {
            return null;
        }

        var processMethods = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => Names.HasAttribute(m, Names.ProcessAttribute)).ToList();
        if (processMethods.Count == 0)
        {
            problems.Add(new Problem("DAE0101",
                $"Node '{type.Name}' has no [Process] method; mark the method that runs on each firing with [Process]",
                LocationInfo.From(type.Locations.FirstOrDefault())));
            return null;
        }
        if (processMethods.Count > 1)
        {
            foreach (var extra in processMethods.Skip(1))
            {
                problems.Add(new Problem("DAE0102",
                    $"Node '{type.Name}' has more than one [Process] method ('{processMethods[0].Name}' and '{extra.Name}'); a node runs exactly one",
                    LocationInfo.From(extra.Locations.FirstOrDefault())));
            }
            return null;
        }

        var process = processMethods[0];
        var portProperties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => Names.HasAttribute(p, Names.InputAttribute) || Names.HasAttribute(p, Names.OutputAttribute))
            .ToList();
        if (FlowShapeReader.CheckFilterPlacement(type, process, portProperties.Count > 0, problems)) return null;
        var countBefore = problems.Count;
        var model = portProperties.Count > 0
            ? ReadPortNode(type, process, portProperties, problems)
            : ReadFunctionNode(type, process, problems);
        var initialize = ReadHook(type, Names.InitializeAttribute, "[Initialize]", problems);
        var cleanup = ReadHook(type, Names.CleanupAttribute, "[Cleanup]", problems);
        if (model is null || problems.Count > countBefore) return null;

        CheckDuplicatePorts(type, model, problems);
        if (problems.Count > countBefore) return null;
        NodeMemberNames.CheckPorts(type, process, model, problems);
        if (problems.Count > countBefore) return null;
        var perRun = PerRunFields.Read(type, problems);
        if (problems.Count > countBefore) return null;
        model = model with
        {
            Initialize = initialize, Cleanup = cleanup, Placement = Names.Placement(type), PerRun = perRun,
            Configuration = ConfigurationMembers.Read(type), Cached = NodeCaching.IsCached(type),
        };
        CheckDeviceParameters(type, model, process, problems);
        model = NodeConcurrency.Read(type, model, problems);
        return problems.Count > countBefore ? null : model;
    }

    private static NodeModel? ReadFunctionNode(INamedTypeSymbol type, IMethodSymbol process, List<Problem> problems)
    {
        if (!CheckProcessMethod(type, process, problems)) return null;
        var windowAttribute = WindowShapes.Attribute(process);
        if (windowAttribute is null && ReadBatchSource(type, process) is { } batch) return batch;
        if (windowAttribute is null && FlowShapeReader.Applies(process)) return FlowShapeReader.Read(type, process, problems);
        var window = windowAttribute is null ? null : WindowShapes.Read(type, process, windowAttribute, problems);
        if (windowAttribute is not null && window is null) return null;

        var parameters = new List<ParameterModel>();
        var inputs = new List<PortModel>();
        IParameterSymbol? accumulator = null;
        var spans = 0;
        foreach (var parameter in process.Parameters)
        {
            if (Names.ServiceParameter(parameter.Type) is { } service)
            {
                parameters.Add(new ParameterModel(parameter.Name, service));
                continue;
            }
            if (parameter.RefKind is RefKind.Ref or RefKind.In or RefKind.RefReadOnlyParameter)
            {
                if (!WindowShapes.CheckAccumulator(type, process, parameter, accumulator is not null, problems)) return null;
                accumulator = parameter;
                parameters.Add(new ParameterModel(parameter.Name, ParameterKind.Accumulator));
                continue;
            }
            if (parameter.RefKind == RefKind.None && WindowShapes.SpanItem(parameter.Type) is { } spanItem)
            {
                if (window is null)
                {
                    WindowShapes.SpanWithoutWindow(type, process, parameter, problems);
                    return null;
                }
                spans++;
                parameters.Add(new ParameterModel(parameter.Name, ParameterKind.Input));
                inputs.Add(new PortModel(Names.Pascal(parameter.Name), Names.Qualified(spanItem), parameter.Name));
                continue;
            }
            if (parameter.RefKind != RefKind.None || Unqueueable(parameter.Type) is not null)
            {
                problems.Add(new Problem("DAE0103",
                    $"Parameter '{parameter.Name}' of '{type.Name}.{process.Name}' cannot be an input port: ref/in parameters, pointers and ref structs cannot be queued",
                    LocationInfo.From(parameter.Locations.FirstOrDefault())));
                return null;
            }
            parameters.Add(new ParameterModel(parameter.Name, ParameterKind.Input));
            inputs.Add(new PortModel(Names.Pascal(parameter.Name), Names.Qualified(parameter.Type), parameter.Name));
        }

        var returnType = process.ReturnType;
        var isAwaitable = AwaitableReturn.TryUnwrap(returnType, out var awaited);
        if (accumulator is not null && !WindowShapes.CheckAggregate(type, process, inputs.Count > 0, problems)) return null;
        if (window is not null && !WindowShapes.CheckWindowInputs(type, process, inputs.Count, spans, accumulator is not null, isAwaitable, problems)) return null;
        if (accumulator is not null)
        {
            var total = new PortModel(Names.Pascal(accumulator.Name), Names.Qualified(accumulator.Type), accumulator.Name);
            return new NodeModel(
                Names.Qualified(type), type.Name, NodeShape.Function, process.Name,
                parameters.ToEquatableArray(), ResultShape.Accumulator, IsAwaitable: false,
                inputs.ToEquatableArray(), new[] { total }.ToEquatableArray(),
                null, null, HasParameterlessConstructor(type)) { Window = window };
        }
        ITypeSymbol? value = isAwaitable ? awaited : returnType.SpecialType == SpecialType.System_Void ? null : returnType;

        if (value is not null && Unqueueable(value) is { } what)
        {
            problems.Add(new Problem("DAE0103",
                $"'{type.Name}.{process.Name}' returns {value.ToDisplayString()}, {what}, which cannot be queued between nodes; return an array, a Memory<T> or another ordinary type",
                LocationInfo.From(process.Locations.FirstOrDefault())));
            return null;
        }

        var result = ResultShape.None;
        var outputs = new List<PortModel>();
        if (value is not null)
        {
            if (!isAwaitable && inputs.Count == 0 && TrySequenceItem(value, "System.Collections.Generic.IEnumerable`1", out var item))
            {
                result = ResultShape.Enumerable;
                outputs.Add(new PortModel("Output", Names.Qualified(item!), "Output"));
            }
            else if (!isAwaitable && inputs.Count == 0 && TrySequenceItem(value, "System.Collections.Generic.IAsyncEnumerable`1", out item))
            {
                result = ResultShape.AsyncEnumerable;
                outputs.Add(new PortModel("Output", Names.Qualified(item!), "Output"));
            }
            else if (value is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.All(e => e.IsExplicitlyNamedTupleElement))
            {
                result = ResultShape.Tuple;
                foreach (var element in tuple.TupleElements)
                {
                    outputs.Add(new PortModel(Names.Pascal(element.Name), Names.Qualified(element.Type), element.CorrespondingTupleField?.Name ?? element.Name));
                }
            }
            else
            {
                result = ResultShape.Value;
                outputs.Add(new PortModel("Output", Names.Qualified(value), "Output"));
            }
        }

        if (inputs.Count == 0 && result is ResultShape.Value or ResultShape.Tuple or ResultShape.None)
        {
            problems.Add(new Problem("DAE0103",
                $"'{type.Name}.{process.Name}' has no inputs, so it is a source: return IEnumerable<T> or IAsyncEnumerable<T>, or fill a Span<T> and return the count (int Fill(Span<T> items)); a function node with no inputs would fire forever",
                LocationInfo.From(process.Locations.FirstOrDefault())));
            return null;
        }

        return new NodeModel(
            Names.Qualified(type), type.Name, NodeShape.Function, process.Name,
            parameters.ToEquatableArray(), result, isAwaitable,
            inputs.ToEquatableArray(), outputs.ToEquatableArray(),
            null, null, HasParameterlessConstructor(type)) { Window = window };
    }

    /// <summary>
    /// <c>int Fill(Span&lt;T&gt; items)</c> (optionally with a token or context): a source that fills the
    /// executor's buffer and returns how many items it wrote, 0 at the end: one call per buffer instead of
    /// two interface calls per item, and no enumerator to allocate.
    /// </summary>
    private static NodeModel? ReadBatchSource(INamedTypeSymbol type, IMethodSymbol process)
    {
        if (process.ReturnType.SpecialType != SpecialType.System_Int32) return null;
        var parameters = new List<ParameterModel>();
        ITypeSymbol? item = null;
        foreach (var parameter in process.Parameters)
        {
            if (Names.ServiceParameter(parameter.Type) is { } service)
            {
                parameters.Add(new ParameterModel(parameter.Name, service));
                continue;
            }
            if (item is not null || parameter.RefKind != RefKind.None
                || parameter.Type is not INamedTypeSymbol { TypeArguments.Length: 1 } span || !Names.IsNamed(span, "System.Span`1"))
            {
                return null;
            }
            item = span.TypeArguments[0];
            parameters.Add(new ParameterModel(parameter.Name, ParameterKind.Buffer));
        }
        if (item is null) return null;
        return new NodeModel(
            Names.Qualified(type), type.Name, NodeShape.Function, process.Name,
            parameters.ToEquatableArray(), ResultShape.Batch, IsAwaitable: false,
            EquatableArray<PortModel>.Empty, new[] { new PortModel("Output", Names.Qualified(item), "Output") }.ToEquatableArray(),
            null, null, HasParameterlessConstructor(type));
    }

    private static NodeModel? ReadPortNode(INamedTypeSymbol type, IMethodSymbol process, List<IPropertySymbol> properties, List<Problem> problems)
    {
        if (!CheckProcessMethod(type, process, problems)) return null;
        if (WindowShapes.Attribute(process) is not null)
        {
            problems.Add(new Problem("DAE0116",
                $"'{type.Name}.{process.Name}' cannot take windows: it belongs to a node with port properties, which reads its inputs itself; [Window] goes on a method taking a ReadOnlySpan<T>",
                LocationInfo.From(process.Locations.FirstOrDefault())));
            return null;
        }
        var parameters = new List<ParameterModel>();
        foreach (var parameter in process.Parameters)
        {
            if (Names.ServiceParameter(parameter.Type) is not { } service)
            {
                problems.Add(new Problem("DAE0103",
                    $"'{type.Name}.{process.Name}' belongs to a node with port properties, so it reads and writes through them and takes no item parameters ('{parameter.Name}')",
                    LocationInfo.From(parameter.Locations.FirstOrDefault())));
                return null;
            }
            parameters.Add(new ParameterModel(parameter.Name, service));
        }
        if (!AwaitableReturn.IsVoidLike(process.ReturnType))
        {
            problems.Add(new Problem("DAE0103",
                $"'{type.Name}.{process.Name}' belongs to a node with port properties: it returns void, Task or ValueTask and writes through its output ports",
                LocationInfo.From(process.Locations.FirstOrDefault())));
            return null;
        }

        var inputs = new List<PortModel>();
        var outputs = new List<PortModel>();
        foreach (var property in properties)
        {
            var port = PortPropertyReader.Read(type, property, problems);
            if (port is null) continue;
            (port.Value.IsInput ? inputs : outputs).Add(new PortModel(property.Name, port.Value.ItemType, property.Name));
        }

        return new NodeModel(
            Names.Qualified(type), type.Name, NodeShape.Ports, process.Name,
            parameters.ToEquatableArray(), ResultShape.None, process.ReturnType.SpecialType != SpecialType.System_Void,
            inputs.ToEquatableArray(), outputs.ToEquatableArray(),
            null, null, HasParameterlessConstructor(type));
    }

    private static bool CheckProcessMethod(INamedTypeSymbol type, IMethodSymbol process, List<Problem> problems)
    {
        string? reason =
            process.IsStatic ? "it is static; a node's process method runs on the node instance" :
            process.IsGenericMethod ? "it is generic; make the node class generic instead" :
            process.IsAsync && process.ReturnsVoid ? "it is 'async void', so the graph could neither wait for it nor see its exceptions; return Task or ValueTask" :
            process.ReturnsByRef || process.ReturnsByRefReadonly ? "it returns by reference" :
            process.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal ? "it is not accessible to the generated graph (make it public or internal)" :
            null;
        if (reason is null) return true;
        problems.Add(new Problem("DAE0103",
            $"The generator cannot wire '{type.Name}.{process.Name}': {reason}",
            LocationInfo.From(process.Locations.FirstOrDefault())));
        return false;
    }

    private static HookModel? ReadHook(INamedTypeSymbol type, string attribute, string display, List<Problem> problems)
    {
        var hooks = type.GetMembers().OfType<IMethodSymbol>().Where(m => Names.HasAttribute(m, attribute)).ToList();
        if (hooks.Count == 0) return null;
        var hook = hooks[0];
        if (hook.IsAsync && hook.ReturnsVoid)
        {
            problems.Add(new Problem("DAE0103",
                $"{display} method '{type.Name}.{hook.Name}' is 'async void', so the graph could neither wait for it nor see its exceptions; return Task or ValueTask",
                LocationInfo.From(hook.Locations.FirstOrDefault())));
            return null;
        }
        var valid = hooks.Count == 1 && !hook.IsStatic && !hook.IsGenericMethod
            && AwaitableReturn.IsVoidLike(hook.ReturnType)
            && hook.Parameters.All(p => Names.ServiceParameter(p.Type) is not null)
            && hook.Parameters.Select(p => Names.ServiceParameter(p.Type)).Distinct().Count() == hook.Parameters.Length
            && hook.DeclaredAccessibility is not (Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal);
        if (!valid)
        {
            problems.Add(new Problem("DAE0103",
                $"{display} method '{type.Name}.{hook.Name}' must be a single public or internal instance method returning void, Task or ValueTask, taking nothing or any of a CancellationToken, a NodeContext and a GraphicsDevice (each once)",
                LocationInfo.From(hook.Locations.FirstOrDefault())));
            return null;
        }
        var kinds = hook.Parameters.Select(p => new ParameterModel(p.Name, Names.ServiceParameter(p.Type)!.Value)).ToEquatableArray();
        return new HookModel(hook.Name, hook.ReturnType.SpecialType != SpecialType.System_Void, kinds);
    }

    /// <summary>What makes <paramref name="type"/> impossible to queue (a type argument of an edge), or null when nothing does.</summary>
    internal static string? Unqueueable(ITypeSymbol type) => type switch
    {
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => "a pointer",
        ITypeParameterSymbol { AllowsRefLikeType: true } => "a type parameter that allows ref structs",
        { IsRefLikeType: true } => "a ref struct",
        _ => null,
    };

    /// <summary>DAE0107: only a GPU-placed node belongs to a segment, so only it has a device to receive.</summary>
    private static void CheckDeviceParameters(INamedTypeSymbol type, NodeModel model, IMethodSymbol process, List<Problem> problems)
    {
        if (model.IsGpuPlaced || !model.UsesDevice) return;
        var methods = new[] { process }.Concat(type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => Names.HasAttribute(m, Names.InitializeAttribute) || Names.HasAttribute(m, Names.CleanupAttribute)));
        foreach (var method in methods)
        {
            foreach (var parameter in method.Parameters.Where(p => Names.IsNamed(p.Type, Names.GraphicsDevice)))
            {
                problems.Add(new Problem("DAE0107",
                    $"Parameter '{parameter.Name}' of '{type.Name}.{method.Name}' asks for a GraphicsDevice, but '{type.Name}' runs on the CPU; mark the node [Node(Placement = NodePlacement.GpuPreferred)] or GpuRequired so it joins a GPU segment",
                    LocationInfo.From(parameter.Locations.FirstOrDefault())));
            }
        }
    }

    private static void CheckDuplicatePorts(INamedTypeSymbol type, NodeModel model, List<Problem> problems)
    {
        var seen = new HashSet<string>();
        foreach (var port in model.Inputs.Concat(model.Outputs))
        {
            if (!seen.Add(port.Name))
            {
                problems.Add(new Problem("DAE0105",
                    $"Node '{type.Name}' has two ports named '{port.Name}'; port names must be unique within a node",
                    LocationInfo.From(type.Locations.FirstOrDefault())));
            }
        }
    }

    /// <summary>Why a graph could not hold an instance of <paramref name="type"/>, or null when it can.</summary>
    private static string? WhyNotInstantiable(INamedTypeSymbol type)
    {
        if (type.IsStatic) return "it is static; remove 'static' (a node is an object the graph holds)";
        if (type.IsAbstract) return "it is abstract; put [Node] on the concrete classes derived from it";
        var creatable = type.InstanceConstructors.Any(c => c.DeclaredAccessibility != Accessibility.Private)
            || type.GetMembers().Any(m => m.IsStatic && m.DeclaredAccessibility != Accessibility.Private && ReturnsSelf(m, type));
        return creatable ? null : "all its constructors are private and no static member returns an instance; make a constructor public or internal";
    }

    private static bool ReturnsSelf(ISymbol member, INamedTypeSymbol type)
    {
        var returned = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return SymbolEqualityComparer.Default.Equals(returned?.OriginalDefinition, type.OriginalDefinition);
    }

    internal static bool TrySequenceItem(ITypeSymbol type, string sequence, out ITypeSymbol? item)
    {
        item = null;
        if (!Names.IsNamed(type, sequence) || type is not INamedTypeSymbol { TypeArguments.Length: 1 } named) return false;
        item = named.TypeArguments[0];
        return true;
    }

    internal static bool HasParameterlessConstructor(INamedTypeSymbol type) =>
        !type.IsAbstract && !type.IsStatic && type.InstanceConstructors.Any(c =>
            c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
            && c.Parameters.All(p => p.IsOptional || p.IsParams));
}
