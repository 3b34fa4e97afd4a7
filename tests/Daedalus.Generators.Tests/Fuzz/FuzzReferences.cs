using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Daedalus.Generators.Tests.Fuzz;

/// <summary>
/// What the fuzzed programs compile against: the Daedalus libraries and the framework assemblies they reference,
/// transitively, plus the few the samples use directly. A mutant is a new compilation, and each one merges the
/// namespaces of every reference again (global usings make that visible): the test host's two hundred assemblies
/// would cost more than the generator and the analyzer together.
/// </summary>
internal static class FuzzReferences
{
    private static readonly ImmutableArray<MetadataReference> Without = Closure(
        typeof(GraphBuilder).Assembly, typeof(Runtime.FifoQueue<>).Assembly,
        typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(HttpClient).Assembly, typeof(Console).Assembly,
        typeof(System.Text.Json.JsonSerializer).Assembly);

    private static readonly ImmutableArray<MetadataReference> With = Closure(
        typeof(GraphBuilder).Assembly, typeof(Runtime.FifoQueue<>).Assembly, typeof(Daedalus.Shaders.GraphicsDevice).Assembly,
        typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(HttpClient).Assembly, typeof(Console).Assembly,
        typeof(System.Text.Json.JsonSerializer).Assembly);

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, bool withShaders) =>
        CSharpCompilation.Create(
            "Fuzzed",
            trees,
            withShaders ? With : Without,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static ImmutableArray<MetadataReference> Closure(params Assembly[] roots)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>(roots);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) || !seen.TryAdd(assembly.GetName().Name!, assembly.Location)) continue;
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (!seen.ContainsKey(name.Name!)) pending.Push(Assembly.Load(name));
            }
        }
        return [.. seen.Values.Order(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
