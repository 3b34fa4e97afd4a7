using System.Collections.Generic;
using System.Linq;
using Daedalus.Generators.Common;
using Daedalus.Generators.Model;

namespace Daedalus.Generators.Analysis;

/// <summary>A GPU segment: GPU-placed nodes that share one device.</summary>
/// <param name="Name"><c>gpu0</c>, <c>gpu1</c>… in order of the segments' first nodes.</param>
/// <param name="Placement">GpuRequired if any node requires a GPU, else GpuPreferred.</param>
/// <param name="Nodes">Node indexes in declaration order.</param>
internal sealed record SegmentModel(string Name, PlacementModel Placement, EquatableArray<int> Nodes)
{
    /// <summary>The generated field that holds the segment's device once chosen.</summary>
    public string DeviceField => "__device_" + Name;
}

/// <summary>
/// Finds a graph's GPU segments: the maximal sets of GPU-placed nodes connected by edges whose both ends are
/// GPU-placed (direction ignored). A GPU node with no GPU neighbour is a segment of its own.
/// </summary>
internal static class Segments
{
    public static List<SegmentModel> Find(GraphModel graph)
    {
        var count = graph.Nodes.Count;
        var segmentOf = new int[count];
        for (var n = 0; n < count; n++) segmentOf[n] = -1;
        var segments = new List<SegmentModel>();
        for (var start = 0; start < count; start++)
        {
            if (!graph.Nodes[start].Node.IsGpuPlaced || segmentOf[start] >= 0) continue;
            var members = Collect(graph, start, segments.Count, segmentOf);
            members.Sort();
            var required = members.Any(n => graph.Nodes[n].Node.Placement == PlacementModel.GpuRequired);
            segments.Add(new SegmentModel("gpu" + segments.Count,
                required ? PlacementModel.GpuRequired : PlacementModel.GpuPreferred, members.ToEquatableArray()));
        }
        return segments;
    }

    /// <summary>Marks and returns every GPU node reachable from <paramref name="start"/> through GPU-to-GPU edges.</summary>
    private static List<int> Collect(GraphModel graph, int start, int segment, int[] segmentOf)
    {
        var members = new List<int>();
        var pending = new Stack<int>();
        segmentOf[start] = segment;
        pending.Push(start);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            members.Add(node);
            foreach (var edge in graph.Edges)
            {
                var other = edge.From == node ? edge.To : edge.To == node ? edge.From : -1;
                if (other < 0 || segmentOf[other] >= 0 || !graph.Nodes[other].Node.IsGpuPlaced) continue;
                segmentOf[other] = segment;
                pending.Push(other);
            }
        }
        return members;
    }
}
