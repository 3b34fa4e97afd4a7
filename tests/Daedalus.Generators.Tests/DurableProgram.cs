using System.Reflection;
using System.Runtime.Loader;
using Daedalus.Runtime;

namespace Daedalus.Generators.Tests;

/// <summary>
/// One version of a program compiled with the generator and loaded on its own, so two versions of the same node class
/// can run side by side. Its graph: a → b → c → top, and an independent d → e → bottom.
/// </summary>
internal sealed class DurableProgram : IDisposable
{
    /// <summary>
    /// Version 1. <c>Twice</c> (node b) is the one the tests edit; <c>Offset</c> (c) and <c>Square</c> (e) are cached,
    /// so other runs may reuse their results.
    /// </summary>
    public const string Version1 = """
        using System.Collections.Generic;
        using Daedalus;
        using Daedalus.Runtime;

        namespace Edited;

        [Node]
        public sealed partial class Numbers
        {
            public int From { get; init; }

            [Process]
            public IEnumerable<long> Generate()
            {
                for (var i = 0; i < 20; i++) yield return From + i;
            }
        }

        [Node]
        public sealed partial class Twice
        {
            [Process] public long Run(long value) => value * 2;
        }

        [Node(Cached = true)]
        public sealed partial class Offset
        {
            public long By { get; init; }

            [Process] public long Run(long value) => value + By;
        }

        [Node(Cached = true)]
        public sealed partial class Square
        {
            [Process] public long Run(long value) => value * value;
        }

        [Node]
        public sealed partial class Collect
        {
            public List<long>? Into { get; init; }

            [Process] public void Take(long value) => Into!.Add(value);
        }

        public static class Program
        {
            public static RuntimeGraph Build(List<long> top, List<long> bottom)
            {
                var graph = new RuntimeGraph("body-edit");
                var a = graph.Add(new Numbers { From = 1 }, "a");
                var b = graph.Add(new Twice(), "b");
                var c = graph.Add(new Offset { By = 100 }, "c");
                graph.Connect(a.Output, b.Value);
                graph.Connect(b.Output, c.Value);
                graph.Connect(c.Output, graph.Add(new Collect { Into = top }, "top").Value);

                var d = graph.Add(new Numbers { From = 1000 }, "d");
                var e = graph.Add(new Square(), "e");
                graph.Connect(d.Output, e.Value);
                graph.Connect(e.Output, graph.Add(new Collect { Into = bottom }, "bottom").Value);
                return graph;
            }
        }
        """;

    private readonly ProgramLoadContext _context;
    private readonly Func<List<long>, List<long>, RuntimeGraph> _build;

    private DurableProgram(ProgramLoadContext context, Func<List<long>, List<long>, RuntimeGraph> build)
    {
        _context = context;
        _build = build;
    }

    /// <summary>Version 1 with <paramref name="from"/> replaced by <paramref name="to"/> (which must occur in it).</summary>
    public static string Edit(string from, string to)
    {
        Assert.Contains(from, Version1);
        return Version1.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Compiles <paramref name="source"/> with the generator, emits it and loads it in a context of its own.</summary>
    public static DurableProgram Compile(string name, string source)
    {
        var (_, output) = GeneratorHarness.Run(source);
        GeneratorHarness.AssertNoErrors(output);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new ProgramLoadContext(name);
        var program = context.LoadFromStream(image).GetType("Edited.Program", throwOnError: true)!;
        var build = program.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!;
        return new DurableProgram(context, build.CreateDelegate<Func<List<long>, List<long>, RuntimeGraph>>());
    }

    /// <summary>Builds the graph and runs it; what reached the two sinks comes back with the result.</summary>
    public (RunResult Result, ProgramOutput Output) Run(RunOptions options)
    {
        List<long> top = [], bottom = [];
        var result = _build(top, bottom).Run(options);
        return (result, new ProgramOutput(top, bottom));
    }

    public void Dispose() => _context.Unload();

    /// <summary>
    /// Loads one version of the program; Daedalus.Runtime and Daedalus.Abstractions resolve to the test's own copies,
    /// so the program's graph, options and store are the test's types.
    /// </summary>
    private sealed class ProgramLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
    {
        private static readonly Assembly[] Shared = [typeof(RuntimeGraph).Assembly, typeof(NodeAttribute).Assembly];

        protected override Assembly? Load(AssemblyName assemblyName) =>
            Shared.FirstOrDefault(shared => AssemblyName.ReferenceMatchesDefinition(assemblyName, shared.GetName()));
    }
}

/// <summary>The values that reached each sink, in order.</summary>
internal sealed record ProgramOutput(IReadOnlyList<long> Top, IReadOnlyList<long> Bottom)
{
    public bool Equals(ProgramOutput? other) => other is not null && Top.SequenceEqual(other.Top) && Bottom.SequenceEqual(other.Bottom);

    public override int GetHashCode() => HashCode.Combine(Top.Count, Bottom.Count);

    public override string ToString() => $"top [{string.Join(", ", Top)}], bottom [{string.Join(", ", Bottom)}]";
}
