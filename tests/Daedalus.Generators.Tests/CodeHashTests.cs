using System.Text.RegularExpressions;
using Daedalus.Runtime;
using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Tests;

/// <summary>
/// The adapter's <c>CodeHash</c>: a hash of the node's own tokens, so comments and layout leave it alone and any code
/// edit changes it; and <c>IsCached</c> from <c>[Node(Cached = true)]</c>.
/// </summary>
public sealed partial class CodeHashTests
{
    private const string Scale = """
        using Daedalus;

        namespace Tests;

        [Node]
        public sealed partial class Scale
        {
            public int Factor { get; set; } = 2;

            [Process] public int Run(int value) => value * Factor;
        }
        """;

    [Fact]
    public void Hash_is_32_lower_case_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{32}$", HashOf("Tests.Scale", Scale));
    }

    [Fact]
    public void Comments_whitespace_and_line_endings_leave_the_hash_alone()
    {
        const string reformatted = """
            using Daedalus;

            namespace Tests;

            /// <summary>Multiplies.</summary>
            [Node]
            public sealed partial class Scale
            {
                // How much.
                public int Factor { get;   set; }
                    = 2;

                #region Process
                /* the one method */ [Process]
                public int Run(int value)
                    => value * Factor;
                #endregion
            }
            """;

        var original = HashOf("Tests.Scale", Scale);
        Assert.Equal(original, HashOf("Tests.Scale", reformatted));
        Assert.Equal(original, HashOf("Tests.Scale", Scale.ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public void Editing_the_body_changes_the_hash()
    {
        Assert.NotEqual(HashOf("Tests.Scale", Scale), HashOf("Tests.Scale", Edit(Scale, "value * Factor", "value * Factor + 1")));
    }

    [Fact]
    public void Changing_a_configuration_default_changes_the_hash()
    {
        Assert.NotEqual(HashOf("Tests.Scale", Scale), HashOf("Tests.Scale", Edit(Scale, "= 2;", "= 3;")));
    }

    [Fact]
    public void Editing_a_base_class_in_the_project_changes_the_hash()
    {
        const string derived = """
            using Daedalus;

            namespace Tests;

            public abstract class Scaler
            {
                protected int Apply(int value) => value * 2;
            }

            [Node]
            public sealed partial class Scale : Scaler
            {
                [Process] public int Run(int value) => Apply(value);
            }
            """;

        Assert.NotEqual(HashOf("Tests.Scale", derived), HashOf("Tests.Scale", Edit(derived, "value * 2", "value * 3")));
    }

    [Fact]
    public void Partial_declarations_in_two_files_hash_alike_in_either_order()
    {
        const string first = """
            using Daedalus;

            namespace Tests;

            [Node]
            public sealed partial class Scale
            {
                [Process] public int Run(int value) => value * Factor;
            }
            """;
        const string second = """
            namespace Tests;

            public sealed partial class Scale
            {
                public int Factor { get; set; } = 2;
            }
            """;

        var forward = HashOf("Tests.Scale", first, second);
        Assert.Equal(forward, HashOf("Tests.Scale", second, first));
        Assert.NotEqual(forward, HashOf("Tests.Scale", first, Edit(second, "= 2;", "= 3;")));
    }

    [Fact]
    public void Two_node_classes_have_different_hashes()
    {
        var both = Scale + """

            [Node]
            public sealed partial class Twice
            {
                public int Factor { get; set; } = 2;

                [Process] public int Run(int value) => value * Factor;
            }
            """;
        var (result, _) = Generate(both);

        Assert.NotEqual(HashIn(result, "Tests.Scale"), HashIn(result, "Tests.Twice"));
    }

    [Theory]
    [InlineData("Cached = true")]
    [InlineData("Cached = true, MaxDegreeOfParallelism = 2")]
    [InlineData("MaxDegreeOfParallelism = 2, Cached = true, EnsureOrdered = false")]
    public void Cached_nodes_say_so_whatever_the_order_of_named_arguments(string arguments)
    {
        var (result, _) = Generate(Edit(Scale, "[Node]", $"[Node({arguments})]"));
        var node = NodeFile(result, "Tests.Scale");

        Assert.Contains("public override bool IsCached => true;", node);
        // Next to the other simple overrides, after the code hash.
        Assert.Matches(@"Outputs => _allOutputs;\r?\n\r?\n\s*public override string\? CodeHash => ""[0-9a-f]{32}"";\r?\n\r?\n\s*public override bool IsCached => true;", node);
    }

    [Theory]
    [InlineData("[Node]")]
    [InlineData("[Node(Cached = false)]")]
    public void Nodes_are_not_cached_unless_they_ask(string attribute)
    {
        var (result, _) = Generate(Edit(Scale, "[Node]", attribute));

        Assert.DoesNotContain("IsCached", NodeFile(result, "Tests.Scale"));
    }

    [Fact]
    public void Generic_node_hashes_its_declaration_with_each_closed_types_arguments()
    {
        const string box = """
            using System.Collections.Generic;
            using Daedalus;

            namespace Tests;

            [Node(Cached = true)]
            public sealed partial class Box<T>
            {
                [Process] public List<T> Run(T value) => [value];
            }
            """;
        var (result, output) = Generate(box);
        Assert.Contains("public override string? CodeHash => _codeHash;", NodeFile(result, "Tests.Box`1"));

        var assembly = Load(output);
        var ofInt = AdapterOf(assembly, "Tests.Box`1", typeof(int));
        var ofString = AdapterOf(assembly, "Tests.Box`1", typeof(string));

        Assert.Matches("^[0-9a-f]{32}$", ofInt.CodeHash);
        Assert.Matches("^[0-9a-f]{32}$", ofString.CodeHash);
        Assert.NotEqual(ofInt.CodeHash, ofString.CodeHash);
        Assert.Equal(ofInt.CodeHash, AdapterOf(assembly, "Tests.Box`1", typeof(int)).CodeHash);
        Assert.True(ofInt.IsCached);

        var edited = Load(Generate(Edit(box, "[value]", "[value, value]")).Output);
        Assert.NotEqual(ofInt.CodeHash, AdapterOf(edited, "Tests.Box`1", typeof(int)).CodeHash);
    }

    [Fact]
    public void A_non_generic_adapter_reports_the_generated_hash_at_run_time()
    {
        var (result, output) = Generate(Scale);
        var adapter = AdapterOf(Load(output), "Tests.Scale");

        Assert.Equal(HashIn(result, "Tests.Scale"), adapter.CodeHash);
        Assert.False(adapter.IsCached);
    }

    private static string HashOf(string node, params string[] sources) => HashIn(Generate(sources).Result, node);

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(params string[] sources)
    {
        var (result, output) = GeneratorHarness.Run(sources);
        GeneratorHarness.AssertNoErrors(output);
        return (result, output);
    }

    private static string NodeFile(GeneratorDriverRunResult result, string node) => SnapshotTests.Generated(result, node + ".Node.g.cs");

    private static string HashIn(GeneratorDriverRunResult result, string node)
    {
        var match = LiteralHash().Match(NodeFile(result, node));
        Assert.True(match.Success, $"{node} has no CodeHash literal");
        return match.Groups[1].Value;
    }

    private static string Edit(string source, string from, string to)
    {
        Assert.Contains(from, source);
        return source.Replace(from, to, StringComparison.Ordinal);
    }

    private static System.Reflection.Assembly Load(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return System.Reflection.Assembly.Load(image.ToArray());
    }

    private static NodeAdapter AdapterOf(System.Reflection.Assembly assembly, string type, params Type[] arguments)
    {
        var node = assembly.GetType(type, throwOnError: true)!;
        if (arguments.Length > 0) node = node.MakeGenericType(arguments);
        return ((IRuntimeNode)Activator.CreateInstance(node)!).CreateAdapter();
    }

    [GeneratedRegex(@"public override string\? CodeHash => ""([0-9a-f]{32})"";")]
    private static partial Regex LiteralHash();
}
