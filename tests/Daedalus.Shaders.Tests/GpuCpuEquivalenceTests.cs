using Daedalus.Shaders;
using Daedalus.Shaders.Tests.Shaders;
using Xunit.Abstractions;

namespace Daedalus.Shaders.Tests;

/// <summary>Every test shader runs on Vulkan and on its generated CPU fallback; the results must agree.</summary>
public sealed class GpuCpuEquivalenceTests(ITestOutputHelper output)
{
    private static float[] Inputs(int n, float spread = 2f) =>
        Enumerable.Range(0, n).Select(i => (i - n / 2) * spread / n + 0.0137f * (i % 7)).ToArray();

    [Fact]
    public void Vulkan_device_is_present()
    {
        output.WriteLine($"Running on {TestDevices.Vulkan.Name}");
        Assert.Equal(DeviceKind.Vulkan, TestDevices.Vulkan.Kind);
    }

    [Fact]
    public void Buffer_math_matches()
    {
        static float[] Run(GraphicsDevice device)
        {
            var data = Inputs(1000);
            using var input = device.AllocateReadOnlyBuffer<float>(data);
            using var result = device.AllocateReadWriteBuffer<float>(data.Length);
            device.Dispatch(new ScaleAddShader(input, result, 1.5f, -0.25f), data.Length);
            return result.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        Assert.Equal(Inputs(1000)[10] * 1.5f - 0.25f, cpu[10]);
        FloatCompare.Equal(cpu, Run(TestDevices.Vulkan));
    }

    [Fact]
    public void Intrinsics_match_within_the_ulp_bound()
    {
        const int n = 257;
        static float[] Run(GraphicsDevice device)
        {
            using var input = device.AllocateReadOnlyBuffer<float>(Inputs(n));
            using var result = device.AllocateReadWriteBuffer<float>(n * IntrinsicsShader.Columns);
            device.Dispatch(new IntrinsicsShader(input, result), n);
            return result.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        var gpu = Run(TestDevices.Vulkan);
        for (var column = 0; column < IntrinsicsShader.Columns; column++)
        {
            var c = Enumerable.Range(0, n).Select(r => cpu[r * IntrinsicsShader.Columns + column]).ToArray();
            var g = Enumerable.Range(0, n).Select(r => gpu[r * IntrinsicsShader.Columns + column]).ToArray();
            output.WriteLine($"column {column}: {FloatCompare.MaxDistance(c, g)} ULPs");
        }
        FloatCompare.Equal(cpu, gpu, IntrinsicsShader.Columns,
            column => column is 20 or 21 or 22 or 23 ? FloatCompare.InverseTrigUlps : FloatCompare.MaxUlps);
    }

    [Fact]
    public void Loops_and_helper_functions_match_exactly()
    {
        static int[] Run(GraphicsDevice device)
        {
            using var steps = device.AllocateReadWriteBuffer<int>(500);
            device.Dispatch(new CollatzShader(steps, 200), 500);
            return steps.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        Assert.Equal(0 * 100 + 1 + 2 + 1, cpu[0]); // n = 1: no steps, bonus 1 + (0 + 2) + 1
        Assert.Equal(Run(TestDevices.Vulkan), cpu);
    }

    [Fact]
    public void User_structs_match()
    {
        static Particle[] Run(GraphicsDevice device)
        {
            var particles = Enumerable.Range(0, 37).Select(i => new Particle
            {
                Position = new float4(i, -i, i * 0.5f, 0), Velocity = new float2(1, i), Mass = 1 + i, Id = i,
            }).ToArray();
            using var buffer = device.AllocateReadWriteBuffer<Particle>(particles);
            device.Dispatch(new ParticleShader(buffer, 0.1f), 40); // more threads than elements: the Length check guards
            return buffer.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        var gpu = Run(TestDevices.Vulkan);
        Assert.Equal(1003, cpu[3].Id);
        Assert.Equal(cpu.Select(p => p.Id), gpu.Select(p => p.Id));
        FloatCompare.Equal(Flatten(cpu), Flatten(gpu));

        static float[] Flatten(Particle[] ps) => ps.SelectMany(p => new[] { p.Position.X, p.Position.Y, p.Position.Z, p.Position.W, p.Velocity.X, p.Velocity.Y, p.Mass }).ToArray();
    }

    [Fact]
    public void Integer_and_bit_operations_and_atomics_match_exactly()
    {
        static (uint[] Values, int[] Counters) Run(GraphicsDevice device)
        {
            var data = Enumerable.Range(0, 300).Select(i => unchecked((uint)(i * 2654435761u + 12345u))).ToArray();
            using var input = device.AllocateReadOnlyBuffer<uint>(data);
            using var values = device.AllocateReadWriteBuffer<uint>(data.Length * 4);
            using var counters = device.AllocateReadWriteBuffer<int>(5);
            device.Dispatch(new BitsShader(input, values, counters), data.Length);
            return (values.ToArray(), counters.ToArray());
        }
        var cpu = Run(TestDevices.Cpu);
        var gpu = Run(TestDevices.Vulkan);
        Assert.Equal([300, 299, -299, 0x7FFFFFFF, 42], cpu.Counters);
        Assert.Equal(cpu.Counters, gpu.Counters);
        Assert.Equal(cpu.Values, gpu.Values);
    }

    [Fact]
    public void Constant_buffers_and_value_fields_match()
    {
        static float4[] Run(GraphicsDevice device)
        {
            var weights = Enumerable.Range(0, 10).Select(i => new float4(i, i * 0.5f, -i, 1)).ToArray();
            using var w = device.AllocateConstantBuffer<float4>(weights);
            using var table = device.AllocateConstantBuffer<int>([3, 1, 4, 1, 5, 9, 2]);
            using var result = device.AllocateReadWriteBuffer<float4>(12 * 9);
            device.Dispatch(new ConstantsShader(w, table, result, 2.5f, new int3(10, 20, 30), true, new float2(0.125f, -7f)), 12, 9);
            return result.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        var gpu = Run(TestDevices.Vulkan);
        // index 1: weight (1, .5, -1, 1) * 2.5 + (table[21 % 7 = 0] = 3) + 40, flag adds 0.125 to X.
        Assert.Equal(new float4(2.5f + 43 + 0.125f, 1.25f + 43, -2.5f + 43, -7f + 16 + 1), cpu[1]);
        Assert.Equal(cpu, gpu);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 4, 4)]
    [InlineData(5, 7, 9)]
    [InlineData(17, 3, 2)]
    public void Three_dimensional_dispatch_matches(int x, int y, int z)
    {
        int4[] Run(GraphicsDevice device)
        {
            using var result = device.AllocateReadWriteBuffer<int4>(x * y * z);
            device.Dispatch(new Ids3DShader(result), x, y, z);
            return result.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        Assert.Equal(new int4(x - 1, y - 1, z - 1, 0), cpu[^1] with { W = 0 });
        Assert.Equal(cpu, Run(TestDevices.Vulkan));
    }

    [Theory]
    [InlineData(16, 8)]
    [InlineData(33, 17)]
    public void Two_dimensional_dispatch_matches(int x, int y)
    {
        int4[] Run(GraphicsDevice device)
        {
            using var result = device.AllocateReadWriteBuffer<int4>(x * y);
            device.Dispatch(new Ids2DShader(result), x, y);
            return result.ToArray();
        }
        Assert.Equal(Run(TestDevices.Cpu), Run(TestDevices.Vulkan));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(1000)]
    public void One_dimensional_dispatch_with_group_sizes_1_and_256_matches(int n)
    {
        int[] Run(GraphicsDevice device, bool large)
        {
            using var result = device.AllocateReadWriteBuffer<int>(n);
            if (large) device.Dispatch(new Ids1D256Shader(result), n);
            else device.Dispatch(new Ids1D1Shader(result), n);
            return result.ToArray();
        }
        Assert.Equal(Run(TestDevices.Cpu, true), Run(TestDevices.Vulkan, true));
        Assert.Equal(Run(TestDevices.Cpu, false), Run(TestDevices.Vulkan, false));
        Assert.Equal(Enumerable.Range(0, n).Select(i => i * 3), Run(TestDevices.Cpu, false));
    }

    [Fact]
    public void A_segment_of_two_shaders_keeps_buffers_resident_and_matches()
    {
        static float[] Run(GraphicsDevice device)
        {
            var data = Inputs(777, 10f);
            using var source = device.AllocateReadOnlyBuffer<float>(data);
            using var target = device.AllocateReadWriteBuffer<float>(data.Length);
            device.BeginBatch()
                .Dispatch(new BlurShader(source, target), data.Length)
                .Dispatch(new SquareInPlaceShader(target), data.Length)
                .Submit();
            return target.ToArray();
        }
        var cpu = Run(TestDevices.Cpu);
        var expected = (Inputs(777, 10f)[4] + 2 * Inputs(777, 10f)[5] + Inputs(777, 10f)[6]) * 0.25f;
        Assert.Equal(expected * expected, cpu[5]);
        FloatCompare.Equal(cpu, Run(TestDevices.Vulkan));
    }
}
