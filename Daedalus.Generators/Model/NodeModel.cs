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

    /// <summary><c>[Filter] bool Keep(T item)</c>: the input item goes on through <c>Output</c> when the call returns true.</summary>
    Filter,

    /// <summary><c>bool TryMap(T item, out U value)</c>: the out value goes on through its port when the call returns true.</summary>
    TryMap,

    /// <summary><c>void Split(T item, OutPort&lt;U&gt; parts)</c>: the call writes 0..N items to each <c>OutPort&lt;T&gt;</c> parameter.</summary>
    FlatMap,

    /// <summary>
    /// <c>void Add(T item, ref TTotal total)</c>: an aggregate. The accumulator's value is its one output, named
    /// after the <c>ref</c> parameter, published when the inputs finish (or on each window boundary).
    /// </summary>
    Accumulator,
}

/// <summary>A process method's <c>[Window]</c>: at most <paramref name="Count"/> items (0: any) and <paramref name="Milliseconds"/> (0: no time limit).</summary>
internal sealed record WindowModel(int Count, int Milliseconds);

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

    /// <summary>A try-map's <c>out</c> parameter: the value written to the output port of the same name.</summary>
    OutValue,

    /// <summary>A flat-map's <c>OutPort&lt;T&gt;</c> parameter: the output port of the same name.</summary>
    OutPort,

    /// <summary>An aggregate's <c>ref</c> accumulator, which the generated code keeps for the run.</summary>
    Accumulator,
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

    /// <summary>The configuration members the adapter describes, base classes first, each in declaration order.</summary>
    public EquatableArray<ConfigurationMember> Configuration { get; init; } = EquatableArray<ConfigurationMember>.Empty;

    /// <summary>The <c>[PerRun]</c> fields and what each is set back to at the start of every run.</summary>
    public EquatableArray<PerRunField> PerRun { get; init; } = EquatableArray<PerRunField>.Empty;

    /// <summary>Where <c>[Node(Placement = ...)]</c> puts the node; CPU unless it says otherwise.</summary>
    public PlacementModel Placement { get; init; }

    public bool IsGpuPlaced => Placement != PlacementModel.Cpu;

    /// <summary><c>[Node(MaxDegreeOfParallelism = N)]</c>: how many invocations may be in flight at once (1 unless it says otherwise).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary><c>[Node(EnsureOrdered = false)]</c> lets concurrent invocations' results out as they complete.</summary>
    public bool EnsureOrdered { get; init; } = true;

    /// <summary><c>[Node(Cached = true)]</c>: durable runs may reuse the node's results across runs.</summary>
    public bool Cached { get; init; }

    /// <summary>Whether the node keeps several invocations in flight where the executor allows it.</summary>
    public bool RunsConcurrently => MaxDegreeOfParallelism > 1;

    /// <summary>Whether the compiled <c>RunAsync</c> keeps several invocations in flight: an awaitable node that runs concurrently.</summary>
    public bool AwaitsConcurrently => RunsConcurrently && IsAwaitable;

    /// <summary>The process method's <c>[Window]</c>; null when it takes items one by one for the whole run.</summary>
    public WindowModel? Window { get; init; }

    /// <summary>An aggregate: <c>void Add(T item, ref TTotal total)</c>.</summary>
    public bool IsAggregate => Result == ResultShape.Accumulator;

    /// <summary>A window node calls its method with a span of items: <c>[Window] R Mean(ReadOnlySpan&lt;T&gt; items)</c>.</summary>
    public bool TakesWindows => Window is not null && !IsAggregate;

    /// <summary>Whether the node holds items or a total back until its inputs finish (or a window closes).</summary>
    public bool PublishesWhenInputsFinish => IsAggregate || Window is not null;

    /// <summary>Whether the process method or a hook asks for the segment's <c>GraphicsDevice</c>.</summary>
    public bool UsesDevice => Parameters.Any(p => p.Kind == ParameterKind.Device)
        || (Initialize?.Parameters.Any(p => p.Kind == ParameterKind.Device) ?? false)
        || (Cleanup?.Parameters.Any(p => p.Kind == ParameterKind.Device) ?? false);

    /// <summary>A port node with a byte-stream port: it fires once per run and streams until its pipes end.</summary>
    public bool IsStreaming => Inputs.Any(p => p.IsByteStream) || Outputs.Any(p => p.IsByteStream);

    /// <summary>A port node that fires once per run: no inputs, or byte streams.</summary>
    public bool FiresOnce => Shape == NodeShape.Ports && (Inputs.Count == 0 || IsStreaming);

    public bool IsEnumerableSource => Result is ResultShape.Enumerable or ResultShape.AsyncEnumerable;

    /// <summary>A flat-map: it writes to its output ports through <c>OutPort&lt;T&gt;</c> parameters during the call.</summary>
    public bool IsFlatMap => Result == ResultShape.FlatMap;

    /// <summary>A filter or try-map: 0 or 1 item per firing, so a fused edge out of it counts its items itself.</summary>
    public bool WritesAtMostOnce => Result is ResultShape.Filter or ResultShape.TryMap;

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
