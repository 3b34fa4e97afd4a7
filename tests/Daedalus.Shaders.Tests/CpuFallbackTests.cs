using Daedalus.Shaders;
using Daedalus.Shaders.Tests.Shaders;

namespace Daedalus.Shaders.Tests;

/// <summary>
/// The CPU fallback stores only the thread id per simulated thread and steps the group id from group to group;
/// the ids inside the group are derived when read. These check every id against the HLSL definitions directly,
/// for dispatches whose ranges start mid-row and mid-slice and whose last groups are partly outside the dispatch.
/// </summary>
public sealed class CpuFallbackTests
{
    [Theory]
    [InlineData(37, 11, 9)]
    [InlineData(4, 4, 64)]
    [InlineData(1, 1, 1)]
    public void Every_thread_sees_its_own_ids(int x, int y, int z)
    {
        using var result = TestDevices.Cpu.AllocateReadWriteBuffer<int4>(x * y * z);
        TestDevices.Cpu.Dispatch(new Ids3DShader(result), x, y, z);
        var ids = result.ToArray();

        for (var iz = 0; iz < z; iz++)
        for (var iy = 0; iy < y; iy++)
        for (var ix = 0; ix < x; ix++)
        {
            // Ids3DShader: groups of 4 × 4 × 4; W = GroupIndex + 1000 X + 100 Y + 10 Z of the id inside the group.
            int gx = ix % 4, gy = iy % 4, gz = iz % 4;
            var expected = new int4(ix, iy, iz, gx + 4 * (gy + 4 * gz) + 1000 * gx + 100 * gy + 10 * gz);
            Assert.Equal(expected, ids[(iz * y + iy) * x + ix]);
        }
    }

    [Fact]
    public void Threads_past_the_dispatch_size_never_run()
    {
        // 100 threads in groups of 64: the second group has 28 threads that must not run.
        using var result = TestDevices.Cpu.AllocateReadWriteBuffer<float>(128);
        result.CopyFrom(Enumerable.Repeat(3f, 128).ToArray());
        TestDevices.Cpu.Dispatch(new SquareInPlaceShader(result), 100);
        var values = result.ToArray();
        Assert.All(values[..100], v => Assert.Equal(9f, v));
        Assert.All(values[100..], v => Assert.Equal(3f, v));
    }
}
