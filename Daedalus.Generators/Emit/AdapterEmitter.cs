using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Emit;

/// <summary>
/// Emits a node's <c>__Adapter</c>: the <c>NodeAdapter</c> through which the run-time executors fire it.
/// Port slots are typed fields, hooks and the process method are direct calls on the concrete node, so a
/// firing is a handful of calls: no delegates, no reflection, no allocation.
/// The firing itself, which depends on the node's shape, is written by <see cref="AdapterFiring"/>.
/// </summary>
internal sealed class AdapterEmitter
{
    public const string ClassName = "__Adapter";

    private readonly CodeWriter _w;
    private readonly string _self;
    private readonly NodeModel _node;
    private readonly NodeCode? _code;

    private AdapterEmitter(CodeWriter writer, string self, NodeModel node, NodeCode? code)
    {
        _w = writer;
        _self = self;
        _node = node;
        _code = code;
    }

    /// <summary>
    /// Emits the adapter class of <paramref name="node"/>, whose type is written <paramref name="self"/> in its own body;
    /// without <paramref name="code"/>, the adapter leaves <c>CodeHash</c> null.
    /// </summary>
    public static void Emit(CodeWriter writer, string self, NodeModel node, NodeCode? code) =>
        new AdapterEmitter(writer, self, node, code).Emit();

    /// <summary>
    /// The slot field of an input: <c>_in</c> and the port's name. The fixed fields start otherwise (<c>_allInputs</c>,
    /// not <c>_inputs</c>, which a port named <c>puts</c> would take).
    /// </summary>
    public static string Input(PortModel port) => "_in" + port.Name;

    public static string Output(PortModel port) => "_out" + port.Name;

    private void Emit()
    {
        _w.Line("/// <summary>Fires this node for the Daedalus executors (run-time graphs and <c>Run(RunOptions)</c>).</summary>");
        _w.Line(SourceFile.GeneratedCode);
        using (_w.Block($"private sealed class {ClassName} : global::Daedalus.Runtime.NodeAdapter"))
        {
            EmitFields();
            EmitConstructor();
            _w.Line("public override global::System.Collections.Generic.IReadOnlyList<global::Daedalus.Runtime.AdapterInput> Inputs => _allInputs;");
            _w.Line();
            _w.Line("public override global::System.Collections.Generic.IReadOnlyList<global::Daedalus.Runtime.AdapterOutput> Outputs => _allOutputs;");
            EmitDurable();
            EmitHooks();
            EmitConfiguration();
            new AdapterFiring(_w, _node).Emit();
        }
    }

    private void EmitFields()
    {
        _w.Line($"private readonly {_self} _node;");
        foreach (var input in _node.Inputs)
        {
            var slot = input.IsByteStream ? "global::Daedalus.Runtime.ByteStreamInput" : $"global::Daedalus.Runtime.AdapterInput<{input.ItemType}>";
            _w.Line($"private readonly {slot} {Input(input)};");
        }
        foreach (var output in _node.Outputs)
        {
            var slot = output.IsByteStream ? "global::Daedalus.Runtime.ByteStreamOutput" : $"global::Daedalus.Runtime.AdapterOutput<{output.ItemType}>";
            _w.Line($"private readonly {slot} {Output(output)};");
        }
        _w.Line("private readonly global::Daedalus.Runtime.AdapterInput[] _allInputs;");
        _w.Line("private readonly global::Daedalus.Runtime.AdapterOutput[] _allOutputs;");
        if (_code is { PerClosedType: true } code)
        {
            _w.Line("// One adapter serves every closed type of the node: its code hash takes in the type arguments.");
            _w.Line($"private static readonly string _codeHash = global::Daedalus.Runtime.ContentHash.Of(global::System.Text.Encoding.UTF8.GetBytes({SourceFile.Literal(code.Hash + " ")} + typeof({_self}).ToString())).ToString();");
        }
        AdapterFiring.EmitStateFields(_w, _node);
        AdapterFiring.EmitOutPortFields(_w, _node);
        _w.Line();
    }

    private void EmitConstructor()
    {
        var typeName = SourceFile.Literal(SourceFile.Readable(_node.TypeName));
        using (_w.Block($"public {ClassName}({_self} node) : base(node, global::Daedalus.NodeKind.{_node.Kind}, {typeName})"))
        {
            _w.Line("_node = node;");
            foreach (var input in _node.Inputs) _w.Line($"{Input(input)} = new({Port(input)});");
            foreach (var output in _node.Outputs) _w.Line($"{Output(output)} = new({Port(output)});");
            _w.Line($"_allInputs = {ArrayOf("global::Daedalus.Runtime.AdapterInput", _node.Inputs.Select(Input))};");
            _w.Line($"_allOutputs = {ArrayOf("global::Daedalus.Runtime.AdapterOutput", _node.Outputs.Select(Output))};");
        }
        _w.Line();
    }

    /// <summary>What durable runs read: the node's code hash and its <c>[Node(Cached = true)]</c>.</summary>
    private void EmitDurable()
    {
        if (_code is { } code)
        {
            _w.Line();
            _w.Line($"public override string? CodeHash => {(code.PerClosedType ? "_codeHash" : SourceFile.Literal(code.Hash))};");
        }
        if (_node.Cached)
        {
            _w.Line();
            _w.Line("public override bool IsCached => true;");
        }
    }

    private void EmitHooks()
    {
        if (_node.Initialize is null && _node.Cleanup is null) return;
        _w.Line();
        _w.Line("public override bool HasLifecycleHooks => true;");
        if (_node.Initialize is { } initialize)
        {
            _w.Line();
            _w.Line($"public override void Initialize(global::Daedalus.Runtime.FireContext context) => {HookCall(initialize)};");
        }
        if (_node.Cleanup is { } cleanup)
        {
            _w.Line();
            _w.Line($"public override void Cleanup(global::Daedalus.Runtime.FireContext context) => {HookCall(cleanup)};");
        }
    }

    /// <summary>Describes the node's configuration members, in declaration order, for checksums and plans.</summary>
    private void EmitConfiguration()
    {
        if (_node.Configuration.Count == 0) return;
        _w.Line();
        using (_w.Block("public override void DescribeConfiguration(global::Daedalus.Runtime.NodeConfigurationWriter writer)"))
        {
            foreach (var member in _node.Configuration)
            {
                _w.Line($"writer.Add({SourceFile.Literal(member.Name)}, _node.{SourceFile.Identifier(member.Name)});");
            }
        }
    }

    private static string HookCall(HookModel hook) =>
        Bridge($"_node.{SourceFile.Identifier(hook.Method)}({string.Join(", ", hook.Parameters.Select(p => Service(p.Kind)))})", hook.IsAwaitable);

    /// <summary>What the adapter passes for a token, context, device or buffer parameter, from its <c>FireContext context</c> and fields.</summary>
    public static string Service(ParameterKind kind) => kind switch
    {
        ParameterKind.Context => "context.Node",
        ParameterKind.Buffer => "_buffer",
        ParameterKind.Device => $"{SegmentDevices.Device}.Of(context.Node.Device, context.Node.Node)",
        _ => "context.CancellationToken",
    };

    /// <summary>Waits for an awaitable call on the executor's worker, or returns the call as it is.</summary>
    public static string Bridge(string call, bool awaitable) =>
        awaitable ? $"global::Daedalus.Runtime.AsyncBridge.Wait({call})" : call;

    /// <summary>The slot's constructor arguments: the port's name and its item type as people write it.</summary>
    private static string Port(PortModel port) => port.IsByteStream
        ? SourceFile.Literal(port.Name)
        : $"{SourceFile.Literal(port.Name)}, {SourceFile.Literal(SourceFile.Readable(port.ItemType))}";

    private static string ArrayOf(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", list)} }}";
    }
}
