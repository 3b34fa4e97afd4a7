using BenchmarkDotNet.Attributes;
using Daedalus.Shaders;

namespace Daedalus.Benchmarks;

/// <summary>
/// Shader, 1D: y[i] = a * x[i] + y[i] in place over N floats (<see cref="SaxpyShader"/>). Baseline: a
/// hand-written <c>Parallel.For</c> over chunks. Contenders: the shader's generated CPU fallback on the CPU
/// device, and the Vulkan device (dispatch + read-back of y; the buffers stay resident between operations).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("7 Shader SAXPY")]
public class SaxpyBenchmarks
{
    private const float A = 1.5f;
    private readonly int _count = Sizes.Saxpy;
    private float[] _x = null!;
    private float[] _y = null!;
    private float[] _initialY = null!;
    private float[] _expected = null!;
    private ReadOnlyBuffer<float> _cpuX = null!;
    private ReadWriteBuffer<float> _cpuY = null!;
    private GraphicsDevice? _vulkan;
    private ReadOnlyBuffer<float>? _gpuX;
    private ReadWriteBuffer<float>? _gpuY;
    private float[] _readBack = null!;

    public static long ItemsPerOperation => Sizes.Saxpy;

    [GlobalSetup(Targets = [nameof(HandParallelFor), nameof(HandOverBufferIndexers), nameof(CpuFallback)])]
    public void Setup()
    {
        _x = ShaderSupport.Inputs(_count, seed: 1);
        _initialY = ShaderSupport.Inputs(_count, seed: 2);
        _y = _initialY.ToArray();
        _cpuX = GraphicsDevice.Cpu.AllocateReadOnlyBuffer<float>(_x);
        _cpuY = GraphicsDevice.Cpu.AllocateReadWriteBuffer<float>(_y);
        _readBack = new float[_count];
        _expected = RunOnce(() => { HandParallelFor(); return _y; });
        var worst = ShaderSupport.Check(nameof(CpuFallback), _expected, RunOnce(() => { CpuFallback(); return _cpuY.ToArray(); }));
        Console.WriteLine($"// SAXPY: CPU fallback vs hand loop, largest difference {worst} ULPs (bound {ShaderSupport.MaxUlps})");
        ShaderSupport.Check(nameof(HandOverBufferIndexers), _expected, RunOnce(() => { HandOverBufferIndexers(); return _cpuY.ToArray(); }));
    }

    [GlobalSetup(Target = nameof(Vulkan))]
    public void SetupVulkan()
    {
        Setup();
        _vulkan = ShaderSupport.OpenVulkan();
        Console.WriteLine($"// SAXPY: the Vulkan case runs on {_vulkan.Name}");
        _gpuX = _vulkan.AllocateReadOnlyBuffer<float>(_x);
        _gpuY = _vulkan.AllocateReadWriteBuffer<float>(_y);
        var worst = ShaderSupport.Check(nameof(Vulkan), _expected, RunOnce(Vulkan));
        Console.WriteLine($"// SAXPY: Vulkan vs hand loop, largest difference {worst} ULPs (bound {ShaderSupport.MaxUlps})");
    }

    /// <summary>One operation from the initial y; returns a copy of its result and puts the initial y back.</summary>
    private float[] RunOnce(Func<float[]> operation)
    {
        ResetY();
        var result = operation().ToArray();
        ResetY();
        return result;
    }

    private void ResetY()
    {
        _initialY.CopyTo(_y, 0);
        _cpuY.CopyFrom(_initialY);
        _gpuY?.CopyFrom(_initialY);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cpuX.Dispose();
        _cpuY.Dispose();
        _gpuX?.Dispose();
        _gpuY?.Dispose();
        _vulkan?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "SAXPY: hand Parallel.For (4 chunks/core)")]
    public void HandParallelFor()
    {
        var chunks = ShaderSupport.Chunks(_count);
        Parallel.For(0, chunks, chunk =>
        {
            var start = (int)((long)_count * chunk / chunks);
            var end = (int)((long)_count * (chunk + 1) / chunks);
            var x = _x.AsSpan(start, end - start);
            var y = _y.AsSpan(start, end - start);
            for (var i = 0; i < y.Length; i++) y[i] = A * x[i] + y[i];
        });
    }

    /// <summary>Not a contender: the hand loop reading and writing through the same buffer indexers the
    /// shader uses, to separate the cost of the indexers from the cost of the fallback's dispatch loop.</summary>
    [Benchmark(Description = "(reference) hand Parallel.For over the buffer indexers")]
    public void HandOverBufferIndexers()
    {
        var chunks = ShaderSupport.Chunks(_count);
        Parallel.For(0, chunks, chunk =>
        {
            ReadOnlyBuffer<float> x = _cpuX;
            ReadWriteBuffer<float> y = _cpuY;
            var end = (int)((long)_count * (chunk + 1) / chunks);
            for (var i = (int)((long)_count * chunk / chunks); i < end; i++) y[i] = A * x[i] + y[i];
        });
    }

    [Benchmark(Description = "SAXPY: shader, generated CPU fallback")]
    public void CpuFallback() => GraphicsDevice.Cpu.Dispatch(new SaxpyShader(_cpuX, _cpuY, A), _count);

    [Benchmark(Description = "SAXPY: shader, Vulkan dispatch + read-back")]
    [VulkanCase]
    public float[] Vulkan()
    {
        _vulkan!.Dispatch(new SaxpyShader(_gpuX!, _gpuY!, A), _count);
        _gpuY!.CopyTo(_readBack);
        return _readBack;
    }

    public static string Probe_CpuFallback() => "ran on " + GraphicsDevice.Cpu.Name;

    public static string Probe_Vulkan() => ShaderSupport.VulkanUnavailable is null ? ShaderSupport.VulkanDeviceLabel : "skipped: no Vulkan device";
}
