namespace Daedalus.Generators.Tests;

/// <summary>Consumer code used by the generator tests.</summary>
internal static class Sources
{
    public const string Nodes = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Daedalus;

        namespace Shop;

        [Node]
        public sealed partial class Orders
        {
            public int Count { get; init; } = 100;

            [Process]
            public IEnumerable<decimal> Amounts()
            {
                for (var i = 1; i <= Count; i++) yield return i * 1.5m;
            }
        }

        [Node]
        public sealed partial class AddTax
        {
            public decimal Rate { get; init; } = 0.2m;

            [Process]
            public decimal Apply(decimal amount) => amount * (1 + Rate);
        }

        [Node]
        public sealed partial class Round
        {
            [Process]
            public decimal Run([Input] decimal value) => decimal.Round(value, 2);
        }

        [Node]
        public sealed partial class Split
        {
            [Input] public partial InPort<decimal> Amounts { get; }
            [Output] public partial OutPort<decimal> Small { get; }
            [Output] public partial OutPort<decimal> Large { get; }

            [Process]
            public void Route()
            {
                while (Amounts.TryRead(out var amount)) (amount < 50 ? Small : Large).Write(amount);
            }
        }

        [Node]
        public sealed partial class Ledger
        {
            public decimal Total { get; private set; }

            [Initialize]
            public void Open() => Total = 0;

            [Process]
            public void Book(decimal amount) => Total += amount;

            [Cleanup]
            public void Close() { }
        }
        """;

    public const string Checkout = """
        using Daedalus;

        namespace Shop;

        [Graph]
        public sealed partial class Checkout
        {
            static void Define(GraphBuilder g)
            {
                var orders = g.Add(new Orders { Count = 10 });
                var tax = g.Add(new AddTax());
                var round = g.Add(new Round());
                var split = g.Add(new Split());
                var small = g.Add(new Ledger());
                var large = g.Add(new Ledger());
                g.Connect(orders.Output, tax.Amount);
                g.Connect(tax.Output, round.Value);
                g.Connect(round.Output, split.Amounts, Edge.Bounded(8));
                g.Connect(split.Small, small.Amount);
                g.Connect(split.Large, large.Amount, Edge.Latest);
            }
        }
        """;

    public const string GenericAndTuples = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Daedalus;

        namespace Shapes;

        [Node]
        public sealed partial class Count
        {
            [Process]
            public async IAsyncEnumerable<int> Numbers([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
            {
                for (var i = 0; i < 4; i++) { await Task.Yield(); yield return i; }
            }
        }

        [Node]
        public sealed partial class Halves
        {
            [Process]
            public (int Half, bool Odd) Run(int value) => (value / 2, value % 2 == 1);
        }

        [Node]
        public sealed partial class Box<T>
        {
            [Process]
            public async ValueTask<List<T>> Run(T value, CancellationToken token)
            {
                await Task.Yield();
                return [value];
            }
        }

        [Node]
        public sealed partial class Sink<T>
        {
            public List<T> Items { get; } = [];

            [Process]
            public void Add(T item) => Items.Add(item);
        }

        [Graph]
        internal sealed partial class Mixed
        {
            static void Define(GraphBuilder g)
            {
                var count = g.Add(new Count());
                var halves = g.Add(new Halves());
                var box = g.Add(new Box<int>());
                var boxes = g.Add(new Sink<List<int>>());
                var flags = g.Add(new Sink<bool>());
                var recent = g.Add(new Sink<int>());
                g.Connect(count.Output, halves.Value);
                g.Connect(halves.Half, box.Value);
                g.Connect(halves.Half, recent.Item, Edge.Bounded(2, Overflow.DropOldest));
                g.Connect(halves.Odd, flags.Item);
                g.Connect(box.Output, boxes.Item);
            }
        }
        """;

    public const string Cycle = """
        using Daedalus;

        namespace Loops;

        [Node]
        public sealed partial class Step
        {
            [Process]
            public int Run(int value) => value + 1;
        }

        [Graph]
        public sealed partial class Loop
        {
            static void Define(GraphBuilder g)
            {
                var a = g.Add(new Step());
                var b = g.Add(new Step());
                g.Connect(a.Output, b.Value);
                g.Connect(b.Output, a.Value);
            }
        }
        """;

    /// <summary>One node of every shape the adapters handle, plus hooks, tokens and awkward parameter names.</summary>
    public const string AdapterShapes = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Daedalus;

        namespace Adapters;

        [Node]
        public sealed partial class Numbers
        {
            [Process]
            public IEnumerable<int> Run(CancellationToken token) { yield return 1; }
        }

        [Node]
        public sealed partial class Ticks
        {
            [Process]
            public async IAsyncEnumerable<long> Run([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
            {
                await Task.Yield();
                yield return 1;
            }
        }

        [Node]
        public sealed partial class Mix
        {
            [Process]
            public async Task<string> Run(int context, string @event, int _node, CancellationToken token)
            {
                await Task.Yield();
                return @event + context + _node;
            }
        }

        [Node]
        public sealed partial class Spread
        {
            [Process]
            public (int Low, int High, string Label) Run(int value) => (value - 1, value + 1, "v");
        }

        [Node]
        public sealed partial class Store
        {
            [Initialize]
            public Task OpenAsync(CancellationToken token) => Task.CompletedTask;

            [Process]
            public ValueTask Save(string item) => ValueTask.CompletedTask;

            [Cleanup]
            public void Close() { }
        }

        [Node]
        public sealed partial class Merge
        {
            [Input] public partial InPort<int> Left { get; }
            [Input] public partial InPort<int> Right { get; }
            [Output] public partial OutPort<int> Sum { get; }

            [Process]
            public async Task Run(CancellationToken token)
            {
                await Task.Yield();
                while (Left.TryRead(out var l) && Right.TryRead(out var r)) Sum.Write(l + r);
            }
        }

        [Node]
        public sealed partial class Emit
        {
            [Output] public partial OutPort<string> Lines { get; }

            [Process]
            public void Run() => Lines.Write("x");
        }

        [Node]
        public sealed partial class Pair<TKey, TValue> where TKey : notnull
        {
            [Process]
            public KeyValuePair<TKey, TValue> Run(TKey key, TValue value) => new(key, value);
        }
        """;

    /// <summary>Two GPU segments split by a CPU node: gpu0 (a GPU-preferred and a GPU-required node) and gpu1.</summary>
    /// <summary>The access-log pipeline: a try-map, a filter and a flat-map (its words dealt round-robin).</summary>
    public const string AccessLog = """
        using System.Collections.Generic;
        using Daedalus;

        namespace Logs;

        public readonly record struct LogLine(string Path, int Status);

        [Node]
        public sealed partial class Read
        {
            [Process] public IEnumerable<string> Lines() { yield return "/a 200"; yield return "/b/c 503"; }
        }

        [Node]
        public sealed partial class Parse
        {
            [Process]
            public bool TryParse(string text, out LogLine line)
            {
                var parts = text.Split(' ');
                line = parts.Length == 2 && int.TryParse(parts[1], out var status) ? new LogLine(parts[0], status) : default;
                return parts.Length == 2 && line.Status > 0;
            }
        }

        [Node]
        public sealed partial class Errors
        {
            [Process, Filter] public bool IsError(LogLine line) => line.Status >= 500;
        }

        [Node]
        public sealed partial class Segments
        {
            [Process]
            public void Split(LogLine line, OutPort<string> segments, OutPort<int> depth)
            {
                var parts = line.Path.Split('/', System.StringSplitOptions.RemoveEmptyEntries);
                foreach (var part in parts) segments.Write(part);
                depth.Write(parts.Length);
            }
        }

        [Node]
        public sealed partial class Tally<T>
        {
            public int Count { get; private set; }

            [Process] public void Add(T item) => Count++;
        }

        [Graph]
        public sealed partial class AccessLog
        {
            static void Define(GraphBuilder g)
            {
                var read = g.Add(new Read());
                var parse = g.Add(new Parse());
                var errors = g.Add(new Errors());
                var segments = g.Add(new Segments());
                var left = g.Add(new Tally<string>());
                var right = g.Add(new Tally<string>());
                var depths = g.Add(new Tally<int>());
                g.Connect(read.Output, parse.Text);
                g.Connect(parse.Line, errors.Line);
                g.Connect(errors.Output, segments.Line);
                g.Connect(segments.Segments, left.Item);
                g.Connect(segments.Segments, right.Item);
                g.Distribute(segments.Segments, FanOut.RoundRobin);
                g.Connect(segments.Depth, depths.Item);
            }
        }
        """;

    public const string GpuSegments = """
        using System.Collections.Generic;
        using Daedalus;
        using Daedalus.Runtime;
        using Daedalus.Shaders;

        namespace Signals;

        [Node]
        public sealed partial class Samples
        {
            [Process]
            public IEnumerable<float[]> Run() { yield return new[] { 1f, 2f }; }
        }

        [Node(Placement = NodePlacement.GpuPreferred)]
        public sealed partial class Upload
        {
            [Process]
            public ReadWriteBuffer<float> Run(float[] window, GraphicsDevice device) => device.AllocateReadWriteBuffer<float>(window);
        }

        [Node(Placement = NodePlacement.GpuRequired)]
        public sealed partial class Download
        {
            [Initialize]
            public void Start(GraphicsDevice device, NodeContext context) { }

            [Process]
            public float[] Run(ReadWriteBuffer<float> buffer)
            {
                var values = buffer.ToArray();
                buffer.Dispose();
                return values;
            }
        }

        [Node]
        public sealed partial class Halve
        {
            [Process]
            public float[] Run(float[] values) => values;
        }

        [Node(Placement = NodePlacement.GpuPreferred)]
        public sealed partial class Total
        {
            public float Sum { get; private set; }

            [Process]
            public void Run(float[] values, GraphicsDevice device) { foreach (var v in values) Sum += v; }
        }

        [Graph]
        public sealed partial class Pipeline
        {
            static void Define(GraphBuilder g)
            {
                var samples = g.Add(new Samples());
                var upload = g.Add(new Upload());
                var download = g.Add(new Download());
                var halve = g.Add(new Halve());
                var total = g.Add(new Total());
                g.Connect(samples.Output, upload.Window);
                g.Connect(upload.Output, download.Buffer);
                g.Connect(download.Output, halve.Values);
                g.Connect(halve.Output, total.Values);
            }
        }
        """;

    /// <summary>Nodes with several invocations in flight: an async one (ordered), a synchronous one, an async sink (unordered).</summary>
    public const string Concurrent = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Daedalus;

        namespace Calls;

        [Node]
        public sealed partial class Ids
        {
            [Process]
            public IEnumerable<int> Run() { yield return 1; }
        }

        [Node(MaxDegreeOfParallelism = 16)]
        public sealed partial class Fetch
        {
            [Process]
            public async Task<string> Run(int id, CancellationToken token) { await Task.Delay(1, token); return id.ToString(); }
        }

        [Node(MaxDegreeOfParallelism = 2)]
        public sealed partial class Parse
        {
            [Process]
            public (int Length, string Body) Run(string text) => (text.Length, text);
        }

        [Node(MaxDegreeOfParallelism = 4, EnsureOrdered = false)]
        public sealed partial class Store
        {
            [Process]
            public ValueTask Run(int length, string text) => ValueTask.CompletedTask;
        }

        [Graph]
        public sealed partial class Crawl
        {
            static void Define(GraphBuilder g)
            {
                var ids = g.Add(new Ids());
                var fetch = g.Add(new Fetch());
                var parse = g.Add(new Parse());
                var store = g.Add(new Store());
                g.Connect(ids.Output, fetch.Id);
                g.Connect(fetch.Output, parse.Text);
                g.Connect(parse.Length, store.Length);
                g.Connect(parse.Body, store.Text);
            }
        }
        """;

    public const string Folds = """
        using System;
        using System.Collections.Generic;
        using Daedalus;

        namespace Folds;

        [Node]
        public sealed partial class Readings
        {
            [Process]
            public IEnumerable<double> Read()
            {
                for (var i = 0; i < 250; i++) yield return i;
            }
        }

        [Node]
        public sealed partial class Total
        {
            [Process]
            public void Add(double value, ref double sum) => sum += value;
        }

        [Node]
        public sealed partial class Mean
        {
            [Process, Window(Count = 100, Milliseconds = 500)]
            public double Run(ReadOnlySpan<double> values)
            {
                var sum = 0.0;
                foreach (var value in values) sum += value;
                return sum / values.Length;
            }
        }

        [Node]
        public sealed partial class Peak
        {
            [Process, Window(Count = 10)]
            public void Add(double value, ref double max) => max = Math.Max(max, value);
        }

        [Node]
        public sealed partial class Sink<T>
        {
            public List<T> Items { get; } = [];

            [Process]
            public void Add(T item) => Items.Add(item);
        }

        [Graph]
        public sealed partial class Statistics
        {
            static void Define(GraphBuilder g)
            {
                var readings = g.Add(new Readings());
                var total = g.Add(new Total());
                var mean = g.Add(new Mean());
                var peak = g.Add(new Peak());
                var totals = g.Add(new Sink<double>());
                var means = g.Add(new Sink<double>());
                var peaks = g.Add(new Sink<double>());
                g.Connect(readings.Output, total.Value);
                g.Connect(readings.Output, mean.Values);
                g.Connect(readings.Output, peak.Value);
                g.Connect(total.Sum, totals.Item);
                g.Connect(mean.Output, means.Item);
                g.Connect(peak.Max, peaks.Item, Edge.Bounded(4));
            }
        }
        """;

    /// <summary>Node classes of every shape the node catalogue creates, and some it leaves out.</summary>
    public const string Catalog = """
        using System;
        using Daedalus;

        namespace Tuning;

        public enum Mode { Fast, Careful }

        public interface IClock { DateTime Now { get; } }

        public abstract class Measured
        {
            public string Unit { get; set; } = "m";
        }

        [Node]
        public sealed partial class Scale : Measured
        {
            public Scale(double weight, IClock clock, Mode mode = Mode.Careful, string? label = null, IFormatProvider? format = null)
            {
                Weight = weight;
                Clock = clock;
            }

            public double Weight { get; }
            public IClock Clock { get; }
            public int Factor { get; init; } = 2;
            public TimeSpan? Delay { get; set; }
            public int[] Steps = [1, 2];
            public int @class;
            [PerRun] public int Seen;
            public Func<int, int>? Map { get; set; }

            [Process]
            public int Run(int value) => value * Factor;
        }

        [Node]
        public sealed partial record Offset(int By)
        {
            [Process]
            public int Run(int value) => value + By;
        }

        [Node]
        public sealed partial class Labelled
        {
            public required string Label { get; init; }

            [Process]
            public string Run(int value) => Label + value;
        }

        public static partial class Outer
        {
            [Node]
            internal sealed partial class Inner
            {
                [Process]
                public void Run(int value) { }
            }

            [Node]
            private sealed partial class Hidden
            {
                [Process]
                public void Run(int value) { }
            }
        }

        [Node]
        public sealed partial class Box<T>
        {
            [Process]
            public T Run(T value) => value;
        }
        """;
}
