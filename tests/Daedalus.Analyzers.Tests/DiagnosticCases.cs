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
        ["DAE0008 node from outside the graph"] = Graph("""
                    var numbers = g.Add(new Numbers());
                    g.Connect(numbers.Output, {|DAE0008:Elsewhere|}.Value);
            """, members: "    static readonly Sum.Ports Elsewhere = null!;"),
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
        ["DAE0101 no process method"] = Node("""
            [Node]
            public sealed partial class {|DAE0101:Twice|}
            {
                public int Run(int value) => value * 2;
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
        ["DAE0103 ref parameter"] = Node("""
            [Node]
            public sealed partial class Twice
            {
                [Process] public int Run(ref int {|DAE0103:value|}) => value * 2;
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
