namespace Daedalus;

/// <summary>
/// A GPU segment of a plan: GPU-placed nodes connected by edges between GPU-placed nodes. Its nodes share one
/// device and the buffers they pass each other stay on it.
/// </summary>
/// <param name="Name">The segment's name, <c>gpu0</c>, <c>gpu1</c>… in order of its first node's declaration.</param>
/// <param name="Placement"><see cref="NodePlacement.GpuRequired"/> if any node requires a GPU, else <see cref="NodePlacement.GpuPreferred"/>.</param>
/// <param name="Nodes">Its nodes' names in declaration order.</param>
public sealed record PlanSegment(string Name, NodePlacement Placement, IReadOnlyList<string> Nodes);
