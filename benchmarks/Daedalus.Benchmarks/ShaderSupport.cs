using System.Globalization;
using Daedalus.Shaders;

namespace Daedalus.Benchmarks;

/// <summary>Marks a benchmark that needs a Vulkan device; it is left out of the run when there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class VulkanCaseAttribute : Attribute;

/// <summary>What the shader suites share: the Vulkan device check and the result comparison.</summary>
public static class ShaderSupport
{
    /// <summary>
    /// Float tolerance between a contender and the baseline: 64 ULPs, or 1e-5 absolute near zero (the
    /// CPU/GPU bound of docs/shaders.md). The CPU fallback runs the same C# arithmetic as the hand loop,
    /// so it is expected to match exactly; the slack is for the GPU, which may fuse a*x+y into one FMA.
    /// </summary>
    public const int MaxUlps = 64;

    public const float AbsoluteFloor = 1e-5f;

    private static readonly Lazy<string?> UnavailableReason = new(ProbeVulkan);

    /// <summary>Why the Vulkan cases cannot run here, or null when a Vulkan device opens.</summary>
    public static string? VulkanUnavailable => UnavailableReason.Value;

    /// <summary>The Vulkan device's name as the Counted column shows it, or why it was skipped.</summary>
    public static string VulkanDeviceLabel { get; private set; } = "-";

    /// <summary>Opens the Vulkan device the way a GPU-required graph node would (honours DAEDALUS_GPU).</summary>
    public static GraphicsDevice OpenVulkan() => GraphicsDevice.Select(GpuPlacement.GpuRequired);

    private static string? ProbeVulkan()
    {
        try
        {
            using var device = OpenVulkan();
            VulkanDeviceLabel = "ran on " + device.Name;
            return null;
        }
        catch (Exception exception) when (exception is GpuUnavailableException or DllNotFoundException or InvalidOperationException or ArgumentException)
        {
            VulkanDeviceLabel = "skipped: no Vulkan device";
            return exception.Message;
        }
    }

    /// <summary>Throws unless <paramref name="actual"/> equals <paramref name="expected"/> within the tolerance; returns the largest ULP distance.</summary>
    public static int Check(string contender, ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        if (expected.Length != actual.Length)
            throw new InvalidOperationException($"{contender} produced {actual.Length} values, the baseline {expected.Length}.");
        var worst = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            float e = expected[i], a = actual[i];
            if (MathF.Abs(e - a) <= AbsoluteFloor) continue;
            var ulps = UlpDistance(e, a);
            if (ulps > MaxUlps)
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"{contender}: element {i} is {a:R}, the baseline {e:R} ({ulps} ULPs apart, bound {MaxUlps}): the contenders do not do the same work."));
            worst = Math.Max(worst, ulps);
        }
        return worst;
    }

    private static int UlpDistance(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b)) return int.MaxValue;
        long ia = BitConverter.SingleToInt32Bits(a), ib = BitConverter.SingleToInt32Bits(b);
        if (ia < 0) ia = int.MinValue - ia;
        if (ib < 0) ib = int.MinValue - ib;
        return (int)Math.Min(Math.Abs(ia - ib), int.MaxValue);
    }

    /// <summary>Deterministic inputs in [-1, 1).</summary>
    public static float[] Inputs(int length, int seed)
    {
        var random = new Random(seed);
        var values = new float[length];
        for (var i = 0; i < values.Length; i++) values[i] = random.NextSingle() * 2f - 1f;
        return values;
    }

    /// <summary>Chunks for the hand-written Parallel.For: four per core, so a late core still finds work.</summary>
    public static int Chunks(int items) => Math.Max(1, Math.Min(items, Environment.ProcessorCount * 4));
}
