using Daedalus.Generators.Common;

namespace Daedalus.Generators.Shaders;

/// <summary>
/// The CPU fallback: the thread groups are cut into a few contiguous ranges (four per core) spread over the
/// thread pool; each range runs its groups in order on one CPU thread, and the threads of a group in order,
/// calling the shader's own Execute. Per range, not per group, so the pool's per-item cost and the
/// thread-static lookup are paid a few times per dispatch; the shader is copied to a local so its buffer
/// fields stay in registers. No per-thread allocation or delegate; the group size is a constant so the
/// JIT can unroll the inner loops. Per simulated thread the loop stores one id component into the context
/// (X; Y per row, Z per slice, the group id per group): <c>CpuThreadContext</c> derives the ids inside the
/// group when they are read.
/// </summary>
internal static class CpuFallbackEmitter
{
    private const string Context = "global::Daedalus.Shaders.Cpu.CpuThreadContext";
    private const string Int3 = "global::Daedalus.Shaders.int3";

    public static void Emit(CodeWriter w, ShaderModel model, string self)
    {
        var gx = ShaderSourceEmitter.I(model.GroupX);
        var gy = ShaderSourceEmitter.I(model.GroupY);
        var gz = ShaderSourceEmitter.I(model.GroupZ);
        using (w.Block($"static void {self}.RunOnCpu(in {model.Name} shader, int x, int y, int z)"))
        {
            w.Line($"int groupsX = (x + {gx} - 1) / {gx}, groupsY = (y + {gy} - 1) / {gy}, groupsZ = (z + {gz} - 1) / {gz};");
            w.Line("int groups = groupsX * groupsY * groupsZ;");
            w.Line("int ranges = global::System.Math.Min(groups, global::System.Environment.ProcessorCount * 4);");
            using (w.Block("if (ranges == 1)"))
            {
                w.Line("__DaedalusRunGroups(in shader, 0, groups, groupsX, groupsY, x, y, z);");
                w.Line("return;");
            }
            w.Line($"var copy = shader;");
            w.Line("global::System.Threading.Tasks.Parallel.For(0, ranges, range => __DaedalusRunGroups(in copy,");
            w.Line("    (int)((long)groups * range / ranges), (int)((long)groups * (range + 1) / ranges), groupsX, groupsY, x, y, z));");
        }
        w.Line();
        using (w.Block($"private static void __DaedalusRunGroups(in {model.Name} shader, int first, int end, int groupsX, int groupsY, int x, int y, int z)"))
        {
            w.Line("var local = shader;");
            w.Line($"ref var context = ref {Context}.Current;");
            w.Line($"context.GroupSize = new {Int3}({gx}, {gy}, {gz});");
            w.Line($"context.DispatchSize = new {Int3}(x, y, z);");
            w.Line("int groupX = first % groupsX, groupY = first / groupsX % groupsY, groupZ = first / groupsX / groupsY;");
            using (w.Block("for (int group = first; group < end; group++)"))
            {
                w.Line($"context.GroupId = new {Int3}(groupX, groupY, groupZ);");
                using (w.Block(ThreadLoop("z", gz, "groupZ")))
                {
                    w.Line("context.ThreadId.Z = iz;");
                    using (w.Block(ThreadLoop("y", gy, "groupY")))
                    {
                        w.Line("context.ThreadId.Y = iy;");
                        using (w.Block(ThreadLoop("x", gx, "groupX")))
                        {
                            w.Line("context.ThreadId.X = ix;");
                            w.Line("local.Execute();");
                        }
                    }
                }
                w.Line("// The next group: X fastest, then Y, then Z.");
                using (w.Block("if (++groupX == groupsX)"))
                {
                    w.Line("groupX = 0;");
                    using (w.Block("if (++groupY == groupsY)"))
                    {
                        w.Line("groupY = 0;");
                        w.Line("groupZ++;");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The threads of the group along one axis, stopping at the dispatch size (threads past it never run);
    /// the end is computed so that it cannot overflow near <c>int.MaxValue</c>.
    /// </summary>
    private static string ThreadLoop(string axis, string groupSize, string groupId) =>
        $"for (int i{axis} = {groupId} * {groupSize}, end{axis.ToUpperInvariant()} = i{axis} + global::System.Math.Min({groupSize}, {axis} - i{axis}); i{axis} < end{axis.ToUpperInvariant()}; i{axis}++)";
}
