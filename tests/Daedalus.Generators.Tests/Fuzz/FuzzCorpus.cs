using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Daedalus.Generators.Tests.Fuzz;

/// <summary>A program to mutate: its files (the first mutated most), whether it needs Daedalus.Shaders, and how many mutants it gets.</summary>
internal sealed record FuzzProgram(string Name, IReadOnlyList<SyntaxTree> Trees, bool WithShaders, int Mutants);

/// <summary>
/// The graph and node sources the fuzz test mutates: the samples, the runtime tests' graphs and nodes, and
/// the generator tests' sources. A folder becomes one program per graph class, with the folder's other
/// sources (nodes and the types they use): every mutant rebinds each graph's Define, so small programs are
/// what lets thousands of mutants run in a test.
/// </summary>
internal static class FuzzCorpus
{
    /// <summary>What <c>ImplicitUsings</c> gives the samples and the runtime tests.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>
    /// Mutants per program. Each mutant is a build of its own (generator and analyzer on a new compilation): about
    /// 15-25 ms of CPU for the generator tests' sources (8 programs), 30-50 ms for a sample's or a runtime test's graph
    /// (more files, global usings; about 80 programs). About 2,600 mutants in all: a minute on two cores.
    /// </summary>
    private const int SourcesMutants = 220;
    private const int GraphMutants = 10;

    public static IReadOnlyList<FuzzProgram> Programs { get; } = Load();

    private static List<FuzzProgram> Load()
    {
        var root = Path.GetFullPath(Path.Combine(ProjectDirectory.Path, "..", ".."));
        return
        [
            .. PerGraph(root, withShaders: true, "samples/Quickstart"),
            .. PerGraph(root, withShaders: false, "samples/FileStats"),
            .. PerGraph(root, withShaders: false, "samples/AccessLog"),
            .. PerGraph(root, withShaders: false, "tests/Daedalus.Tests/Graphs", "tests/Daedalus.Tests/Nodes"),
            FromSources("Sources.Checkout", withShaders: false, Sources.Nodes, Sources.Checkout),
            FromSources("Sources.GenericAndTuples", withShaders: false, Sources.GenericAndTuples),
            FromSources("Sources.Cycle", withShaders: false, Sources.Cycle),
            FromSources("Sources.AdapterShapes", withShaders: false, Sources.AdapterShapes),
            FromSources("Sources.GpuSegments", withShaders: true, Sources.GpuSegments),
            FromSources("Sources.AccessLog", withShaders: false, Sources.AccessLog),
            FromSources("Sources.Folds", withShaders: false, Sources.Folds),
            FromSources("Sources.Concurrent", withShaders: false, Sources.Concurrent),
        ];
    }

    /// <summary>
    /// One program per [Graph] class of the folders' files: the graph, the node classes it creates (in their files,
    /// with the other types there), and the files with neither nodes nor graphs (the types nodes use). Program.cs,
    /// which runs the graphs, is left out.
    /// </summary>
    private static IEnumerable<FuzzProgram> PerGraph(string root, bool withShaders, params string[] folders)
    {
        var files = folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.cs"))
            .Where(path => Path.GetFileName(path) != "Program.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), Path.GetRelativePath(root, path).Replace('\\', '/')))
            .ToList();
        var nodeFiles = files.Where(file => Classes(file, "Node").Any()).ToList();
        var shared = files.Where(file => !Classes(file, "Node").Any() && !Classes(file, "Graph").Any())
            .Append(Parse(ImplicitUsings, folders[0] + "/ImplicitUsings.cs"))
            .ToList();
        foreach (var file in files)
        {
            var graphs = Classes(file, "Graph").ToList();
            foreach (var graph in graphs)
            {
                var alone = file.GetRoot().RemoveNodes(graphs.Where(g => g != graph), SyntaxRemoveOptions.KeepNoTrivia)!;
                var created = graph.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Select(c => c.Type.ToString().Split('<')[0]).ToHashSet();
                var nodes = nodeFiles.Where(f => f != file).Select(f => WithNodes(f, created)).OfType<SyntaxTree>();
                yield return new FuzzProgram($"{file.FilePath}: {graph.Identifier.ValueText}", [Parse(alone.ToFullString(), file.FilePath), .. nodes, .. shared], withShaders, GraphMutants);
            }
        }
    }

    /// <summary><paramref name="file"/> with only the node classes named in <paramref name="used"/>; null when it has none of them.</summary>
    private static SyntaxTree? WithNodes(SyntaxTree file, HashSet<string> used)
    {
        var unused = Classes(file, "Node").Where(c => !used.Contains(c.Identifier.ValueText)).ToList();
        if (unused.Count == Classes(file, "Node").Count()) return null;
        return Parse(file.GetRoot().RemoveNodes(unused, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString(), file.FilePath);
    }

    private static IEnumerable<ClassDeclarationSyntax> Classes(SyntaxTree file, string attribute) =>
        file.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(c => c.AttributeLists.SelectMany(list => list.Attributes).Any(a => a.Name.ToString() == attribute));

    private static FuzzProgram FromSources(string name, bool withShaders, params string[] sources) =>
        new(name, sources.Select((source, i) => Parse(source, $"{name}/Source{i}.cs")).ToList(), withShaders, SourcesMutants);

    private static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path);
}
