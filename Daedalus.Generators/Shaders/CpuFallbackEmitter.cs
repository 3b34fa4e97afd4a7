using Daedalus.Generators.Common;

namespace Daedalus.Generators.Shaders;

/// <summary>
/// The CPU fallback: the thread groups are cut into a few contiguous ranges (four per core) spread over the
/// thread pool; each range runs its groups in order on one CPU thread, and the threads of a group in order,
/// calling the shader's own Execute. Per range, not per group, so the pool's per-item cost and the
/// thread-static lookup are paid a few times per dispatch; the shader is copied to a local so its buffer
/// fields stay in registers. No per-thread allocation or delegate; the group size is a constant so the
/// JIT can unroll the inner loops.
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
            using (w.Block("for (int group = first; group < end; group++)"))
            {
                w.Line("int rest = group / groupsX;");
                w.Line("int groupX = group % groupsX, groupY = rest % groupsY, groupZ = rest / groupsY;");
                w.Line($"context.GroupId = new {Int3}(groupX, groupY, groupZ);");
                using (w.Block($"for (int tz = 0, iz = groupZ * {gz}; tz < {gz} && iz < z; tz++, iz++)"))
                using (w.Block($"for (int ty = 0, iy = groupY * {gy}; ty < {gy} && iy < y; ty++, iy++)"))
                using (w.Block($"for (int tx = 0, ix = groupX * {gx}; tx < {gx} && ix < x; tx++, ix++)"))
                {
                    w.Line($"context.ThreadId = new {Int3}(ix, iy, iz);");
                    w.Line($"context.GroupThreadId = new {Int3}(tx, ty, tz);");
                    w.Line($"context.GroupIndex = tx + {gx} * (ty + {gy} * tz);");
                    w.Line("local.Execute();");
                }
            }
        }
    }
}
