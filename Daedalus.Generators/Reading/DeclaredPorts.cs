using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Reading;

/// <summary>
/// The ports a node class declares, read leniently for a node that has errors: its generated <c>Ports</c> class
/// still offers them, so that a graph that adds the node compiles and the build reports only the node's own
/// diagnostic (the graph is not wired until the node is fixed). A port whose item type cannot be a type argument
/// (a ref struct, a pointer) is offered as a port of <c>object</c>; ports whose name the <c>Ports</c> class cannot
/// use or that repeat a name are left out, and so is everything when the node has no single process method.
/// </summary>
internal static class DeclaredPorts
{
    public static PortList Of(INamedTypeSymbol type)
    {
        var processes = type.GetMembers().OfType<IMethodSymbol>().Where(m => Names.HasAttribute(m, Names.ProcessAttribute)).ToList();
        if (processes.Count != 1 || processes[0].IsGenericMethod) return PortList.None;
        var process = processes[0];
        var inputs = new List<PortModel>();
        var outputs = new List<PortModel>();
        var properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => Names.HasAttribute(p, Names.InputAttribute) != Names.HasAttribute(p, Names.OutputAttribute))
            .ToList();
        if (properties.Count > 0)
        {
            foreach (var property in properties)
            {
                var isInput = Names.HasAttribute(property, Names.InputAttribute);
                if (!PortPropertyReader.IsPortType(property.Type, isInput)) continue;
                if (PortPropertyReader.IsByteStreamPort(property.Type)) (isInput ? inputs : outputs).Add(new PortModel(property.Name, Names.ByteStreamItem, property.Name));
                else Add(isInput ? inputs : outputs, property.Name, ((INamedTypeSymbol)property.Type).TypeArguments[0]);
            }
        }
        else
        {
            ReadFunctionPorts(process, inputs, outputs);
        }
        var usableInputs = Usable(inputs).ToList();
        var usableOutputs = Usable(outputs).Where(o => usableInputs.All(i => i.Name != o.Name));
        return new PortList(usableInputs.ToEquatableArray(), usableOutputs.ToEquatableArray());
    }

    private static void ReadFunctionPorts(IMethodSymbol process, List<PortModel> inputs, List<PortModel> outputs)
    {
        var spans = process.Parameters.Where(p => p.Type is INamedTypeSymbol { TypeArguments.Length: 1 } span && Names.IsNamed(span, "System.Span`1")).ToList();
        if (process.ReturnType.SpecialType == SpecialType.System_Int32 && spans.Count == 1)
        {
            // A batch source: fills the span with its items.
            Add(outputs, "Output", ((INamedTypeSymbol)spans[0].Type).TypeArguments[0]);
            return;
        }
        foreach (var parameter in process.Parameters)
        {
            if (Names.ServiceParameter(parameter.Type) is not null) continue;
            // An aggregate's accumulator is its output; a window's span input carries items of its item type.
            if (parameter.RefKind == RefKind.Ref) Add(outputs, Names.Pascal(parameter.Name), parameter.Type);
            else Add(inputs, Names.Pascal(parameter.Name), WindowShapes.SpanItem(parameter.Type) ?? parameter.Type);
        }
        var value = AwaitableReturn.TryUnwrap(process.ReturnType, out var awaited) ? awaited
            : process.ReturnType.SpecialType == SpecialType.System_Void ? null
            : process.ReturnType;
        if (value is null) return;
        if (process.Parameters.All(p => Names.ServiceParameter(p.Type) is not null)
            && (NodeReader.TrySequenceItem(value, "System.Collections.Generic.IEnumerable`1", out var item)
                || NodeReader.TrySequenceItem(value, "System.Collections.Generic.IAsyncEnumerable`1", out item)))
        {
            Add(outputs, "Output", item!);
        }
        else if (value is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.All(e => e.IsExplicitlyNamedTupleElement))
        {
            foreach (var element in tuple.TupleElements) Add(outputs, Names.Pascal(element.Name), element.Type);
        }
        else
        {
            Add(outputs, "Output", value);
        }
    }

    private static void Add(List<PortModel> ports, string name, ITypeSymbol item) =>
        ports.Add(new PortModel(name, NodeReader.Unqueueable(item) is null ? Names.Qualified(item) : "object", name));

    private static IEnumerable<PortModel> Usable(List<PortModel> ports) =>
        ports.Where(p => NodeMemberNames.WhyNotAPortName(p.Name) is null).GroupBy(p => p.Name).Select(g => g.First());
}
