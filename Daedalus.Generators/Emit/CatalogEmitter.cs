using System;
using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits <c>Daedalus.Generated.DaedalusNodeCatalog</c>: a <c>NodeCatalog</c> with one small factory method per node
/// class, which creates the node from its configuration (constructor arguments, init and settable members) and services.
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "DaedalusNodeCatalog.g.cs";

    private const string Reader = "global::Daedalus.Runtime.NodeConfigurationReader";

    /// <summary>The factory method's name for each node: <c>Create</c> and the class name, or the type name when two classes share it.</summary>
    public static IReadOnlyDictionary<CatalogNode, string> MethodNames(IReadOnlyList<CatalogNode> nodes)
    {
        var shared = new HashSet<string>(nodes.GroupBy(n => n.ClassName).Where(g => g.Count() > 1).Select(g => g.Key));
        return nodes.ToDictionary(n => n, n => "Create" + (shared.Contains(n.ClassName) ? n.TypeName.Replace('.', '_') : n.ClassName));
    }

    /// <summary>The catalogue file around the factory methods already written (<paramref name="factories"/>, by node).</summary>
    public static string Emit(IReadOnlyList<(CatalogNode Node, string Method, string Factory)> factories) =>
        SourceFile.Write("Daedalus.Generated", EquatableArray<ContainingType>.Empty, EquatableArray<string>.Empty, writer =>
        {
            writer.Line(SourceFile.NoObsoleteWarnings);
            writer.Line("/// <summary>The <c>[Node]</c> classes of this project, by type name, to create nodes from a description (a plan, a live graph).</summary>");
            writer.Line(SourceFile.GeneratedCode);
            using (writer.Block("internal static class DaedalusNodeCatalog"))
            {
                writer.Line("/// <summary>A catalogue of every node class of this project that can be created from its configuration.</summary>");
                writer.Line("public static global::Daedalus.Runtime.NodeCatalog Nodes { get; } = new global::Daedalus.Runtime.NodeCatalog()");
                writer.Indent();
                for (var i = 0; i < factories.Count; i++)
                {
                    var end = i == factories.Count - 1 ? ";" : "";
                    writer.Line($".Add({SourceFile.Literal(factories[i].Node.TypeName)}, {factories[i].Method}){end}");
                }
                if (factories.Count == 0) writer.Line(";");
                writer.Outdent();
                foreach (var (_, _, factory) in factories)
                {
                    writer.Line();
                    foreach (var line in factory.Split('\n'))
                    {
                        if (line.Length > 0) writer.Line(line);
                    }
                }
            }
        });

    /// <summary>One factory method, written without indentation.</summary>
    public static string Factory(CatalogNode node, string method)
    {
        var w = new CodeWriter();
        var locals = new Locals();
        w.Line($"/// <summary>Creates a <c>{SourceFile.XmlDocType(node.TypeName)}</c> from its configuration.</summary>");
        using (w.Block($"private static global::Daedalus.Runtime.IRuntimeNode {method}({Reader} configuration, global::System.IServiceProvider? services)"))
        {
            var arguments = new List<string>();
            foreach (var parameter in node.Parameters)
            {
                var local = locals.Claim(parameter.Name);
                w.Line($"var {local} = {Argument(parameter, locals)};");
                arguments.Add(local);
            }
            // A member a constructor parameter of the same name (in any case) reads is not read again; one that a service
            // parameter sets is described, so it is accepted below.
            var members = node.Members.Where(m => m.IsRequired || !node.Parameters.Any(p => p.Kind != ValueKind.Other && string.Equals(p.Name, m.Name, StringComparison.OrdinalIgnoreCase))).ToList();
            var init = members.Where(m => m.IsRequired || (m.Write == MemberWrite.Init && m.Kind != ValueKind.Other)).ToList();
            var construct = $"new {node.Type}({string.Join(", ", arguments)})";
            if (init.Any(m => !m.IsRequired)) w.Line($"var defaults = {construct};");
            var after = members.Where(m => !init.Contains(m)).ToList();
            if (init.Count == 0 && after.Count == 0)
            {
                w.Line($"return {construct};");
            }
            else
            {
                WriteMembers(w, node, construct, arguments.Count == 0, init, after, locals);
            }
        }
        return w.ToString();
    }

    /// <summary>Creates the node in <c>node</c>, with its init members in an object initializer, then sets the others.</summary>
    private static void WriteMembers(CodeWriter w, CatalogNode node, string construct, bool noArguments, List<ConfigurationMember> init, List<ConfigurationMember> after, Locals locals)
    {
        if (init.Count == 0)
        {
            w.Line($"var node = {construct};");
        }
        else
        {
            w.Line(noArguments ? $"var node = new {node.Type}" : $"var node = {construct}");
            w.Line("{");
            w.Indent();
            foreach (var member in init)
            {
                var fallback = member.IsRequired ? $"configuration.Missing<{member.Type}>({SourceFile.Literal(member.Name)})" : $"defaults.{SourceFile.Identifier(member.Name)}";
                w.Line($"{SourceFile.Identifier(member.Name)} = {Read(member.Name, member.Type, member.Kind, locals, out var value)} ? {value} : {fallback},");
            }
            w.Outdent();
            w.Line("};");
        }
        foreach (var member in after)
        {
            if (member.Write == MemberWrite.Set && member.Kind != ValueKind.Other)
            {
                w.Line($"if ({Read(member.Name, member.Type, member.Kind, locals, out var value)}) node.{SourceFile.Identifier(member.Name)} = {value};");
            }
            else
            {
                w.Line($"configuration.Accept({SourceFile.Literal(member.Name)});");
            }
        }
        w.Line("return node;");
    }

    /// <summary>A constructor argument: from the configuration when its type is parsed, otherwise a service; else its default.</summary>
    private static string Argument(CatalogParameter parameter, Locals locals)
    {
        if (parameter.Kind == ValueKind.Other)
        {
            if (parameter.Default is null) return $"configuration.Service<{parameter.Type}>(services)";
            var service = locals.Claim(parameter.Name + "Service");
            return $"{Reader}.TryService(services, out {parameter.Type} {service}) ? {service} : {parameter.Default}";
        }
        var fallback = parameter.Default ?? $"configuration.Missing<{parameter.Type}>({SourceFile.Literal(parameter.Name)})";
        return $"{Read(parameter.Name, parameter.Type, parameter.Kind, locals, out var value)} ? {value} : {fallback}";
    }

    /// <summary>The call that reads <paramref name="name"/> into a new local, whose expression is <paramref name="value"/>.</summary>
    private static string Read(string name, string type, ValueKind kind, Locals locals, out string value)
    {
        var local = locals.Claim(name + "Value");
        var key = SourceFile.Literal(name);
        switch (kind)
        {
            case ValueKind.String:
                value = type.EndsWith("?", StringComparison.Ordinal) ? local : local + "!";
                return $"configuration.TryGet({key}, out var {local})";
            case ValueKind.Enum:
                value = local;
                return $"configuration.TryReadEnum({key}, out {type} {local})";
            case ValueKind.NullableEnum:
                value = local;
                return $"configuration.TryReadNullableEnum({key}, out {type} {local})";
            case ValueKind.NullableParsable:
                value = local;
                return $"configuration.TryReadNullable({key}, out {type} {local})";
            case ValueKind.Parsable:
                value = local;
                return $"configuration.TryRead({key}, out {type} {local})";
            default:
                throw new InvalidOperationException($"A value of type '{type}' is not read from configuration.");
        }
    }

    /// <summary>The local names of one factory method: camel case, unique, clear of its parameters, written with <c>@</c> when a keyword.</summary>
    private sealed class Locals
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { "configuration", "services", "defaults", "node" };

        public string Claim(string name)
        {
            var camel = name.Length == 0 ? "value" : char.ToLowerInvariant(name[0]) + name.Substring(1);
            var candidate = camel;
            for (var i = 2; !_taken.Add(candidate); i++) candidate = camel + i;
            return SourceFile.Identifier(candidate);
        }
    }
}
