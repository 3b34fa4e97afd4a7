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
        ["cached nodes: a function, a source, a generic node inside a generic class"] = DiagnosticCases.Node("""
            [Node(Cached = true, MaxDegreeOfParallelism = 2)]
            public sealed partial class Square { [Process] public int Run(int value) => value * value; }

            [Node(Placement = NodePlacement.Cpu, Cached = true)]
            public sealed partial class Digits { [Process] public IEnumerable<int> Run() { yield return 1; } }

            public static partial class Outer<TKey>
            {
                [Node(Cached = true)]
                public sealed partial class Pair<TValue> { [Process] public (TKey First, TValue Second) Run(TKey key, TValue value) => (key, value); }
            }
            """),
        ["a filter, a try-map and flat-maps, with tokens, contexts and odd names"] = DiagnosticCases.Node("""
            [Node] public sealed partial class Lines { [Process] public IEnumerable<string> Run() { yield return "1 2"; } }
            [Node] public sealed partial class NotEmpty { [Process, Filter] public bool Keep(string line, CancellationToken token) => line.Length > 0; }
            [Node] public sealed partial class Parse { [Process] public bool TryParse(string @string, CancellationToken token, out int result) => int.TryParse(@string, out result); }
            [Node] public sealed partial class Words { [Process] public void Split(string line, OutPort<string> words, OutPort<int> @event) { foreach (var w in line.Split(' ')) words.Write(w); @event.Write(line.Length); } }
            [Node] public sealed partial class Twice { [Process] public async System.Threading.Tasks.ValueTask Run(int attempt, OutPort<int> context) { context.Write(attempt); await System.Threading.Tasks.Task.Yield(); context.Write(attempt); } }
            [Node] public sealed partial class Sum { public int Total { get; private set; } [Process] public void Run(int value) => Total += value; }
            [Node] public sealed partial class Count { public int Total { get; private set; } [Process] public void Run(string value) => Total++; }

            [Graph]
            public sealed partial class Pipeline
            {
                static void Define(GraphBuilder g)
                {
                    var lines = g.Add(new Lines());
                    var notEmpty = g.Add(new NotEmpty());
                    var words = g.Add(new Words());
                    var parse = g.Add(new Parse());
                    var twice = g.Add(new Twice());
                    var sum = g.Add(new Sum());
                    var lengths = g.Add(new Sum());
                    var left = g.Add(new Count());
                    var right = g.Add(new Count());
                    g.Connect(lines.Output, notEmpty.Line);
                    g.Connect(notEmpty.Output, words.Line);
                    g.Connect(words.Words, parse.String);
                    g.Connect(words.Words, left.Value);
                    g.Connect(words.Words, right.Value);
                    g.Distribute(words.Words, FanOut.RoundRobin);
                    g.Connect(words.Event, lengths.Value);
                    g.Connect(parse.Result, twice.Attempt);
                    g.Connect(twice.Context, sum.Value);
                }
            }
            """),
        ["aggregates and windows of every shape"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var total = g.Add(new Total<int>());
                    var stats = g.Add(new Stats());
                    var words = g.Add(new Joined());
                    var spread = g.Add(new Spread());
                    var recent = g.Add(new Recent());
                    var perTick = g.Add(new PerTick());
                    var zipped = g.Add(new Zipped());
                    var sum = g.Add(new Sum());
                    var keep = g.Add(new Keep<(long Count, double Mean)>());
                    var texts = g.Add(new Keep<string>());
                    var lows = g.Add(new Keep<int>());
                    g.Connect(numbers.Output, total.Value);
                    g.Connect(numbers.Output, stats.Event);
                    g.Connect(numbers.Output, words.Result);
                    g.Connect(numbers.Output, spread.In);
                    g.Connect(numbers.Output, recent.Values);
                    g.Connect(numbers.Output, perTick.Values);
                    g.Connect(numbers.Output, zipped.Left);
                    g.Connect(numbers.Output, zipped.Right);
                    g.Connect(total.Sum, sum.Value);
                    g.Connect(stats.Accumulator, keep.Item);
                    g.Connect(words.Text, texts.Item);
                    g.Connect(spread.Low, lows.Item, Edge.Bounded(2));
                    g.Connect(spread.High, sum.Value);
                    g.Connect(perTick.Output, sum.Value);
                    g.Connect(zipped.Product, sum.Value);
                    var later = g.Add(new Later());
                    var laterTotal = g.Add(new Total<int>());
                    var laterTicks = g.Add(new PerTick());
                    g.Connect(numbers.Output, later.Value);
                    g.Connect(later.Output, laterTotal.Value);
                    g.Connect(later.Output, laterTicks.Values);
                    g.Connect(laterTotal.Sum, sum.Value);
                    g.Connect(laterTicks.Output, sum.Value);
            """) + """

            [Node] public sealed partial class Later { [Process] public async System.Threading.Tasks.Task<int> Run(int value) { await System.Threading.Tasks.Task.Yield(); return value; } }

            [Node] public sealed partial class Total<T> where T : System.Numerics.INumber<T> { [Process] public void Add(T value, ref T sum) => sum += value; }
            [Node] public sealed partial class Stats { [Process] public void Add(int @event, ref (long Count, double Mean) accumulator) => accumulator = (accumulator.Count + 1, accumulator.Mean + (@event - accumulator.Mean) / (accumulator.Count + 1)); }
            [Node] public sealed partial class Joined { [Process, Window(Count = 3)] public void Add(int result, ref string text) => text = (text ?? "") + result; }
            [Node] public sealed partial class Spread { [Process, Window(Count = 5)] public (int Low, int High) Run(System.ReadOnlySpan<int> @in) { var low = int.MaxValue; var high = int.MinValue; foreach (var x in @in) { low = System.Math.Min(low, x); high = System.Math.Max(high, x); } return (low, high); } }
            [Node] public sealed partial class Recent { public int Windows { get; private set; } [Process, Window(Count = 2, Milliseconds = 10)] public void Run(System.ReadOnlySpan<int> values, System.Threading.CancellationToken token) => Windows++; }
            [Node] public sealed partial class PerTick { [Process, Window(Milliseconds = 100)] public int Run(System.ReadOnlySpan<int> values) => values.Length; }
            [Node] public sealed partial class Zipped { [Process] public void Multiply(int left, int right, ref int product) => product += left * right; }
            [Node] public sealed partial class Keep<T> { public T? Last { get; private set; } [Process] public void Add(T item) => Last = item; }
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
        ["members named with keywords: process methods, hooks, port properties, [PerRun] fields"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var relay = g.Add(new Relay());
                    var tally = g.Add(new Tally());
                    var other = g.Add(new Tally());
                    g.Connect(numbers.Output, relay.@in);
                    g.Connect(relay.@out, tally.Value);
                    g.Connect(relay.@out, other.Value);
                    g.Distribute(relay.@out, FanOut.RoundRobin);
            """) + """

            [Node] public sealed partial class Relay
            {
                [Input] public partial InPort<int> @in { get; }
                [Output] public partial OutPort<int> @out { get; }
                [Process] public void @do() { while (@out.FreeSpace > 0 && @in.TryRead(out var value)) @out.Write(value); }
            }

            [Node] public sealed partial class Tally
            {
                [PerRun] private int @class;
                [PerRun] private long @event = 1;
                public long Total => @class + @event;
                [Initialize] public void @if() { }
                [Cleanup] public void @else() { }
                [Process] public void @return(int value) { @class++; @event += value; }
            }
            """,
        ["windows at the largest Count and Milliseconds"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var widest = g.Add(new Widest());
                    var sum = g.Add(new Sum());
                    g.Connect(numbers.Output, widest.Values);
                    g.Connect(widest.Output, sum.Value);
            """) + """

            [Node] public sealed partial class Widest
            {
                [Process, Window(Count = int.MaxValue, Milliseconds = int.MaxValue)] public int Run(System.ReadOnlySpan<int> values) => values.Length;
            }
            """,
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
        ["concurrent nodes of every kind that allows them, awaited and not, ordered and not"] = DiagnosticCases.Graph("""
                    var numbers = g.Add(new Numbers());
                    var fetch = g.Add(new Fetch());
                    var divide = g.Add(new Divide());
                    var store = g.Add(new Store());
                    var keep = g.Add(new Keep());
                    g.Connect(numbers.Output, fetch.Value);
                    g.Connect(fetch.Output, divide.Value);
                    g.Connect(divide.Quotient, store.Value);
                    g.Connect(divide.Remainder, keep.Value);
            """) + """

            [Node(MaxDegreeOfParallelism = 64)]
            public sealed partial class Fetch
            {
                [Process] public async System.Threading.Tasks.ValueTask<int> Run(int value, System.Threading.CancellationToken token)
                {
                    await System.Threading.Tasks.Task.Delay(1, token);
                    return value;
                }
            }

            [Node(MaxDegreeOfParallelism = 2, EnsureOrdered = false)]
            public sealed partial class Divide { [Process] public (int Quotient, int Remainder) Run(int value) => (value / 2, value % 2); }

            [Node(MaxDegreeOfParallelism = 8, EnsureOrdered = false)]
            public sealed partial class Store { [Process] public System.Threading.Tasks.Task Run(int value) => System.Threading.Tasks.Task.CompletedTask; }

            [Node(MaxDegreeOfParallelism = 1)]
            public sealed partial class Keep { [Process] public void Run(int value) { } }
            """,
    };
}
