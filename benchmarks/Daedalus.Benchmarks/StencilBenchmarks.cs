using BenchmarkDotNet.Attributes;
using Daedalus.Shaders;

namespace Daedalus.Benchmarks;

/// <summary>
/// Shader, 2D: a 5-point stencil over a side × side grid of floats, source to target
/// (<see cref="StencilShader"/>). Baseline: a hand-written <c>Parallel.For</c> over bands of rows.
/// Contenders: the generated CPU fallback, and Vulkan (dispatch + read-back of the target grid).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("8 Shader stencil")]
public class StencilBenchmarks
{
    private readonly int _side = Sizes.StencilSide;
    private float[] _source = null!;
    private float[] _target = null!;
    private float[] _expected = null!;
    private ReadOnlyBuffer<float> _cpuSource = null!;
    private ReadWriteBuffer<float> _cpuTarget = null!;
    private GraphicsDevice? _vulkan;
    private ReadOnlyBuffer<float>? _gpuSource;
    private ReadWriteBuffer<float>? _gpuTarget;
    private float[] _readBack = null!;

    public static long ItemsPerOperation => (long)Sizes.StencilSide * Sizes.StencilSide;

    [GlobalSetup(Targets = [nameof(HandParallelFor), nameof(CpuFallback)])]
    public void Setup()
    {
        var cells = _side * _side;
        _source = ShaderSupport.Inputs(cells, seed: 3);
        _target = new float[cells];
        _readBack = new float[cells];
        _cpuSource = GraphicsDevice.Cpu.AllocateReadOnlyBuffer<float>(_source);
        _cpuTarget = GraphicsDevice.Cpu.AllocateReadWriteBuffer<float>(cells);
        HandParallelFor();
        _expected = _target.ToArray();
        CpuFallback();
        var worst = ShaderSupport.Check(nameof(CpuFallback), _expected, _cpuTarget.ToArray());
        Console.WriteLine($"// Stencil: CPU fallback vs hand loop, largest difference {worst} ULPs (bound {ShaderSupport.MaxUlps})");
    }

    [GlobalSetup(Target = nameof(Vulkan))]
    public void SetupVulkan()
    {
        Setup();
        _vulkan = ShaderSupport.OpenVulkan();
        Console.WriteLine($"// Stencil: the Vulkan case runs on {_vulkan.Name}");
        _gpuSource = _vulkan.AllocateReadOnlyBuffer<float>(_source);
        _gpuTarget = _vulkan.AllocateReadWriteBuffer<float>(_source.Length);
        var worst = ShaderSupport.Check(nameof(Vulkan), _expected, Vulkan());
        Console.WriteLine($"// Stencil: Vulkan vs hand loop, largest difference {worst} ULPs (bound {ShaderSupport.MaxUlps})");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cpuSource.Dispose();
        _cpuTarget.Dispose();
        _gpuSource?.Dispose();
        _gpuTarget?.Dispose();
        _vulkan?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Stencil: hand Parallel.For (row bands, 4/core)")]
    public void HandParallelFor()
    {
        var side = _side;
        var chunks = ShaderSupport.Chunks(side);
        Parallel.For(0, chunks, chunk =>
        {
            var first = side * chunk / chunks;
            var end = side * (chunk + 1) / chunks;
            for (var y = first; y < end; y++) Row(_source, _target, side, y);
        });
    }

    /// <summary>One row of the stencil: the same arithmetic, in the same order, as the shader.</summary>
    private static void Row(float[] source, float[] target, int side, int y)
    {
        var row = y * side;
        if (y == 0 || y == side - 1)
        {
            Array.Copy(source, row, target, row, side);
            return;
        }
        var above = source.AsSpan(row - side, side);
        var here = source.AsSpan(row, side);
        var below = source.AsSpan(row + side, side);
        var output = target.AsSpan(row, side);
        output[0] = here[0];
        for (var x = 1; x < side - 1; x++)
            output[x] = (here[x] + here[x - 1] + here[x + 1] + above[x] + below[x]) * 0.2f;
        output[side - 1] = here[side - 1];
    }

    [Benchmark(Description = "Stencil: shader, generated CPU fallback")]
    public void CpuFallback() => GraphicsDevice.Cpu.Dispatch(new StencilShader(_cpuSource, _cpuTarget, _side, _side), _side, _side);

    [Benchmark(Description = "Stencil: shader, Vulkan dispatch + read-back")]
    [VulkanCase]
    public float[] Vulkan()
    {
        _vulkan!.Dispatch(new StencilShader(_gpuSource!, _gpuTarget!, _side, _side), _side, _side);
        _gpuTarget!.CopyTo(_readBack);
        return _readBack;
    }

    public static string Probe_CpuFallback() => SaxpyBenchmarks.Probe_CpuFallback();

    public static string Probe_Vulkan() => SaxpyBenchmarks.Probe_Vulkan();
}
