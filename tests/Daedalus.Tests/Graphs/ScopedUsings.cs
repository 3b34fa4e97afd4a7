// Using directives inside namespaces, as some code styles require: the generated half of the graph must resolve
// them exactly as this file does. The other half of the partial class (SplitDefinition.cs) has none of them.
namespace Daedalus.Tests.Graphs.Scoped
{
    using Daedalus;
    using Nodes;

    public static class Settings
    {
        public const int Factor = 5;
        public const int Last = 4;
    }

    namespace Inner
    {
        using Counting = Nodes.Range;
        using static Settings;

        public sealed partial class ScopedUsings
        {
            static void Define(GraphBuilder g)
            {
                var source = g.Add(new Counting { From = 1, To = Last });
                var scale = g.Add(new Scale { Factor = Factor + Settings.Factor });
                var sink = g.Add(new Collect<int>());
                g.Connect(source.Output, scale.Value);
                g.Connect(scale.Output, sink.Item);
            }
        }
    }
}
