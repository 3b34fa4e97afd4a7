using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;
using Daedalus.Generators.Reading;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits the generated half of a <c>[Node]</c> class: the typed <c>Ports</c> used in graph definitions,
/// the <c>INode&lt;Ports&gt;</c> link that lets <c>GraphBuilder.Add</c> return them, and the bodies of
/// partial port properties. When the project references Daedalus.Runtime, the class also implements
/// <c>IRuntimeNode&lt;Ports&gt;</c> with a generated adapter, so executors and run-time graphs can fire it.
/// </summary>
internal static class NodeEmitter
{
    /// <param name="node">The node class.</param>
    /// <param name="runtimeAvailable">Whether the compilation has <c>Daedalus.Runtime.IRuntimeNode&lt;TPorts&gt;</c>.</param>
    public static string Emit(NodeDeclaration node, bool runtimeAvailable) =>
        SourceFile.Write(node.Namespace, node.Containers, EquatableArray<string>.Empty, writer =>
        {
            var self = node.ClassName + node.TypeParameters;
            // A class that declares 'Ports' itself (DAE0108) gets no ports and so no INode; its port properties still get bodies.
            var hasPorts = !node.Taken.Contains(NodeMemberNames.PortsClass);
            var adapted = hasPorts && runtimeAvailable && node.Node is not null;
            var perRun = node.Node?.PerRun ?? EquatableArray<PerRunField>.Empty;
            var implemented = new List<string>();
            if (hasPorts) implemented.Add($"global::Daedalus.INode<{self}.Ports>");
            if (adapted) implemented.Add($"global::Daedalus.Runtime.IRuntimeNode<{self}.Ports>");
            if (perRun.Count > 0) implemented.Add("global::Daedalus.IPerRunState");
            var interfaces = implemented.Count == 0 ? "" : " : " + string.Join(", ", implemented);
            writer.Line(SourceFile.NoObsoleteWarnings);
            using (writer.Block($"partial {node.Keyword} {self}{interfaces}"))
            {
                if (hasPorts) EmitPorts(writer, node);
                if (adapted) EmitRuntimeNode(writer, self, node.Node!, node.Code);
                if (perRun.Count > 0) EmitPerRunReset(writer, perRun, separate: hasPorts || adapted);
                foreach (var property in node.PortProperties)
                {
                    if (hasPorts || property != node.PortProperties[0]) writer.Line();
                    if (property.WrongShape is { } wrong)
                    {
                        EmitWrongShapePort(writer, node, property, wrong);
                        continue;
                    }
                    var field = BackingField(node, property);
                    writer.Line($"private readonly {property.PortType} {field} = new({SourceFile.Literal(property.Name)});");
                    writer.Line();
                    writer.Line($"{Modifiers(property.Accessibility)}partial {property.PortType} {SourceFile.Identifier(property.Name)} {{ get => {field}; }}");
                }
            }
        });

    /// <summary>Sets the <c>[PerRun]</c> fields back to their initializers; every run calls it before the node's initialize hook.</summary>
    private static void EmitPerRunReset(CodeWriter writer, EquatableArray<PerRunField> fields, bool separate)
    {
        if (separate) writer.Line();
        writer.Line(SourceFile.GeneratedCode);
        using (writer.Block("void global::Daedalus.IPerRunState.ResetPerRun()"))
        {
            foreach (var field in fields) writer.Line($"this.{SourceFile.Identifier(field.Name)} = {field.Value};");
        }
    }

    /// <summary><c>__port</c> and the property's name, or with underscores appended while the user has taken that name (DAE0108).</summary>
    private static string BackingField(NodeDeclaration node, PortPropertyModel property)
    {
        var field = "__port" + property.Name;
        while (node.Taken.Contains(field)) field += "_";
        return field;
    }

    /// <summary>The implementation part of a DAE0104 port: it compiles, and throws if used.</summary>
    private static void EmitWrongShapePort(CodeWriter writer, NodeDeclaration node, PortPropertyModel property, WrongShapePort wrong)
    {
        var error = $"throw new global::System.InvalidOperationException({SourceFile.Literal($"Port '{node.ClassName}.{property.Name}' has the wrong shape (DAE0104); see the build diagnostics.")})";
        var accessors = string.Join(" ", wrong.Accessors.Select(a => $"{a} => {error};"));
        writer.Line($"{Modifiers(property.Accessibility)}{(wrong.IsStatic ? "static " : "")}partial {property.PortType} {SourceFile.Identifier(property.Name)} {{ {accessors} }}");
    }

    private static void EmitPorts(CodeWriter writer, NodeDeclaration node)
    {
        writer.Line($"/// <summary>The ports of <see cref=\"{node.ClassName}{node.TypeParameters.Replace('<', '{').Replace('>', '}')}\"/>, for connecting it in a graph definition.</summary>");
        writer.Line(SourceFile.GeneratedCode);
        using (writer.Block("public sealed class Ports"))
        {
            writer.Line("private readonly object? __owner;");
            writer.Line();
            writer.Line("/// <summary>Creates the ports of a node; <paramref name=\"owner\"/> is the run-time graph's handle of it (null in graph definitions).</summary>");
            writer.Line("internal Ports(object? owner) => __owner = owner;");
            var ports = node.Node is { } model ? new PortList(model.Inputs, model.Outputs) : node.PortsOfInvalidNode;
            foreach (var input in ports.Inputs)
            {
                writer.Line();
                writer.Line($"/// <summary>Input port <c>{input.Name}</c> {Items(node, input)}.</summary>");
                writer.Line($"public global::Daedalus.InputRef<{input.ItemType}> {SourceFile.Identifier(input.Name)} => new(__owner!, {SourceFile.Literal(input.Name)});");
            }
            foreach (var output in ports.Outputs)
            {
                writer.Line();
                writer.Line($"/// <summary>Output port <c>{output.Name}</c> {Items(node, output)}.</summary>");
                writer.Line($"public global::Daedalus.OutputRef<{output.ItemType}> {SourceFile.Identifier(output.Name)} => new(__owner!, {SourceFile.Literal(output.Name)});");
            }
        }
    }

    /// <summary>What a port carries, for its doc comment; a node with errors has ports only so that graphs using it compile.</summary>
    private static string Items(NodeDeclaration node, PortModel port) =>
        node.Node is null
            ? "(the node has errors, reported on its class, and cannot be wired yet)"
            : $"of <c>{SourceFile.XmlDocType(port.ItemType)}</c> items";

    /// <summary>The explicit <c>IRuntimeNode&lt;Ports&gt;</c> implementation and the adapter behind it.</summary>
    private static void EmitRuntimeNode(CodeWriter writer, string self, NodeModel model, NodeCode? code)
    {
        writer.Line();
        writer.Line(SourceFile.GeneratedCode);
        writer.Line($"global::Daedalus.Runtime.NodeAdapter global::Daedalus.Runtime.IRuntimeNode.CreateAdapter() => new {AdapterEmitter.ClassName}(this);");
        writer.Line();
        writer.Line(SourceFile.GeneratedCode);
        writer.Line($"{self}.Ports global::Daedalus.Runtime.IRuntimeNode<{self}.Ports>.CreatePorts(object owner) => new(owner);");
        writer.Line();
        AdapterEmitter.Emit(writer, self, model, code);
    }

    /// <summary>The accessibility modifier and a space, or nothing when the declaration has none.</summary>
    private static string Modifiers(string accessibility) => accessibility.Length == 0 ? "" : accessibility + " ";
}
