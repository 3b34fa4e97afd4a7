using Microsoft.CodeAnalysis;

namespace Daedalus.Generators.Tests;

/// <summary>Every node shape gets an <c>IRuntimeNode&lt;Ports&gt;</c> adapter that compiles; without Daedalus.Runtime, none.</summary>
public sealed class AdapterTests
{
    private static readonly Lazy<GeneratorDriverRunResult> Shapes = new(() =>
    {
        var (result, output) = GeneratorHarness.Run(Sources.AdapterShapes);
        GeneratorHarness.AssertNoErrors(output);
        return result;
    });

    [Theory]
    [InlineData("Numbers", "Source")]
    [InlineData("Ticks", "Source")]
    [InlineData("Mix", "Function")]
    [InlineData("Spread", "Function")]
    [InlineData("Store", "Sink")]
    [InlineData("Merge", "Port")]
    [InlineData("Emit", "Source")]
    [InlineData("Pair`2", "Function")]
    public void Every_node_shape_implements_IRuntimeNode_with_an_adapter(string node, string kind)
    {
        var source = NodeFile(node);
        Assert.Contains("global::Daedalus.Runtime.IRuntimeNode<", source);
        Assert.Contains("global::Daedalus.Runtime.IRuntimeNode.CreateAdapter() => new __Adapter(this);", source);
        Assert.Contains(".CreatePorts(object owner) => new(owner);", source);
        Assert.Contains("private sealed class __Adapter : global::Daedalus.Runtime.NodeAdapter", source);
        Assert.Contains($"global::Daedalus.NodeKind.{kind}", source);
        Assert.Contains("public override bool TryFire(global::Daedalus.Runtime.FireContext context)", source);
    }

    [Fact]
    public void Function_node_retries_its_call_and_passes_the_runs_token()
    {
        var source = NodeFile("Mix");
        Assert.Contains("if (!_inContext.HasItem || !_inEvent.HasItem || !_in_node.HasItem) return false;", source);
        Assert.Contains("var contextItem = _inContext.Take();", source);
        Assert.Contains("var @event = _inEvent.Take();", source);
        Assert.Contains("var _nodeItem = _in_node.Take();", source);
        Assert.Contains("for (var attempt = 1; ; attempt++)", source);
        Assert.Contains("try { result = global::Daedalus.Runtime.AsyncBridge.Wait(_node.Run(contextItem, @event, _nodeItem, context.CancellationToken)); break; }", source);
        Assert.Contains("catch (global::System.Exception error) when (context.ShouldRetry(error, attempt)) { }", source);
    }

    [Fact]
    public void Tuple_node_writes_each_element_to_its_output()
    {
        var source = NodeFile("Spread");
        Assert.Contains("(int, int, string) result;", source);
        Assert.Contains("_outLow.Write(result.Item1);", source);
        Assert.Contains("_outHigh.Write(result.Item2);", source);
        Assert.Contains("_outLabel.Write(result.Item3);", source);
    }

    [Fact]
    public void Sink_with_hooks_waits_for_awaitable_calls()
    {
        var source = NodeFile("Store");
        Assert.Contains("try { global::Daedalus.Runtime.AsyncBridge.Wait(_node.Save(item)); break; }", source);
        Assert.Contains("public override bool HasLifecycleHooks => true;", source);
        Assert.Contains("Initialize(global::Daedalus.Runtime.FireContext context) => global::Daedalus.Runtime.AsyncBridge.Wait(_node.OpenAsync(context.CancellationToken));", source);
        Assert.Contains("Cleanup(global::Daedalus.Runtime.FireContext context) => _node.Close();", source);
    }

    [Fact]
    public void Sources_open_move_and_close_their_enumerators()
    {
        var sync = NodeFile("Numbers");
        Assert.Contains("_items = _node.Run(context.CancellationToken).GetEnumerator();", sync);
        Assert.Contains("if (!_items.MoveNext())", sync);
        Assert.Contains("items?.Dispose();", sync);

        var async = NodeFile("Ticks");
        Assert.Contains("_items = _node.Run(context.CancellationToken).GetAsyncEnumerator(context.CancellationToken);", async);
        Assert.Contains("if (!global::Daedalus.Runtime.AsyncBridge.Wait(_items.MoveNextAsync()))", async);
        Assert.Contains("global::Daedalus.Runtime.AsyncBridge.Wait(items.DisposeAsync());", async);
    }

    [Fact]
    public void Port_nodes_bind_their_properties_in_Open()
    {
        var merge = NodeFile("Merge");
        Assert.Contains("_node.Left.Bind(_inLeft.Sources);", merge);
        Assert.Contains("_node.Sum.Bind(_outSum.FanOut, _outSum.Targets);", merge);
        Assert.Contains("var waiting = _inLeft.Count + _inRight.Count;", merge);
        Assert.Contains("global::Daedalus.Runtime.AsyncBridge.Wait(_node.Run(context.CancellationToken));", merge);

        var emit = NodeFile("Emit");
        Assert.Contains("_fired = false;", emit);
        Assert.Contains("public override bool IsExhausted => _fired;", emit);
    }

    [Fact]
    public void Generic_node_adapter_uses_the_type_parameters()
    {
        var source = NodeFile("Pair`2");
        Assert.Contains("private readonly Pair<TKey, TValue> _node;", source);
        Assert.Contains("global::Daedalus.Runtime.AdapterOutput<global::System.Collections.Generic.KeyValuePair<TKey, TValue>> _outOutput;", source);
    }

    [Fact]
    public void Project_without_Daedalus_Runtime_gets_ports_but_no_adapters()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.CompileWithoutRuntime(Sources.AdapterShapes));
        GeneratorHarness.AssertNoErrors(output);
        var generated = result.Results.SelectMany(r => r.GeneratedSources).ToList();
        Assert.NotEmpty(generated);
        foreach (var source in generated)
        {
            var text = source.SourceText.ToString();
            Assert.Contains("public sealed class Ports", text);
            Assert.DoesNotContain("Daedalus.Runtime", text);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Graph_of_nodes_from_another_assembly_builds_a_run_time_graph_only_if_they_have_adapters(bool libraryHasRuntime)
    {
        var libraryInput = libraryHasRuntime ? GeneratorHarness.Compile(Sources.Nodes) : GeneratorHarness.CompileWithoutRuntime(Sources.Nodes);
        var (_, library) = GeneratorHarness.Run(libraryInput.WithAssemblyName("ShopNodes"));
        GeneratorHarness.AssertNoErrors(library);
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);

        const string graphSource = """
            using Daedalus;

            namespace Shop;

            [Graph]
            public sealed partial class Billing
            {
                static void Define(GraphBuilder g)
                {
                    var orders = g.Add(new Orders());
                    var tax = g.Add(new AddTax());
                    var ledger = g.Add(new Ledger());
                    g.Connect(orders.Output, tax.Amount);
                    g.Connect(tax.Output, ledger.Amount);
                }
            }
            """;
        var app = GeneratorHarness.Compile(graphSource).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var (result, output) = GeneratorHarness.Run(app);
        GeneratorHarness.AssertNoErrors(output);
        var graph = SnapshotTests.Generated(result, "Shop.Billing.Graph.g.cs");
        Assert.DoesNotContain("has errors", graph);
        if (libraryHasRuntime)
        {
            Assert.Contains("var orders = __graph.Add(this.Orders, \"orders\");", graph);
            return;
        }
        Assert.True(graph.Contains("throw new global::System.NotSupportedException(\"Node 'orders' (Shop.Orders) comes from an assembly built without Daedalus.Runtime"), graph);
    }

    [Fact]
    public void Adapters_use_no_reflection()
    {
        foreach (var source in Shapes.Value.Results.SelectMany(r => r.GeneratedSources))
        {
            Assert.DoesNotContain("System.Reflection", source.SourceText.ToString());
        }
    }

    private static string NodeFile(string hintName) => SnapshotTests.Generated(Shapes.Value, $"Adapters.{hintName}.Node.g.cs");
}
