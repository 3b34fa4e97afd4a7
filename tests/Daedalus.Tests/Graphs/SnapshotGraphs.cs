using Daedalus;
using Daedalus.Tests.Nodes;
using Range = Daedalus.Tests.Nodes.Range;

namespace Daedalus.Tests.Graphs;

/// <summary>range →[bounded 16] running tally →[bounded 2] tally sink, both stateful: the snapshot test's pipeline.</summary>
[Graph]
public sealed partial class Tallying
{
    static void Define(GraphBuilder g)
    {
        var source = g.Add(new Range { From = 1, To = 2000 });
        var tally = g.Add(new RunningTally());
        var sink = g.Add(new TallySink());
        g.Connect(source.Output, tally.Value, Edge.Bounded(16));
        g.Connect(tally.Output, sink.Tally, Edge.Bounded(2));
    }
}
