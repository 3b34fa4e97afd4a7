using System.Linq;
using Daedalus.Generators.Common;

namespace Daedalus.Generators.Model;

/// <summary>How a node exchanges items.</summary>
internal enum NodeShape
{
    /// <summary>Parameters are inputs, the return value is the output.</summary>
    Function,

    /// <summary><c>InPort&lt;T&gt;</c>/<c>OutPort&lt;T&gt;</c> properties; the process method takes no ports.</summary>
    Ports,
}

/// <summary>What a function node's process method returns.</summary>
internal enum ResultShape
{
    /// <summary><c>void</c>, <c>Task</c> or <c>ValueTask</c>: no output.</summary>
    None,

    /// <summary>One value: one output named <c>Output</c>.</summary>
    Value,

    /// <summary>A named tuple: one output per element.</summary>
    Tuple,

    /// <summary><c>IEnumerable&lt;T&gt;</c> from a method without inputs: a source.</summary>
    Enumerable,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c> from a method without inputs: an asynchronous source.</summary>
    AsyncEnumerable,

    /// <summary><c>int Fill(Span&lt;T&gt;)</c>: a source that fills a buffer and returns how many items it wrote (0 ends it).</summary>
    Batch,
}

/// <summary>A port as the generator sees it.</summary>
/// <param name="Name">The name used in graph definitions (PascalCase).</param>
/// <param name="ItemType">Fully qualified item type (<c>global::</c>).</param>
/// <param name="Member">The parameter, tuple element or property behind the port.</param>
internal sealed record PortModel(string Name, string ItemType, string Member)
{
    /// <summary>A <c>ByteInPort</c>/<c>ByteOutPort</c>: a pipe, not a queue of items.</summary>
    public bool IsByteStream => ItemType == "global::Daedalus.ByteStream";
}

/// <summary>What the executor passes for a parameter of a process or lifecycle method.</summary>
internal enum ParameterKind
{
    /// <summary>An item from the input port of the same name.</summary>
    Input,

    /// <summary>The run's <c>CancellationToken</c>.</summary>
    CancellationToken,

    /// <summary>The node's <c>NodeContext</c> for the run.</summary>
    Context,

    /// <summary>The <c>Span&lt;T&gt;</c> a batch source fills.</summary>
    Buffer,

    /// <summary>The <c>Daedalus.Shaders.GraphicsDevice</c> of the node's GPU segment.</summary>
    Device,
}

/// <summary>Where a node runs, mirroring <c>Daedalus.NodePlacement</c> (same names and values).</summary>
internal enum PlacementModel
{
    Cpu,
    GpuPreferred,
    GpuRequired,
}

/// <summary>One parameter of a process or lifecycle method.</summary>
internal sealed record ParameterModel(string Name, ParameterKind Kind)
{
    public bool IsInput => Kind == ParameterKind.Input;
}

/// <summary>A lifecycle hook and what it takes (a token, a context, both or nothing).</summary>
internal sealed record HookModel(string Method, bool IsAwaitable, EquatableArray<ParameterModel> Parameters);

/// <summary>A node type, read from its symbol: everything the graph emitter needs to call it.</summary>
internal sealed record NodeModel(
    string TypeName,
    string ShortName,
    NodeShape Shape,
    string ProcessMethod,
    EquatableArray<ParameterModel> Parameters,
    ResultShape Result,
    bool IsAwaitable,
    EquatableArray<PortModel> Inputs,
    EquatableArray<PortModel> Outputs,
    HookModel? Initialize,
    HookModel? Cleanup,
    bool HasParameterlessConstructor)
{
    /// <summary>Whether calling the node may need an <c>await</c>.</summary>
    public bool IsAsync => IsAwaitable || Result == ResultShape.AsyncEnumerable
        || (Initialize?.IsAwaitable ?? false) || (Cleanup?.IsAwaitable ?? false);

    public bool IsSource => Inputs.Count == 0 && Outputs.Count > 0;

    /// <summary>Whether the process method or a hook asks for the node's <c>NodeContext</c>.</summary>
    public bool UsesContext => Parameters.Any(p => p.Kind == ParameterKind.Context)
        || (Initialize?.Parameters.Any(p => p.Kind == ParameterKind.Context) ?? false)
        || (Cleanup?.Parameters.Any(p => p.Kind == ParameterKind.Context) ?? false);

    /// <summary>The <c>[PerRun]</c> fields and what each is set back to at the start of every run.</summary>
    public EquatableArray<PerRunField> PerRun { get; init; } = EquatableArray<PerRunField>.Empty;

    /// <summary>Where <c>[Node(Placement = ...)]</c> puts the node; CPU unless it says otherwise.</summary>
    public PlacementModel Placement { get; init; }

    public bool IsGpuPlaced => Placement != PlacementModel.Cpu;

    /// <summary>Whether the process method or a hook asks for the segment's <c>GraphicsDevice</c>.</summary>
    public bool UsesDevice => Parameters.Any(p => p.Kind == ParameterKind.Device)
        || (Initialize?.Parameters.Any(p => p.Kind == ParameterKind.Device) ?? false)
        || (Cleanup?.Parameters.Any(p => p.Kind == ParameterKind.Device) ?? false);

    /// <summary>A port node with a byte-stream port: it fires once per run and streams until its pipes end.</summary>
    public bool IsStreaming => Inputs.Any(p => p.IsByteStream) || Outputs.Any(p => p.IsByteStream);

    /// <summary>A port node that fires once per run: no inputs, or byte streams.</summary>
    public bool FiresOnce => Shape == NodeShape.Ports && (Inputs.Count == 0 || IsStreaming);

    public bool IsEnumerableSource => Result is ResultShape.Enumerable or ResultShape.AsyncEnumerable;

    /// <summary>A source: an enumerable or a batch source.</summary>
    public bool IsItemSource => IsEnumerableSource || Result == ResultShape.Batch;

    /// <summary>The plan's <c>NodeKind</c> name.</summary>
    public string Kind => Inputs.Count == 0 && Outputs.Count > 0 ? "Source"
        : Outputs.Count == 0 ? "Sink"
        : Shape == NodeShape.Ports ? "Port"
        : "Function";

    public int IndexOfInput(string name) => IndexOf(Inputs, name);

    public int IndexOfOutput(string name) => IndexOf(Outputs, name);

    private static int IndexOf(EquatableArray<PortModel> ports, string name)
    {
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports[i].Name == name) return i;
        }
        return -1;
    }
}

/// <summary>A <c>[PerRun]</c> field: <c>Name = Value;</c> at the start of every run.</summary>
/// <param name="Value">The initializer as the generated code repeats it (<c>default</c> without one).</param>
internal sealed record PerRunField(string Name, string Value);
