namespace Daedalus.Analyzers.Tests;

/// <summary>
/// One small program per diagnostic, with the expected diagnostics marked <c>{|ID:...|}</c> on their
/// exact spans. Each program is otherwise correct: nothing but the marked diagnostics may be reported.
/// </summary>
public static class DiagnosticCases
{
    /// <summary>Nodes the graph cases share: a source, a function, a two-output function and a sink.</summary>
    private const string Nodes = """
        using System.Collections.Generic;
        using Daedalus;

        [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; yield return 2; } }
        [Node] public sealed partial class Twice { [Process] public int Run(int value) => value * 2; }
        [Node] public sealed partial class Split { [Process] public (int Even, int Odd) Run(int value) => (value * 2, value * 2 + 1); }
        [Node] public sealed partial class Sum { public int Total { get; private set; } [Process] public void Run(int value) => Total += value; }
        [Node] public sealed partial class Words { [Process] public IEnumerable<string> Run() { yield return "a"; } }

        """;

    /// <summary>Uses the generated graph API, which must exist (throwing when the graph is invalid).</summary>
    private const string Caller = """

        public static class Caller
        {
            public static int Call()
            {
                var graph = new Pipeline();
                graph.Run();
                return Pipeline.Plan.Schedule.Count + graph.Edges.Count;
            }
        }
        """;

    /// <summary>A graph named Pipeline whose Define has the given body, the shared nodes, and a caller.</summary>
    public static string Graph(string define, string members = "") => Nodes + $$"""
        [Graph]
        public sealed partial class Pipeline
        {
        {{members}}
            static void Define(GraphBuilder g)
            {
        {{define}}
            }
        }
        """ + Caller;

    /// <summary>Byte-stream port nodes: a producer, a consumer and an item sink.</summary>
    private const string ByteNodes = """

        [Node] public sealed partial class Produce { [Output] public partial ByteOutPort Bytes { get; } [Process] public void Run() { } }
        [Node] public sealed partial class Consume { [Input] public partial ByteInPort Bytes { get; } [Process] public void Run() { } }
        [Node] public sealed partial class Ints { [Output] public partial OutPort<int> Values { get; } [Process] public void Run() { } }

        """;

    public static string Node(string declaration) => """
        using System.Collections.Generic;
        using System.Threading;
        using Daedalus;

        """ + declaration;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["DAE0001 cycle"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var a = g.Add(new Twice());
                    var b = g.Add(new Twice());
                    var c = g.Add(new Twice());
                    var join = g.Add(new Sum());
                    g.Connect(numbers.Output, a.Value);
                    g.Connect(a.Output, b.Value);
                    g.Connect(b.Output, c.Value);
                    {|DAE0001:g.Connect(c.Output, a.Value);|}
                    g.Connect(c.Output, join.Value);
            """),
        ["DAE0001 cycle feeding a node declared before it"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var join = g.Add(new Sum());
                    var a = g.Add(new Twice());
                    var b = g.Add(new Twice());
                    g.Connect(numbers.Output, a.Value);
                    g.Connect(a.Output, b.Value);
                    {|DAE0001:g.Connect(b.Output, a.Value);|}
                    g.Connect(b.Output, join.Value);
            """),
        ["DAE0001 node connected to itself"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    var twice = g.Add(new Twice());
                    g.Connect(numbers.Output, twice.Value);
                    {|DAE0001:g.Connect(twice.Output, twice.Value);|}
                    g.Connect(twice.Output, sum.Value);
            """),
        ["DAE0002 input not connected"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    {|DAE0002:var twice = g.Add(new Twice())|};
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                    g.Connect(twice.Output, sum.Value);
            """),
        ["DAE0003 output not connected"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    {|DAE0003:var split = g.Add(new Split())|};
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, split.Value);
                    g.Connect(split.Even, sum.Value);
            """),
        ["DAE0004 node never connected"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    {|DAE0004:var spare = g.Add(new Numbers())|};
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """),
        ["DAE0005 duplicate connection"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                    {|DAE0005:g.Connect(numbers.Output, sum.Value);|}
            """),
        ["DAE0006 capacity not positive"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value, Edge.Bounded({|DAE0006:0|}));
            """),
        ["DAE0006 capacity not constant"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value, Edge.Bounded({|DAE0006:Capacity|}, Overflow.DropOldest));
            """, members: "    static readonly int Capacity = 8;"),
        ["DAE0007 loop in the definition"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                    {|DAE0007:for (var i = 0; i < 3; i++) g.Add(new Twice());|}
            """),
        ["DAE0007 no Define method"] = Nodes + """
            [Graph]
            public sealed partial class {|DAE0007:Pipeline|}
            {
            }
            """ + Caller,
        ["DAE0007 local function in the definition"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(Make());
                    g.Connect(numbers.Output, sum.Value);
                    {|DAE0007:static Sum Make() => new Sum();|}
            """),
        ["DAE0007 node expression uses another node"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var twice = g.Add(new Twice());
                    var sum = g.Add(new Sum().With({|DAE0007:twice|}));
                    g.Connect(numbers.Output, twice.Value);
                    g.Connect(twice.Output, sum.Value);
            """) + """

            public static class SumExtensions { public static Sum With(this Sum sum, object other) => sum; }
            """,
        ["DAE0007 node expression uses a file-local type"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add({|DAE0007:Factory|}.Sum());
                    g.Connect(numbers.Output, sum.Value);
            """) + """

            file static class Factory { public static Sum Sum() => new(); }
            """,
        ["DAE0008 node from outside the graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    g.Connect(numbers.Output, {|DAE0008:Elsewhere|}.Value);
            """, members: "    static readonly Sum.Ports Elsewhere = null!;"),
        ["DAE0009 item types differ"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var words = g.Add(new Words());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                    {|DAE0009:g.Connect(words.Output, sum.Value)|};
            """),
        ["DAE0009 item types differ, named arguments"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var words = g.Add(new Words());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                    {|DAE0009:g.Connect(to: sum.Value, policy: Edge.Latest, from: words.Output)|};
            """),
        ["DAE0009 run-time graph connects different item types"] = Nodes + """
            public static class Builder
            {
                public static Daedalus.Runtime.RuntimeGraph Build()
                {
                    var graph = new Daedalus.Runtime.RuntimeGraph();
                    var words = graph.Add(new Words());
                    var sum = graph.Add(new Sum());
                    {|DAE0009:graph.Connect(words.Output, sum.Value, Edge.Latest)|};
                    return graph;
                }
            }
            """,
        ["DAE0011 item policy on a byte stream"] = Graph("""
                    var produce = g.Add(new Produce());
                    var consume = g.Add(new Consume());
                    g.Connect(produce.Bytes, consume.Bytes, {|DAE0011:Edge.Bounded(4)|});
            """) + ByteNodes,
        ["DAE0011 byte policy on items"] = Graph("""
                    var ints = g.Add(new Ints());
                    var sum = g.Add(new Sum());
                    g.Connect(ints.Values, sum.Value, {|DAE0011:Edge.Bytes(1024)|});
            """) + ByteNodes,
        ["DAE0011 byte stream fanned out"] = Graph("""
                    var produce = g.Add(new Produce());
                    var first = g.Add(new Consume());
                    var second = g.Add(new Consume());
                    g.Connect(produce.Bytes, first.Bytes);
                    {|DAE0011:g.Connect(produce.Bytes, second.Bytes, Edge.Bytes(4096));|}
            """) + ByteNodes,
        ["DAE0011 byte stream distributed round-robin"] = Graph("""
                    var produce = g.Add(new Produce());
                    var consume = g.Add(new Consume());
                    g.Connect(produce.Bytes, consume.Bytes);
                    {|DAE0011:g.Distribute(produce.Bytes, FanOut.RoundRobin);|}
            """) + ByteNodes,
        ["DAE0011 unconnected byte stream distributed round-robin"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    {|DAE0004:var produce = g.Add(new Produce())|};
                    g.Connect(numbers.Output, sum.Value);
                    {|DAE0011:g.Distribute(produce.Bytes, FanOut.RoundRobin);|}
            """) + ByteNodes,
        ["DAE0012 GPU node without the shader library"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    {|DAE0012:var twice = g.Add(new TwiceOnGpu())|};
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, twice.Value);
                    g.Connect(twice.Output, sum.Value);
            """) + """

            // built without Daedalus.Shaders
            [Node(Placement = NodePlacement.GpuPreferred)]
            public sealed partial class TwiceOnGpu { [Process] public int Run(int value) => value * 2; }
            """,
        ["DAE0013 node named like a generated member"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var {|DAE0013:plan|} = g.Add(new Sum());
                    g.Connect(numbers.Output, plan.Value);
            """),
        ["DAE0013 two nodes named alike"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var total = g.Add(new Sum());
                    var {|DAE0013:Total|} = g.Add(new Sum());
                    g.Connect(numbers.Output, total.Value);
                    g.Connect(numbers.Output, Total.Value);
            """),
        ["DAE0013 node named like a member of the graph class"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var {|DAE0013:limit|} = g.Add(new Sum());
                    g.Connect(numbers.Output, limit.Value);
            """, members: "    public const int Limit = 3;"),
        ["DAE0013 node named like an inherited member"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var {|DAE0013:toString|} = g.Add(new Sum());
                    g.Connect(numbers.Output, toString.Value);
            """),
        ["DAE0013 node named like the graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var {|DAE0013:pipeline|} = g.Add(new Sum());
                    g.Connect(numbers.Output, pipeline.Value);
            """),
        ["DAE0013 node name with the reserved prefix"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var {|DAE0013:__sum|} = g.Add(new Sum());
                    g.Connect(numbers.Output, __sum.Value);
            """),
        ["DAE0013 graph declares a generated member"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """, members: "    public int {|DAE0013:Discards|} => 0;"),
        ["DAE0013 graph declares the generated constructor"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """, members: "    public {|DAE0013:Pipeline|}(Numbers? numbers = null, Sum? sum = null) { }"),
        ["DAE0013 node named like Define"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var {|DAE0013:define|} = g.Add(new Sum());
                    g.Connect(numbers.Output, define.Value);
            """),
        ["DAE0013 graph inherits a generated member"] = Nodes + """
            public abstract class Base { public static string Plan => "mine"; }

            [Graph]
            public sealed partial class {|DAE0013:Pipeline|} : Base
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """,
        ["DAE0014 class is both a node and a graph"] = Nodes + """
            [Node, Graph]
            public sealed partial class {|DAE0014:Relay|}
            {
                [Process] public int Run(int value) => value;

                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """,
        ["DAE0014 record graph"] = Nodes + """
            [Graph]
            public sealed partial record {|DAE0014:Pipeline|}
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """,
        ["DAE0014 static graph"] = Nodes + """
            [Graph]
            public static partial class {|DAE0014:Pipeline|}
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """,
        ["DAE0014 file-local graph"] = Nodes + """
            [Graph]
            file sealed partial class {|DAE0014:Pipeline|}
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """,
        ["DAE0015 empty graph"] = Nodes + """
            [Graph]
            public sealed partial class Pipeline
            {
                static void {|DAE0015:Define|}(GraphBuilder g)
                {
                }
            }
            """ + Caller,
        ["DAE0016 same node instance added twice"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var first = g.Add(Shared);
                    var second = g.Add({|DAE0016:Shared|});
                    g.Connect(numbers.Output, first.Value);
                    g.Connect(numbers.Output, second.Value);
            """, members: "    static readonly Sum Shared = new();"),
        ["DAE0017 default capacity not positive"] = Nodes + """
            [Graph({|DAE0017:DefaultCapacity = 0|})]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """ + Caller,
        ["DAE0017 negative default capacity on a graph with a policy on every edge"] = Nodes + """
            [Graph({|DAE0017:DefaultCapacity = -5|})]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value, Edge.Fifo);
                }
            }
            """ + Caller,
        ["DAE0018 a field the process method writes carries over"] = Node("""
            [Node]
            public sealed partial class Counter
            {
                private int {|DAE0018:_count|};
                private long {|DAE0018:_total|}, _unused = 2;
                [PerRun] private int _seen;
                private int _restarted;
                private readonly int _factor = 3;
                public int Count => _count;

                [Initialize] public void Start() => _restarted = 0;

                [Process]
                public int Run(int value)
                {
                    _count++;
                    this._total += value;
                    _seen = _seen + 1;
                    _restarted -= 1;
                    return value * _factor + (int)_unused;
                }
            }
            """),
        ["DAE0019 PerRun on a static or readonly field"] = Node("""
            [Node]
            public sealed partial class Counter
            {
                [PerRun] private static int {|DAE0019:_instances|} = 1;
                [PerRun] private readonly int {|DAE0019:_factor|} = 2;

                [Process] public int Run(int value) => value * _factor + _instances;
            }
            """),
        ["DAE0019 PerRun initializer that the reset cannot repeat"] = Node("""
            [Node]
            public sealed partial class Counter
            {
                [PerRun] private int _count = {|DAE0019:System.Environment.ProcessorCount|};
                [PerRun] private List<int> _seen = {|DAE0019:new List<int> { 1 }|};

                [Process] public int Run(int value) { _seen.Add(value); return _count++; }
            }
            """),
        ["DAE0100 node not partial"] = Node("""
            [Node]
            public sealed class {|DAE0100:Twice|}
            {
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0100 graph not partial"] = Nodes + """
            [Graph]
            public sealed class {|DAE0100:Pipeline|}
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """,
        ["DAE0100 enclosing type not partial"] = Node("""
            public static class {|DAE0100:Filters|}
            {
                [Node]
                public sealed partial class Twice
                {
                    [Process] public int Run(int value) => value * 2;
                }
            }
            """),
        ["DAE0100 graph in a type that is not partial"] = Nodes + """
            public sealed class {|DAE0100:Pipelines|}
            {
                [Graph]
                public sealed partial class Totals
                {
                    static void Define(GraphBuilder g)
                    {
                        var numbers = g.Add(new Numbers());
                        var sum = g.Add(new Sum());
                        g.Connect(numbers.Output, sum.Value);
                    }
                }
            }
            """,
        ["DAE0100 node not partial, added to a graph"] = Nodes + """
            [Node]
            public sealed class {|DAE0100:Plain|}
            {
                [Process] public int Run(int value) => value;
            }

            [Graph]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var plain = g.{|CS0411:Add|}(new Plain());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, plain.{|CS1061:Value|});
                    g.Connect(plain.{|CS1061:Output|}, sum.Value);
                }
            }
            """ + Caller,
        ["DAE0100 port node not partial"] = Node("""
            [Node]
            public sealed class {|DAE0100:Evens|}
            {
                [Input] public partial InPort<int> {|CS0751:{|CS9248:Numbers|}|} { get; }
                [Process] public void Run() { }
            }
            """),
        ["DAE0101 no process method"] = Node("""
            [Node]
            public sealed partial class {|DAE0101:Twice|}
            {
                public int Run(int value) => value * 2;
            }
            """),
        ["DAE0101 no process method, [Node] on the second partial declaration"] = Node("""
            public sealed partial class {|DAE0101:Twice|}
            {
                public int Factor { get; set; } = 2;
            }

            [Node]
            public sealed partial class Twice
            {
                public int Run(int value) => value * Factor;
            }
            """),
        ["DAE0102 two process methods"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Process] public int Run(int value) => value * 2;
                [Process] public int {|DAE0102:RunAgain|}(int value) => value * 2;
            }
            """),
        ["DAE0103 generic process method"] = Node("""
            [Node]
            public sealed partial class Echo
            {
                [Process] public T {|DAE0103:Run|}<T>(T value) => value;
            }
            """),
        ["DAE0103 lifecycle hook with item parameter"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Initialize] public void {|DAE0103:Open|}(int seed) { }
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0103 ref struct output"] = Node("""
            [Node]
            public sealed partial class Window
            {
                [Process] public System.Span<int> {|DAE0103:Run|}(int value) => default;
            }
            """),
        ["DAE0103 async void process method"] = Node("""
            [Node]
            public sealed partial class Fire
            {
                [Process] public async void {|DAE0103:Run|}(int value) => await System.Threading.Tasks.Task.Yield();
            }
            """),
        ["DAE0103 async void hook"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Initialize] public async void {|DAE0103:Open|}() => await System.Threading.Tasks.Task.Yield();
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0103 ref struct output, node added to a graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var window = g.Add(new Window());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, window.Value);
                    g.Connect(window.Output, sum.Value);
            """) + """

            [Node]
            public sealed partial class Window
            {
                [Process] public System.Span<int> {|DAE0103:Run|}(int value) => default;
            }
            """,
        ["DAE0103 async void, node added to a graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var fire = g.Add(new Fire());
                    g.Connect(numbers.Output, fire.Value);
            """) + """

            [Node]
            public sealed partial class Fire
            {
                [Process] public async void {|DAE0103:Run|}(int value) => await System.Threading.Tasks.Task.Yield();
            }
            """,
        ["DAE0104 port not partial"] = Node("""
            [Node]
            public sealed partial class Evens
            {
                [Input] public InPort<int> {|DAE0104:Numbers|} { get; } = new("Numbers");
                [Output] public partial OutPort<int> Even { get; }
                [Process] public void Run() { while (Numbers.TryRead(out var n)) if (n % 2 == 0) Even.Write(n); }
            }
            """),
        ["DAE0104 port with a setter"] = Node("""
            [Node]
            public sealed partial class Evens
            {
                [Input] public partial InPort<int> {|DAE0104:Numbers|} { get; set; }
                [Output] public partial OutPort<int> Even { get; }
                [Process] public void Run() { while (Numbers.TryRead(out var n)) if (n % 2 == 0) Even.Write(n); }
            }
            """),
        ["DAE0104 wrong port type"] = Node("""
            [Node]
            public sealed partial class Evens
            {
                [Input] public partial OutPort<int> {|DAE0104:Numbers|} { get; }
                [Output] public partial OutPort<int> Even { get; }
                [Process] public void Run() { }
            }
            """),
        ["DAE0104 port of a ref struct, reported by the compiler alone"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var window = g.Add(new Window());
                    g.Connect(numbers.Output, window.Values);
            """) + """

            [Node]
            public sealed partial class Window
            {
                [Input] public partial InPort<int> Values { get; }
                [Input] public partial InPort<System.Span<int>> {|CS9244:{|CS9248:Spans|}|} { get; }
                [Process] public void Run() { }
            }
            """,
        ["DAE0105 two ports share a name"] = Node("""
            [Node]
            public sealed partial class {|DAE0105:Echo|}
            {
                [Process] public (int Value, int Copy) Run(int value) => (value, value);
            }
            """),
        ["DAE0106 abstract node"] = Node("""
            [Node]
            public abstract partial class {|DAE0106:Filter|}
            {
                [Process] public int Run(int value) => Apply(value);
                protected abstract int Apply(int value);
            }
            """),
        ["DAE0106 static node"] = Node("""
            [Node]
            public static partial class {|DAE0106:Maths|}
            {
                [Process] public static int Run(int value) => value * 2;
            }
            """),
        ["DAE0106 private constructor only"] = Node("""
            [Node]
            public sealed partial class {|DAE0106:Hidden|}
            {
                private Hidden() { }
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0107 device on a CPU node"] = Node("""
            [Node]
            public sealed partial class Smooth
            {
                [Process] public int Run(int value, Daedalus.Shaders.GraphicsDevice {|DAE0107:device|}) => value;
            }
            """),
        ["DAE0107 device in a CPU node's hook"] = Node("""
            [Node(Placement = NodePlacement.Cpu)]
            public sealed partial class Warm
            {
                [Initialize] public void Start(CancellationToken token, Daedalus.Shaders.GraphicsDevice {|DAE0107:device|}) { }
                [Process] public int Run(int value) => value;
            }
            """),
        ["DAE0108 node declares Ports"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                public int {|DAE0108:Ports|} { get; set; }
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0108 port named Ports"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Process] public int Run(int {|DAE0108:ports|}) => ports * 2;
            }
            """),
        ["DAE0108 port named like an object member"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Process] public int Run(int {|DAE0108:equals|}) => equals * 2;
            }
            """),
        ["DAE0108 member with the reserved prefix"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                private int {|DAE0108:__calls|};
                [Process] public int Run(int value) => value * ++__calls;
            }
            """),
        ["DAE0114 two ref parameters"] = Node("""
            [Node]
            public sealed partial class Stats
            {
                [Process] public void Add(int value, ref long total, ref int {|DAE0114:count|}) { total += value; count++; }
            }
            """),
        ["DAE0114 in parameter"] = Node("""
            [Node]
            public sealed partial class Total
            {
                [Process] public void Add(in int {|DAE0114:value|}) { }
            }
            """),
        ["DAE0114 ref readonly parameter"] = Node("""
            [Node]
            public sealed partial class Total
            {
                [Process] public void Add(int value, ref readonly long {|DAE0114:total|}) { }
            }
            """),
        ["DAE0114 aggregate that returns a value"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Process] public int {|DAE0114:Run|}(ref int value) => value * 2;
            }
            """),
        ["DAE0114 aggregate without inputs"] = Node("""
            [Node]
            public sealed partial class Total
            {
                [Process] public void {|DAE0114:Add|}(ref long total) => total++;
            }
            """),
        ["DAE0114 two ref parameters, node added to a graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var stats = g.Add(new Stats());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, stats.Value);
                    g.Connect(stats.Count, sum.Value);
            """) + """

            [Node]
            public sealed partial class Stats
            {
                [Process] public void Add(int value, ref long total, ref int {|DAE0114:count|}) { total += value; count++; }
            }
            """,
        ["DAE0115 window without size"] = Node("""
            [Node]
            public sealed partial class Mean
            {
                [Process, {|DAE0115:Window|}] public int Run(System.ReadOnlySpan<int> values) => values.Length;
            }
            """),
        ["DAE0115 window with a negative count"] = Node("""
            [Node]
            public sealed partial class Mean
            {
                [Process]
                [{|DAE0115:Window(Count = -1, Milliseconds = 100)|}]
                public int Run(System.ReadOnlySpan<int> values) => values.Length;
            }
            """),
        ["DAE0116 window over single items"] = Node("""
            [Node]
            public sealed partial class Mean
            {
                [Process, Window(Count = 10)] public int {|DAE0116:Run|}(int value) => value;
            }
            """),
        ["DAE0116 window with two inputs"] = Node("""
            [Node]
            public sealed partial class Mean
            {
                [Process, Window(Count = 10)] public int {|DAE0116:Run|}(System.ReadOnlySpan<int> values, int weight) => values.Length * weight;
            }
            """),
        ["DAE0116 asynchronous window"] = Node("""
            [Node]
            public sealed partial class Mean
            {
                [Process, Window(Count = 10)] public System.Threading.Tasks.Task<int> {|DAE0116:Run|}(System.ReadOnlySpan<int> values) => System.Threading.Tasks.Task.FromResult(values.Length);
            }
            """),
        ["DAE0116 windowed aggregate over spans"] = Node("""
            [Node]
            public sealed partial class Total
            {
                [Process, Window(Count = 10)] public void {|DAE0116:Add|}(System.ReadOnlySpan<int> values, ref long total) => total += values.Length;
            }
            """),
        ["DAE0116 window on a port node"] = Node("""
            [Node]
            public sealed partial class Relay
            {
                [Input] public partial InPort<int> Numbers { get; }
                [Output] public partial OutPort<int> Copies { get; }
                [Process, Window(Count = 10)] public void {|DAE0116:Run|}() { while (Numbers.TryRead(out var n)) Copies.Write(n); }
            }
            """),
        ["DAE0117 span input without window"] = Node("""
            [Node]
            public sealed partial class Mean
            {
                [Process] public int Run(System.ReadOnlySpan<int> {|DAE0117:values|}) => values.Length;
            }
            """),
        ["DAE0117 span input without window, node added to a graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    var mean = g.Add(new Mean());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, mean.Values);
                    g.Connect(mean.Output, sum.Value);
            """) + """

            [Node]
            public sealed partial class Mean
            {
                [Process] public int Run(System.ReadOnlySpan<int> {|DAE0117:values|}) => values.Length;
            }
            """,
        ["DAE0109 file-local node"] = Node("""
            [Node]
            file sealed partial class {|DAE0109:Twice|}
            {
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0118 MaxDegreeOfParallelism below 1"] = Node("""
            [Node({|DAE0118:MaxDegreeOfParallelism = 0|})]
            public sealed partial class Fetch
            {
                [Process] public int Run(int value) => value * 2;
            }
            """),
        ["DAE0119 MaxDegreeOfParallelism on a source"] = Node("""
            [Node({|DAE0119:MaxDegreeOfParallelism = 4|}, EnsureOrdered = false)]
            public sealed partial class Numbers
            {
                [Process] public IEnumerable<int> Run() { yield return 1; }
            }
            """),
        ["DAE0119 on a source a graph adds, reported once at the attribute"] = Graph("""
                    var numbers = g.Add(new Counted());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """) + """

            [Node({|DAE0119:MaxDegreeOfParallelism = 2|})]
            public sealed partial class Counted { [Process] public IEnumerable<int> Run() { yield return 1; } }
            """,
        ["DAE0119 MaxDegreeOfParallelism on a port node"] = Node("""
            [Node(EnsureOrdered = false, {|DAE0119:MaxDegreeOfParallelism = 2|})]
            public sealed partial class Relay
            {
                [Input] public partial InPort<int> Values { get; }
                [Output] public partial OutPort<int> Results { get; }

                [Process]
                public void Run()
                {
                    while (Values.TryRead(out var value)) Results.Write(value);
                }
            }
            """),
        ["DAE0119 MaxDegreeOfParallelism on a flat-map"] = Node("""
            [Node({|DAE0119:MaxDegreeOfParallelism = 2|})]
            public sealed partial class Words
            {
                [Process] public void Run(string line, OutPort<string> words) { foreach (var w in line.Split(' ')) words.Write(w); }
            }
            """),
        ["DAE0119 MaxDegreeOfParallelism on a filter"] = Node("""
            [Node({|DAE0119:MaxDegreeOfParallelism = 2|})]
            public sealed partial class Even
            {
                [Process, Filter] public bool Run(int value) => value % 2 == 0;
            }
            """),
        ["DAE0119 MaxDegreeOfParallelism on an aggregate"] = Node("""
            [Node({|DAE0119:MaxDegreeOfParallelism = 2|})]
            public sealed partial class Total
            {
                [Process] public void Add(int value, ref long sum) => sum += value;
            }
            """),
        ["DAE0120 Cached on a sink"] = Node("""
            [Node(EnsureOrdered = false, {|DAE0120:Cached = true|})]
            public sealed partial class Save
            {
                [Process] public void Run(string line) { }
            }
            """),
        ["DAE0120 Cached on a port node without outputs"] = Node("""
            [Node({|DAE0120:Cached = true|})]
            public sealed partial class Drain
            {
                [Input] public partial InPort<int> Values { get; }

                [Process]
                public void Run()
                {
                    while (Values.TryRead(out _)) { }
                }
            }
            """),
        ["DAE0110 filter not returning bool"] = Node("""
            [Node]
            public sealed partial class Keep
            {
                [Process, Filter] public int {|DAE0110:Run|}(int value) => value;
            }
            """),
        ["DAE0110 filter with two inputs"] = Node("""
            [Node]
            public sealed partial class Keep
            {
                [Process, Filter] public bool {|DAE0110:Run|}(int value, int limit, CancellationToken token) => value < limit;
            }
            """),
        ["DAE0110 filter with an out parameter"] = Node("""
            [Node]
            public sealed partial class Keep
            {
                [Process, Filter] public bool Run(int value, out int {|DAE0110:half|}) { half = value / 2; return true; }
            }
            """),
        ["DAE0111 two out parameters"] = Node("""
            [Node]
            public sealed partial class Parse
            {
                [Process] public bool Run(string text, out int number, out int {|DAE0111:length|}) { length = text.Length; return int.TryParse(text, out number); }
            }
            """),
        ["DAE0111 out parameter without a bool result"] = Node("""
            [Node]
            public sealed partial class Parse
            {
                [Process] public void {|DAE0111:Run|}(string text, out int number) => int.TryParse(text, out number);
            }
            """),
        ["DAE0111 try-map without an input"] = Node("""
            [Node]
            public sealed partial class Parse
            {
                [Process] public bool {|DAE0111:Run|}(out int number) { number = 1; return true; }
            }
            """),
        ["DAE0112 out parameter with an OutPort parameter"] = Node("""
            [Node]
            public sealed partial class Parse
            {
                [Process] public bool Run(string text, out int number, OutPort<string> {|DAE0112:rest|}) => int.TryParse(text, out number);
            }
            """),
        ["DAE0112 flat-map returning a value"] = Node("""
            [Node]
            public sealed partial class Split
            {
                [Process] public int {|DAE0112:Run|}(string line, OutPort<string> words) { words.Write(line); return 1; }
            }
            """),
        ["DAE0112 flat-map without an input"] = Node("""
            [Node]
            public sealed partial class Split
            {
                [Process] public void {|DAE0112:Run|}(OutPort<string> words) => words.Write("a");
            }
            """),
        ["DAE0113 filter on a method without [Process]"] = Node("""
            [Node]
            public sealed partial class Keep
            {
                [Process] public int Run(int value) => value;
                [Filter] public bool {|DAE0113:IsSmall|}(int value) => value < 10;
            }
            """),
        ["DAE0113 filter on a port node"] = Node("""
            [Node]
            public sealed partial class Keep
            {
                [Input] public partial InPort<int> Values { get; }
                [Output] public partial OutPort<int> Kept { get; }
                [Process, Filter] public void {|DAE0113:Run|}() { while (Values.TryRead(out var value)) Kept.Write(value); }
            }
            """),
        ["CS0246 a using directive that does not resolve, reported once"] = "using {|CS0246:Nowhere|};\n" + Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """),
        ["DAE0003 byte-stream output not connected, in a graph without byte-stream edges"] = Nodes + """
            [Node]
            public sealed partial class Tee
            {
                [Output] public partial ByteOutPort Bytes { get; }
                [Output] public partial OutPort<int> Values { get; }
                [Process] public void Run() => Values.Write(1);
            }

            [Graph]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    {|DAE0003:var tee = g.Add(new Tee())|};
                    var sum = g.Add(new Sum());
                    g.Connect(tee.Values, sum.Value);
                }
            }
            """ + Caller,
        ["DAE0104 port property without an access modifier"] = Nodes + """
            [Node]
            public sealed partial class Gate
            {
                [Input] partial InPort<int> {|DAE0104:Value|} { get; }
                [Process] public void Run() { while (Value.TryRead(out _)) { } }
            }
            """,
        ["DAE0999 exception while reading a graph"] = Nodes + """
            // Daedalus fault: read Pipeline
            [Graph]
            public sealed partial class {|DAE0999:Pipeline|}
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """ + Caller,
        ["DAE0999 exception while analysing a graph"] = Nodes + """
            // Daedalus fault: analyze Pipeline
            [Graph]
            public sealed partial class {|DAE0999:Pipeline|}
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
                }
            }
            """ + Caller,
        ["DAE0999 exception while reading a node"] = Node("""
            // Daedalus fault: read Twice
            [Node]
            public sealed partial class {|DAE0999:Twice|}
            {
                [Process] public int Run(int value) => value * 2;
            }
            """),
    };
}
