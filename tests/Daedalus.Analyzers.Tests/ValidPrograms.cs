namespace Daedalus.Analyzers.Tests;

/// <summary>
/// Unusual but legal programs: every identifier shape, named arguments in any order, usings inside namespaces,
/// generic graphs, record nodes, nested types. Each must build with nothing reported: no DAE diagnostic, no
/// compiler warning or error (in the program or in the generated code).
/// </summary>
public static class ValidPrograms
{
    private const string ByteNodes = """

        [Node] public sealed partial class Produce { [Output] public partial ByteOutPort Bytes { get; } [Process] public void Run() { } }
        [Node] public sealed partial class Consume { [Input] public partial ByteInPort Bytes { get; } [Process] public void Run() { } }
        """;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["node names of every shape"] = DiagnosticCases.Graph("""
                    var Numbers = g.Add(new Numbers());
                    var Σ = g.Add(new Twice());
                    var 合計 = g.Add(new Sum());
                    var _odd = g.Add(new Sum());
                    var @class = g.Add(new Split());
                    var @event = g.Add(new Sum());
                    var \u0061lias = g.Add(new Sum());
                    g.Connect(Numbers.Output, Σ.Value);
                    g.Connect(Σ.Output, @class.Value);
                    g.Connect(@class.Even, 合計.Value);
                    g.Connect(@class.Odd, _odd.Value);
                    g.Connect(Numbers.Output, @event.Value);
                    g.Connect(Numbers.Output, alias.Value);
            """) + """

            public static class Names
            {
                public static int Read() => new Pipeline().Σ.GetHashCode() + new Pipeline().合計.Total + new Pipeline()._odd.Total
                    + new Pipeline().Class.GetHashCode() + new Pipeline().Event.Total + new Pipeline(@class: new Split()).Alias.Total;
            }
            """,
        ["one output distributed round-robin twice"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var left = g.Add(new Sum());
                    var right = g.Add(new Sum());
                    g.Connect(numbers.Output, left.Value);
                    g.Connect(numbers.Output, right.Value);
                    g.Distribute(numbers.Output, FanOut.RoundRobin);
                    g.Distribute(numbers.Output, FanOut.RoundRobin);
            """),
        ["named arguments in any order"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(node: new Numbers());
                    var split = g.Add(new Split());
                    var evens = g.Add(new Sum());
                    var odds = g.Add(new Sum());
                    var others = g.Add(new Sum());
                    var produce = g.Add(new Produce());
                    var consume = g.Add(new Consume());
                    g.Connect(to: split.Value, from: numbers.Output);
                    g.Connect(policy: Edge.Bounded(overflow: Overflow.DropOldest, capacity: 4), to: evens.Value, from: split.Even);
                    g.Connect(split.Odd, policy: Edge.Latest, to: odds.Value);
                    g.Connect(split.Odd, others.Value);
                    g.Distribute(mode: FanOut.RoundRobin, output: split.Odd);
                    g.Connect(to: consume.Bytes, from: produce.Bytes, policy: Edge.Bytes(capacityBytes: 4096));
            """) + ByteNodes,
        ["usings inside nested namespaces"] = """
            namespace Shop.Settings
            {
                public static class Limits { public const int Factor = 3; }
            }

            namespace Shop
            {
                using System.Collections.Generic;
                using Daedalus;

                namespace Pipelines
                {
                    using Settings;
                    using L = Settings.Limits;
                    using static Settings.Limits;

                    [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; } }
                    [Node] public sealed partial class Scale { public int By { get; init; } [Process] public int Run(int value) => value * By; }
                    [Node] public sealed partial class Sum { public int Total { get; private set; } [Process] public void Run(int value) => Total += value; }

                    [Graph]
                    public sealed partial class Pipeline
                    {
                        static void Define(GraphBuilder g)
                        {
                            var numbers = g.Add(new Numbers());
                            var scale = g.Add(new Scale { By = Limits.Factor + L.Factor + Factor });
                            var sum = g.Add(new Sum());
                            g.Connect(numbers.Output, scale.Value);
                            g.Connect(scale.Output, sum.Value);
                        }
                    }
                }
            }
            """,
        ["a graph default capacity from a constant expression"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """).Replace("[Graph]", "[Graph(DefaultCapacity = Size * 2)]").Replace("public sealed partial class Pipeline\n{", "public sealed partial class Pipeline\n{\n    const int Size = 8;"),
        ["per-run fields of every accepted form, reset by the generated code"] = DiagnosticCases.Node("""
            [Node]
            public sealed partial class Tally
            {
                [PerRun] private int _count;
                [PerRun] private long _total = -1;
                [PerRun] private string _last = "none";
                [PerRun] private double? _mean = default;
                [PerRun] private List<int> _seen = new();
                [PerRun] private List<int> _kept = new List<int>(16);
                [PerRun] private HashSet<int> _distinct = [];
                public string Summary => $"{_count} {_total} {_last} {_mean} {_seen.Count} {_kept.Count} {_distinct.Count}";

                [Process]
                public void Run(int value)
                {
                    _count++;
                    _total += value;
                    _last = value.ToString();
                    _mean = _total / (double)_count;
                    _seen.Add(value);
                    _kept.Add(value);
                    _distinct.Add(value);
                }
            }

            [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; } }

            [Graph]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var tally = g.Add(new Tally());
                    g.Connect(numbers.Output, tally.Value);
                }
            }

            public static class Caller
            {
                public static string Call()
                {
                    var graph = new Pipeline();
                    graph.Run();
                    return graph.Tally.Summary;
                }
            }
            """),
        ["generic graph"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, sum.Value);
            """).Replace("partial class Pipeline", "partial class Pipeline<T>").Replace("new Pipeline()", "new Pipeline<string>()").Replace("Pipeline.Plan", "Pipeline<string>.Plan")
            + """

            [Node] public sealed partial class Echo<T> { [Process] public T Run(T value) => value; }

            [Graph]
            public sealed partial class Relay<T> where T : notnull
            {
                static void Define(GraphBuilder g)
                {
                    var source = g.Add(new Items<T>());
                    var echo = g.Add(new Echo<T>());
                    var sink = g.Add(new Last<T>());
                    g.Connect(source.Output, echo.Value);
                    g.Connect(echo.Output, sink.Value);
                }
            }

            [Node] public sealed partial class Items<T> { public T[] Values { get; init; } = []; [Process] public IEnumerable<T> Run() => Values; }
            [Node] public sealed partial class Last<T> { public T? Value { get; private set; } [Process] public void Run(T value) => Value = value; }
            """,
        ["record nodes"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var offset = g.Add(new Offset(3));
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, offset.Value);
                    g.Connect(offset.Output, sum.Value);
            """) + """

            [Node] public sealed partial record Offset(int By) { [Process] public int Run(int value) => value + By; }
            """,
        ["nested graph and node types"] = """
            using System.Collections.Generic;
            using Daedalus;

            public static partial class Outer<TKey>
            {
                public sealed partial class Inner
                {
                    [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; } }
                    [Node] public sealed partial class Sum { public int Total { get; private set; } [Process] public void Run(int value) => Total += value; }

                    [Graph]
                    public sealed partial class Pipeline
                    {
                        static void Define(GraphBuilder g)
                        {
                            var numbers = g.Add(new Numbers());
                            var sum = g.Add(new Sum());
                            g.Connect(numbers.Output, sum.Value);
                        }
                    }
                }
            }
            """,
        ["lambdas and pattern variables inside a node expression"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var map = g.Add(new Map { Apply = value => { var doubled = value * 2; return doubled is > 2 and var big ? big : value; } });
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, map.Value);
                    g.Connect(map.Output, sum.Value);
            """) + """

            [Node] public sealed partial class Map { public System.Func<int, int> Apply { get; init; } = v => v; [Process] public int Run(int value) => Apply(value); }
            """,
        ["node classes named like the types generated code uses"] = """
            using System.Collections.Generic;
            using Daedalus;

            namespace App;

            [Node] public sealed partial class Numbers { [Process] public IEnumerable<int> Run() { yield return 1; } }
            [Node] public sealed partial class Monitor { [Process] public int Run(int value) => value; }
            [Node] public sealed partial class Lock { [Process] public int Run(int value) => value; }
            [Node] public sealed partial class Task { [Process] public int Run(int value) => value; }
            [Node] public sealed partial class Exception { [Process] public int Run(int value) => value; }
            [Node] public sealed partial class CancellationToken { [Process] public void Run(int value) { } }

            [Graph]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    var numbers = g.Add(new Numbers());
                    var monitor = g.Add(new Monitor());
                    var @lock = g.Add(new Lock());
                    var task = g.Add(new Task());
                    var exception = g.Add(new Exception());
                    var token = g.Add(new CancellationToken());
                    g.Connect(numbers.Output, monitor.Value);
                    g.Connect(monitor.Output, @lock.Value);
                    g.Connect(@lock.Output, task.Value);
                    g.Connect(task.Output, exception.Value);
                    g.Connect(exception.Output, token.Value);
                }
            }
            """,
        ["a definition without nullable annotations"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var named = g.Add(new Named { Label = null });
                    g.Connect(numbers.Output, named.Value);
            """).Replace("[Graph]", "#nullable disable\n[Graph]").Replace("public static class Caller", "#nullable restore\npublic static class Caller") + """

            [Node] public sealed partial class Named { public string Label { get; init; } = ""; [Process] public void Run(int value) { } }
            """,
        ["an obsolete node whose warning the definition suppresses"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
            #pragma warning disable CS0618
                    var old = g.Add(new Old());
            #pragma warning restore CS0618
                    g.Connect(numbers.Output, old.Value);
            """) + """

            [System.Obsolete("Use Sum")]
            [Node] public sealed partial class Old { [Process] public void Run(int value) { } }
            """,
    };
}
