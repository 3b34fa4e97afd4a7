using Daedalus.Generators.Common;

namespace Daedalus.Generators.Shaders;

/// <summary>
/// The CPU fallback: thread groups spread over the thread pool, the threads of one group run in order on
/// one CPU thread calling the shader's own Execute. No per-thread allocation or delegate; the group size
/// is a constant so the JIT can unroll the inner loops.
/// </summary>
internal static class CpuFallbackEmitter
{
    private const string Context = "global::Daedalus.Shaders.Cpu.CpuThreadContext";

    public static void Emit(CodeWriter w, ShaderModel model, string self)
    {
        var gx = ShaderSourceEmitter.I(model.GroupX);
        var gy = ShaderSourceEmitter.I(model.GroupY);
        var gz = ShaderSourceEmitter.I(model.GroupZ);
        using (w.Block($"static void {self}.RunOnCpu(in {model.Name} shader, int x, int y, int z)"))
        {
            w.Line($"int groupsX = (x + {gx} - 1) / {gx}, groupsY = (y + {gy} - 1) / {gy}, groupsZ = (z + {gz} - 1) / {gz};");
            w.Line("int groups = groupsX * groupsY * groupsZ;");
            using (w.Block("if (groups == 1)"))
            {
                w.Line("__DaedalusRunGroup(in shader, 0, 0, 0, x, y, z);");
                w.Line("return;");
            }
            w.Line($"var copy = shader;");
            w.Line("global::System.Threading.Tasks.Parallel.For(0, groups, group =>");
            w.Line("{");
            w.Indent();
            w.Line("int rest = group / groupsX;");
            w.Line("__DaedalusRunGroup(in copy, group % groupsX, rest % groupsY, rest / groupsY, x, y, z);");
            w.Outdent();
            w.Line("});");
        }
        w.Line();
        using (w.Block($"private static void __DaedalusRunGroup(in {model.Name} shader, int groupX, int groupY, int groupZ, int x, int y, int z)"))
        {
            w.Line($"ref var context = ref {Context}.Current;");
            w.Line("context.GroupId = new global::Daedalus.Shaders.int3(groupX, groupY, groupZ);");
            w.Line($"context.GroupSize = new global::Daedalus.Shaders.int3({gx}, {gy}, {gz});");
            w.Line("context.DispatchSize = new global::Daedalus.Shaders.int3(x, y, z);");
            using (w.Block($"for (int tz = 0, iz = groupZ * {gz}; tz < {gz} && iz < z; tz++, iz++)"))
            using (w.Block($"for (int ty = 0, iy = groupY * {gy}; ty < {gy} && iy < y; ty++, iy++)"))
            using (w.Block($"for (int tx = 0, ix = groupX * {gx}; tx < {gx} && ix < x; tx++, ix++)"))
            {
                w.Line("context.ThreadId = new global::Daedalus.Shaders.int3(ix, iy, iz);");
                w.Line("context.GroupThreadId = new global::Daedalus.Shaders.int3(tx, ty, tz);");
                w.Line($"context.GroupIndex = tx + {gx} * (ty + {gy} * tz);");
                w.Line("shader.Execute();");
            }
        }
    }
}
